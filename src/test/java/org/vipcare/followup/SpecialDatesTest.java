package org.vipcare.followup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.tier.Tier;

/**
 * The daily SPECIAL_DATE job, called with chosen days. It looks at every customer of the run, so the days lie in
 * far years and the assertions look only at this test's customers.
 */
@QuarkusTest
class SpecialDatesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    SpecialDates specialDates;

    @Inject
    EntityManager em;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void goldAndBetterCustomersGetOneCallPerBirthdayAndAnniversaryThreeDaysAhead() {
        Caller agent = TestData.newUser(Role.AGENT);
        LocalDate day = LocalDate.of(2033, 6, 15);
        LocalDate today = day.minusDays(3);
        String birthday = customer(agent, Tier.GOLD, day.withYear(1985), LocalDate.of(2021, 1, 10), null);
        String anniversary = customer(agent, Tier.DIAMOND, null, day.withYear(2020), "10:30");
        String both = customer(agent, Tier.GOLD, day.withYear(1990), day.withYear(2015), null);
        String silver = customer(agent, Tier.SILVER, day.withYear(1985), day.withYear(2015), null);
        String otherDay = customer(agent, Tier.DIAMOND, day.plusDays(1).withYear(1985), LocalDate.of(2021, 1, 10),
                null);

        assertTrue(specialDates.createFor(today) >= 4);

        agent.request().queryParam("customerId", birthday).queryParam("purpose", "SPECIAL_DATE")
                .get("/api/v1/follow-ups").then().statusCode(200)
                .body("total", is(1), "items[0].specialReason", equalTo("BIRTHDAY"),
                        "items[0].specialDate", equalTo(day.toString()),
                        "items[0].assigneeId", equalTo(agent.id().toString()), "items[0].status", equalTo("OPEN"),
                        "items[0].dueAt", equalTo(day.atTime(9, 0).atZone(ZONE).toInstant().toString()),
                        "items[0].note", equalTo("Birthday on " + day + ": call with our wishes (生日关怀)"));
        agent.request().queryParam("customerId", anniversary).get("/api/v1/follow-ups").then()
                .body("items.specialReason", contains("ANNIVERSARY"),
                        "items[0].dueAt", equalTo(day.atTime(LocalTime.of(10, 30)).atZone(ZONE).toInstant().toString()),
                        "items[0].note", equalTo("13 years with us on " + day
                                + ": call to thank the customer (入网周年关怀)"));
        agent.request().queryParam("customerId", both).get("/api/v1/follow-ups").then()
                .body("items.specialReason", containsInAnyOrder("BIRTHDAY", "ANNIVERSARY"));
        agent.request().queryParam("customerId", silver).get("/api/v1/follow-ups").then().body("total", is(0));
        agent.request().queryParam("customerId", otherDay).get("/api/v1/follow-ups").then().body("total", is(0));

        // A second run, here or on another replica, makes nothing twice.
        specialDates.createFor(today);
        specialDates.createFor(today);
        assertEquals(4, tasks(birthday) + tasks(anniversary) + tasks(both));
        // The next day's run finds the other customer.
        specialDates.createFor(today.plusDays(1));
        assertEquals(1, tasks(otherDay));
        assertEquals(4, tasks(birthday) + tasks(anniversary) + tasks(both));
    }

    @Test
    void aLeapDayBirthdayIsCelebratedOnThe28thInOtherYears() {
        Caller agent = TestData.newUser(Role.AGENT);
        String leap = customer(agent, Tier.GOLD, LocalDate.of(2000, 2, 29), LocalDate.of(2021, 1, 10), null);
        // 2036 is a leap year: nothing on the 28th, the call on the 29th.
        specialDates.createFor(LocalDate.of(2036, 2, 25));
        assertEquals(0, tasks(leap));
        specialDates.createFor(LocalDate.of(2036, 2, 26));
        agent.request().queryParam("customerId", leap).get("/api/v1/follow-ups").then()
                .body("items.specialDate", contains("2036-02-29"));
        specialDates.createFor(LocalDate.of(2037, 2, 25));
        agent.request().queryParam("customerId", leap).queryParam("sort", "dueAt,asc").get("/api/v1/follow-ups")
                .then().body("items.specialDate", contains("2036-02-29", "2037-02-28"));
    }

    @Test
    void aRunSkipsWhileAnotherReplicaRuns() throws Exception {
        int result = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, SpecialDates.LOCK_KEY)
                    .getSingleResult();
            return CompletableFuture.supplyAsync(() -> specialDates.createFor(LocalDate.of(2034, 6, 1))).get();
        });
        assertEquals(-1, result);
    }

    /**
     * Every replica's scheduler fires at the same cron tick, and a run on a small book is over in milliseconds: the
     * replica firing after the first one committed must skip the tick, not run it again (it would remake a call
     * deleted meanwhile, say); of two firing together one runs. A later tick runs again.
     */
    @Test
    void aCronTickRunsOnceAcrossReplicas() throws Exception {
        Caller agent = TestData.newUser(Role.AGENT);
        LocalDate today = LocalDate.of(2035, 4, 7);
        String birthday = customer(agent, Tier.DIAMOND, LocalDate.of(1988, 4, 10), LocalDate.of(2021, 1, 10), null);
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertTrue(specialDates.createForTick(today, tick) >= 1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from follow_up where customer_id = ?1")
                .setParameter(1, UUID.fromString(birthday)).executeUpdate());
        assertEquals(-1, specialDates.createForTick(today, tick), "the other replica skips the tick run already");
        assertEquals(0, tasks(birthday));

        Instant next = tick.plusSeconds(10);
        List<CompletableFuture<Integer>> replicas = List.of(
                CompletableFuture.supplyAsync(() -> specialDates.createForTick(today, next)),
                CompletableFuture.supplyAsync(() -> specialDates.createForTick(today, next)));
        long ran = 0;
        for (CompletableFuture<Integer> replica : replicas) {
            ran += replica.get() >= 0 ? 1 : 0;
        }
        assertEquals(1, ran, "one of two replicas firing together runs the tick");
        assertEquals(1, tasks(birthday));
    }

    /** A birthday on a Sunday before a holiday is called on the next working day, at the start of the window. */
    @Test
    void aBirthdayOnADayOffIsCalledOnTheNextWorkingDay() {
        Caller agent = TestData.newUser(Role.AGENT);
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        LocalDate sunday = LocalDate.of(2034, 10, 1);
        String monday = "/api/v1/calendar/days/2034-10-02";
        try {
            supervisor.request().body(Map.of("kind", "HOLIDAY", "name", "National Day (test)")).put(monday).then()
                    .statusCode(201);
            String birthday = customer(agent, Tier.GOLD, sunday.withYear(1985), LocalDate.of(2021, 1, 10), "10:30");
            assertTrue(specialDates.createFor(sunday.minusDays(3)) >= 1);
            agent.request().queryParam("customerId", birthday).get("/api/v1/follow-ups").then()
                    .body("total", is(1), "items[0].specialDate", equalTo(sunday.toString()),
                            "items[0].dueAt", equalTo(LocalDate.of(2034, 10, 3).atTime(LocalTime.of(10, 30))
                                    .atZone(ZONE).toInstant().toString()));
        } finally {
            supervisor.request().delete(monday);
        }
    }

    private static String customer(Caller agent, Tier tier, LocalDate birthday, LocalDate joinedAt,
            String windowFrom) {
        Map<String, Object> overrides = new HashMap<>(Map.of("joinedAt", joinedAt.toString()));
        if (birthday != null) {
            overrides.put("birthday", birthday.toString());
        }
        if (windowFrom != null) {
            overrides.put("preferredContactWindow", Map.of("from", windowFrom, "to", "18:00"));
        }
        String id = TestData.createCustomer(agent, TestData.customerBody("Celebrated", overrides));
        TestData.setTier(id, tier, false);
        return id;
    }

    private long tasks(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from follow_up where customer_id = ?1 and purpose = 'SPECIAL_DATE'")
                .setParameter(1, java.util.UUID.fromString(customer)).getSingleResult()).longValue());
    }
}
