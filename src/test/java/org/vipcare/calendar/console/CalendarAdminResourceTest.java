package org.vipcare.calendar.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vipcare.security.Role;
import org.vipcare.support.ConsoleSession;
import org.vipcare.support.TestData;
import org.vipcare.support.TestData.Caller;
import org.vipcare.support.TestData.TestUser;

/**
 * The calendar page. The calendar is shared by every test of the run: days go far into the future, on dates no
 * other test uses, and are removed again; the working hours are put back as they were (through the API, which the
 * page's forms end in).
 */
@QuarkusTest
class CalendarAdminResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void agentsReadTheCalendarButChangeNothing() {
        TestUser agent = TestData.newConsoleUser(Role.AGENT);
        ConsoleSession console = ConsoleSession.login(agent.username(), TestData.PASSWORD);

        console.request().get("/admin/calendar?year=2026").then().statusCode(200)
                .body(containsString("Business calendar"), containsString("Holidays and make-up days in 2026"),
                        containsString("国庆节 National Day"), containsString("Make-up working day (open)"),
                        containsString("Wall-clock time"), containsString("All times are in China Standard Time"),
                        containsString("href=\"/admin/calendar\" class=\"active\""),
                        not(containsString("Save working hours")), not(containsString("Declare a day")));
        console.form().formParam("date", "2040-01-02").formParam("kind", "HOLIDAY").formParam("name", "x")
                .post("/admin/calendar/days").then().statusCode(403);
        console.request().get("/admin/calendar?year=soon").then().statusCode(400);
    }

    @Test
    void supervisorsDeclareChangeAndRemoveADay() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        LocalDate day = LocalDate.of(2040, 6, 12);
        Caller reader = TestData.as(Role.AGENT);
        try {
            String page = console.form().formParam("date", "next monday").formParam("kind", "")
                    .formParam("name", " ").post("/admin/calendar/days").then().statusCode(400)
                    .body(containsString("Some fields need attention")).extract().asString();
            assertTrue(page.contains("id=\"e-date\">Not a date: use YYYY-MM-DD</p>"), page);
            assertTrue(page.contains("id=\"e-kind\">Choose holiday or make-up working day</p>"), page);
            assertTrue(page.contains("id=\"e-name\">Please fill this in</p>"), page);
            assertEquals(0, daysOn(reader, day).size());

            console.form().formParam("date", day.toString()).formParam("kind", "HOLIDAY")
                    .formParam("name", "公司周年 Company day").post("/admin/calendar/days").then().statusCode(303)
                    .header("Location", endsWith("/admin/calendar?year=2040&notice=day-saved"));
            List<Map<String, Object>> saved = daysOn(reader, day);
            assertEquals("HOLIDAY", saved.get(0).get("kind"));
            assertEquals(supervisor.username(), saved.get(0).get("updatedBy"));
            console.request().get("/admin/calendar?year=2040&notice=day-saved").then().statusCode(200)
                    .body(containsString("Day saved."), containsString("公司周年 Company day"),
                            containsString("action=\"/admin/calendar/days/" + day + "/delete\""));

            // saving the date again changes it
            console.form().formParam("date", day.toString()).formParam("kind", "WORKDAY")
                    .formParam("name", "调休上班").post("/admin/calendar/days").then().statusCode(303);
            assertEquals("WORKDAY", daysOn(reader, day).get(0).get("kind"));
            assertEquals("调休上班", daysOn(reader, day).get(0).get("name"));

            console.form().post("/admin/calendar/days/" + day + "/delete").then().statusCode(303)
                    .header("Location", endsWith("/admin/calendar?year=2040&notice=day-removed"));
            assertEquals(0, daysOn(reader, day).size());
        } finally {
            TestData.as(Role.SUPERVISOR).request().delete("/api/v1/calendar/days/" + day);
        }
    }

    @Test
    void workingHoursAreSavedWholeAndAStaleOrBadFormSavesNothing() {
        TestUser supervisor = TestData.newConsoleUser(Role.SUPERVISOR);
        ConsoleSession console = ConsoleSession.login(supervisor.username(), TestData.PASSWORD);
        Caller admin = TestData.as(Role.ADMIN);
        List<Map<String, Object>> original = admin.request().get("/api/v1/calendar").then().extract().jsonPath()
                .getList("workingHours");
        String version = admin.request().get("/api/v1/calendar").then().extract().header("ETag").replace("\"", "");
        try {
            console.request().get("/admin/calendar").then().statusCode(200)
                    .body(containsString("Save working hours"),
                            containsString("name=\"version\" value=\"" + version + "\""));

            String page = hours(console, version, "16:00", "10:00", "9am").post("/admin/calendar/working-hours")
                    .then().statusCode(400).extract().asString();
            assertTrue(page.contains("value=\"9am\""), "what the user typed comes back");
            assertTrue(page.contains("Not a time: use HH:MM"), page);
            // the service's refusal lands on Saturday's row
            page = hours(console, version, "16:00", "10:00", "18:00").post("/admin/calendar/working-hours")
                    .then().statusCode(400).extract().asString();
            assertTrue(page.contains("id=\"to-SATURDAY\" name=\"to\" value=\"10:00\""), page);
            assertTrue(page.contains("must be after the start"), page);
            assertEquals(version, currentVersion(admin));

            hours(console, version, "10:00", "16:00", "18:00").post("/admin/calendar/working-hours")
                    .then().statusCode(303).header("Location", endsWith("/admin/calendar?notice=hours-saved"));
            admin.request().get("/api/v1/calendar").then().statusCode(200)
                    .body("workingHours.day", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                            "FRIDAY", "SATURDAY")), "workingHours[5].from", equalTo("10:00"),
                            "workingHours[5].to", equalTo("16:00"), "workingHours[0].to", equalTo("18:00"));
            String saved = currentVersion(admin);
            assertEquals(Long.parseLong(version) + 1, Long.parseLong(saved));

            // the same form again is based on a version that is no longer current
            hours(console, version, "11:00", "15:00", "18:00").post("/admin/calendar/working-hours")
                    .then().statusCode(409).body(containsString("Someone changed the working hours"));
            assertEquals(saved, currentVersion(admin));
        } finally {
            admin.request().header("If-Match", "\"" + currentVersion(admin) + "\"").body(Map.of("days", original))
                    .put("/api/v1/calendar/working-hours").then().statusCode(200);
        }
    }

    /** The hours form: Monday to Friday open 09:00 to {@code weekdayTo}, Saturday as given, Sunday closed. */
    private static RequestSpecification hours(ConsoleSession console, String version, String saturdayFrom,
            String saturdayTo, String weekdayTo) {
        RequestSpecification form = console.form().formParam("version", version);
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean saturday = day == DayOfWeek.SATURDAY;
            if (day != DayOfWeek.SUNDAY) {
                form.formParam("open", day.name());
            }
            form.formParam("from", saturday ? saturdayFrom : day == DayOfWeek.SUNDAY ? "" : "09:00");
            form.formParam("to", saturday ? saturdayTo : day == DayOfWeek.SUNDAY ? "" : weekdayTo);
        }
        return form;
    }

    private static String currentVersion(Caller caller) {
        return caller.request().get("/api/v1/calendar").then().extract().header("ETag").replace("\"", "");
    }

    private static List<Map<String, Object>> daysOn(Caller caller, LocalDate day) {
        return caller.request().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/v1/calendar").then().statusCode(200).extract().jsonPath().getList("days");
    }
}
