package org.vipcare.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.tier.Tier;
import org.vipcare.support.TestData.Caller;

/**
 * The two list queries with indexes of their own (V20): one or two characters find names (Chinese names are two or
 * three long), never phones or refs; WATCH customers newest first.
 */
@QuarkusTest
class CustomerShortSearchTest {

    @Test
    void watchCustomersComeNewestFirst() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        String older = TestData.createCustomer(supervisor, TestData.customerBody("Watch older"));
        String newer = TestData.createCustomer(supervisor, TestData.customerBody("Watch newer"));
        TestData.setTier(older, Tier.GOLD, true);
        TestData.setTier(newer, Tier.SILVER, true);
        supervisor.request().queryParam("watch", true).queryParam("size", 2).get("/api/v1/customers").then()
                .statusCode(200).body("items.id", contains(newer, older), "items.watch", contains(true, true));
        supervisor.request().queryParam("watch", true).queryParam("sort", "createdAt,asc").queryParam("size", 200)
                .get("/api/v1/customers").then().statusCode(200).body("items.watch", everyItem(is(true)));
    }

    @Test
    void oneOrTwoCharactersFindAPieceOfTheNameAndNothingElse() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        // Two CJK characters drawn at random: no other test's customer is likely to hold the pair.
        int first = 0x4E00 + ThreadLocalRandom.current().nextInt(20000);
        String pair = new String(Character.toChars(first)) + new String(Character.toChars(first + 1));
        String mobile = TestData.mobile();
        String id = TestData.createCustomer(supervisor,
                TestData.customerBody("欧" + pair, Map.of("phones", Map.of("mobile", mobile))));

        for (String q : new String[] { pair, pair.substring(0, 1), pair.substring(1), " " + pair + " " }) {
            supervisor.request().queryParam("q", q).queryParam("size", 200).get("/api/v1/customers").then()
                    .statusCode(200).body("items.id", hasItem(id));
        }
        // The reversed pair is not a piece of the name; two digits of the phone are no name at all.
        supervisor.request().queryParam("q", pair.substring(1) + pair.charAt(0)).get("/api/v1/customers").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        supervisor.request().queryParam("q", mobile.substring(mobile.length() - 2)).queryParam("size", 200)
                .get("/api/v1/customers").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
