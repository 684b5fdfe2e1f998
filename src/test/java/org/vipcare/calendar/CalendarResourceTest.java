package org.vipcare.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;

/**
 * The calendar API. The calendar is shared by every test of the run: days are added far in the future, on dates no
 * other test uses, and removed again; the working hours are put back as they were.
 */
@QuarkusTest
class CalendarResourceTest {

    @Inject
    BusinessCalendars calendars;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyoneReadsTheSeededHolidaysAndMakeUpDays() {
        TestData.as(Role.AGENT).request().queryParam("from", "2026-09-28").queryParam("to", "2026-10-10")
                .get("/api/v1/calendar").then().statusCode(200).header("ETag", is(notBlank()))
                .body("zone", equalTo("Asia/Shanghai"),
                        "days.date", contains("2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
                                "2026-10-06", "2026-10-07", "2026-10-10"),
                        "days.kind", contains("HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY",
                                "HOLIDAY", "WORKDAY"),
                        "days[0].name", equalTo("国庆节 National Day"),
                        "workingHours[0].day", equalTo("MONDAY"), "workingHours[0].from", equalTo("09:00"));
        TestData.as(Role.SUPERVISOR).request().queryParam("from", "2026-02-14").queryParam("to", "2026-02-14")
                .get("/api/v1/calendar").then().statusCode(200)
                .body("days.kind", contains("WORKDAY"), "workingHours.day", hasItem("MONDAY"));
        TestData.as(Role.AGENT).request().queryParam("from", "2026-10-10").queryParam("to", "2026-10-01")
                .get("/api/v1/calendar").then().statusCode(400).body("violations.field", contains("to"));
        TestData.as(Role.AGENT).request().queryParam("from", "tomorrow").get("/api/v1/calendar").then()
                .statusCode(400).body("violations.field", contains("from"));
        TestData.as(Role.INTEGRATION).request().get("/api/v1/calendar").then().statusCode(403);
        RestAssured.given().get("/api/v1/calendar").then().statusCode(401);

        BusinessCalendar calendar = current();
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-02-16")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-02-28")));
    }

    @Test
    void supervisorsDeclareChangeAndRemoveADay() {
        Caller supervisor = TestData.as(Role.SUPERVISOR);
        LocalDate saturday = farSaturday();
        String path = "/api/v1/calendar/days/" + saturday;
        try {
            TestData.as(Role.AGENT).request().body(Map.of("kind", "WORKDAY", "name", "调休")).put(path)
                    .then().statusCode(403);
            supervisor.request().body(Map.of("kind", "SOMETIMES", "name", "x")).put(path).then().statusCode(400);
            supervisor.request().body(Map.of("kind", "WORKDAY")).put(path).then().statusCode(400)
                    .body("violations.field", contains("name"));
            supervisor.request().body(Map.of("kind", "WORKDAY", "name", "x")).put("/api/v1/calendar/days/31-12-2031")
                    .then().statusCode(400).body("violations.field", contains("date"));

            supervisor.request().body(Map.of("kind", "WORKDAY", "name", " 调休上班 ")).put(path).then()
                    .statusCode(201).header("ETag", "\"0\"").contentType("application/json")
                    .header("Location", endsWith(path))
                    .body("date", equalTo(saturday.toString()), "kind", equalTo("WORKDAY"), "name", equalTo("调休上班"),
                            "updatedBy", equalTo(supervisor.username()));
            assertTrue(current().isWorkingDay(saturday));

            supervisor.request().body(Map.of("kind", "HOLIDAY", "name", "Not after all")).put(path).then()
                    .statusCode(428);
            supervisor.request().header("If-Match", "\"7\"").body(Map.of("kind", "HOLIDAY", "name", "Not after all"))
                    .put(path).then().statusCode(412);
            supervisor.request().header("If-Match", "\"0\"").body(Map.of("kind", "HOLIDAY", "name", "Not after all"))
                    .put(path).then().statusCode(200).header("ETag", "\"1\"").header("Location", nullValue())
                    .body("kind", equalTo("HOLIDAY"));
            assertFalse(current().isWorkingDay(saturday));
            TestData.as(Role.AGENT).request().queryParam("from", saturday.toString())
                    .queryParam("to", saturday.toString()).get("/api/v1/calendar").then()
                    .body("days.name", contains("Not after all"), "days.version", contains(1));

            TestData.as(Role.AGENT).request().delete(path).then().statusCode(403);
            supervisor.request().header("If-Match", "\"0\"").delete(path).then().statusCode(412);
            supervisor.request().delete(path).then().statusCode(204);
            supervisor.request().delete(path).then().statusCode(404);
            TestData.as(Role.AGENT).request().queryParam("from", saturday.toString())
                    .queryParam("to", saturday.toString()).get("/api/v1/calendar").then().body("days", empty());
            assertFalse(current().isWorkingDay(saturday));
        } finally {
            supervisor.request().delete(path);
        }
    }

    @Test
    void workingHoursAreReplacedWholeWithIfMatchAndPutBack() {
        Caller admin = TestData.as(Role.ADMIN);
        JsonPath before = admin.request().get("/api/v1/calendar").then().statusCode(200).extract().jsonPath();
        String etag = admin.request().get("/api/v1/calendar").then().extract().header("ETag");
        List<Map<String, Object>> original = before.getList("workingHours");
        Map<String, Object> weekdays = Map.of("days", List.of(
                Map.of("day", "MONDAY", "from", "08:30", "to", "17:30"),
                Map.of("day", "SATURDAY", "from", "10:00", "to", "14:00")));
        String changed = null;
        try {
            TestData.as(Role.AGENT).request().header("If-Match", etag).body(weekdays)
                    .put("/api/v1/calendar/working-hours").then().statusCode(403);
            admin.request().body(weekdays).put("/api/v1/calendar/working-hours").then().statusCode(428);
            admin.request().header("If-Match", "\"-1\"").body(weekdays).put("/api/v1/calendar/working-hours")
                    .then().statusCode(412);
            admin.request().header("If-Match", etag).body(Map.of("days", List.of(
                    Map.of("day", "MONDAY", "from", "18:00", "to", "09:00"),
                    Map.of("day", "MONDAY", "from", "08:00", "to", "09:00"))))
                    .put("/api/v1/calendar/working-hours").then().statusCode(400)
                    .body("violations.field", containsInAnyOrder("days[0].to", "days[1].day"));
            admin.request().header("If-Match", etag).body(Map.of("days", List.of()))
                    .put("/api/v1/calendar/working-hours").then().statusCode(400);

            changed = admin.request().header("If-Match", etag).body(weekdays).put("/api/v1/calendar/working-hours")
                    .then().statusCode(200)
                    .body("workingHours.day", contains("MONDAY", "SATURDAY"),
                            "workingHours[0].from", equalTo("08:30"), "workingHours[1].to", equalTo("14:00"))
                    .extract().header("ETag");
            assertEquals(Long.parseLong(etag.replace("\"", "")) + 1, Long.parseLong(changed.replace("\"", "")));
            BusinessCalendar calendar = current();
            assertEquals(Duration.ofHours(9), calendar.workingDay());
            assertFalse(calendar.isWorkingDay(LocalDate.of(2031, 1, 7)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2031, 1, 11)));
            admin.request().header("If-Match", etag).body(weekdays).put("/api/v1/calendar/working-hours")
                    .then().statusCode(412);
        } finally {
            String current = admin.request().get("/api/v1/calendar").then().extract().header("ETag");
            admin.request().header("If-Match", current).body(Map.of("days", original))
                    .put("/api/v1/calendar/working-hours").then().statusCode(200);
        }
        admin.request().get("/api/v1/calendar").then().body("workingHours", equalTo(original));
    }

    /** The calendar as a new transaction loads it, not as this test's session remembers it. */
    private BusinessCalendar current() {
        return QuarkusTransaction.requiringNew().call(calendars::current);
    }

    /** A Saturday no other test uses. */
    private static LocalDate farSaturday() {
        LocalDate day = LocalDate.of(2032, 3, 6);
        assertEquals(DayOfWeek.SATURDAY, day.getDayOfWeek());
        return day;
    }

    private static org.hamcrest.Matcher<String> notBlank() {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.blankOrNullString());
    }

}
