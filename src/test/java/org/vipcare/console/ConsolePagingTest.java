package org.vipcare.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vipcare.common.PageRequest;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.TestUser;

@QuarkusTest
class ConsolePagingTest {

    @Test
    void aNumberIsItsPageAndAnythingElseTheFirst() {
        assertEquals(3, ConsolePaging.pageNumber(" 3 "));
        assertEquals(0, ConsolePaging.pageNumber(null));
        assertEquals(0, ConsolePaging.pageNumber(""));
        assertEquals(0, ConsolePaging.pageNumber("x"));
        assertEquals(0, ConsolePaging.pageNumber("1.5"));
        assertEquals(0, ConsolePaging.pageNumber("-2"));
    }

    @Test
    void aPageTooFarIsTheLastOneWhoseRowsAnOffsetCanReach() {
        assertEquals(ConsolePaging.LAST_PAGE, ConsolePaging.pageNumber("99999999999"));
        assertEquals(ConsolePaging.LAST_PAGE, ConsolePaging.pageNumber("2147483647"));
        assertTrue((long) ConsolePaging.LAST_PAGE * PageRequest.MAX_SIZE <= Integer.MAX_VALUE);
        assertEquals(ConsolePaging.LAST_PAGE * PageRequest.MAX_SIZE, PageRequest.of(ConsolePaging.LAST_PAGE,
                PageRequest.MAX_SIZE, null).resolve(Map.of(), "id").offset());
    }

    @Test
    void everyConsoleListShowsAPageForAnyPageNumber() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        for (String list : List.of("/admin/customers", "/admin/complaints", "/admin/follow-ups", "/admin/retention")) {
            for (String page : List.of("99999999999", "2147483647", "-1", "x")) {
                console.request().queryParam("page", page).get(list).then().statusCode(200);
            }
        }
    }
}
