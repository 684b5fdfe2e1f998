package org.vipcare.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/** Issue 16: GET /users/me reads one row without the entity, and shows exactly what the entity would. */
@QuarkusTest
class UserReadsTest {

    @Inject
    UserReads reads;

    @Test
    void theReadEqualsTheEntitysView() {
        Caller caller = TestData.newUser(Role.SUPERVISOR);
        QuarkusTransaction.requiringNew().run(() -> {
            User user = User.findById(caller.id());
            user.department = "VIP 二部";
            user.star = 4;
            user.language = "zh-CN";
            user.roles = EnumSet.of(Role.SUPERVISOR, Role.AGENT);
        });
        UserDto entity = QuarkusTransaction.requiringNew().call(() -> UserDto.from(User.findById(caller.id())));

        assertEquals(entity, reads.find(caller.id()).orElseThrow());
        assertTrue(reads.find(UUID.randomUUID()).isEmpty());
        given().header("Authorization", "Bearer " + caller.token()).get("/api/v1/users/me").then().statusCode(200)
                .header("ETag", "\"" + entity.version() + "\"");
    }
}
