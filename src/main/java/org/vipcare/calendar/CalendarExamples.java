package org.vipcare.calendar;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class CalendarExamples {

    static final String DAY = """
            {"date":"2026-10-01","kind":"HOLIDAY","name":"国庆节","updatedAt":"2026-09-01T02:00:00Z","updatedBy":"admin",
             "version":3}""";

    static final String CALENDAR = """
            {"zone":"Asia/Shanghai","workingHoursVersion":2,"workingHours":[{"day":"MONDAY","from":"09:00",
             "to":"18:00"},{"day":"TUESDAY","from":"09:00","to":"18:00"}],"days":[{"date":"2026-10-01",
             "kind":"HOLIDAY","name":"国庆节","updatedAt":"2026-09-01T02:00:00Z","updatedBy":"admin","version":3},
             {"date":"2026-10-11","kind":"WORKDAY","name":"国庆节调休","updatedAt":"2026-09-01T02:00:00Z",
             "updatedBy":"admin","version":1}]}""";

    private CalendarExamples() {
    }
}
