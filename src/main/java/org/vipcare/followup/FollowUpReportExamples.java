package org.vipcare.followup;

/** Call report examples shown in OpenAPI; each is valid against its own schema. */
final class FollowUpReportExamples {

    static final String DAY = """
            {"period":"DAY","date":"2026-11-23","zone":"Asia/Shanghai","from":"2026-11-23T00:00:00+08:00",
             "to":"2026-11-24T00:00:00+08:00","assigneeId":null,
             "totals":{"due":40,"done":36,"calls":52,"reached":30,"reachRate":0.8333,"onTime":27,"onTimeRate":0.7941,
             "welcome":4,"welcomeInTime":3,"averageSatisfaction":4.1,"satisfactionAnswers":28,"dissatisfied":1,
             "leads":5,"opinions":3,"opinionsOnTime":2,"opinionsOnTimeRate":1.0},
             "byPurpose":[{"purpose":"WELCOME","figures":{"due":4,"done":4,"calls":5,"reached":3,"reachRate":0.75,
             "onTime":3,"onTimeRate":0.75,"welcome":4,"welcomeInTime":3,"averageSatisfaction":4.67,
             "satisfactionAnswers":3,"dissatisfied":0,"leads":1,"opinions":0,"opinionsOnTime":0,
             "opinionsOnTimeRate":null}}],
             "byAgent":[{"userId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","displayName":"王芳",
             "figures":{"due":22,"done":20,"calls":29,"reached":17,"reachRate":0.85,"onTime":15,"onTimeRate":0.8333,
             "welcome":2,"welcomeInTime":2,"averageSatisfaction":4.0,"satisfactionAnswers":16,"dissatisfied":1,
             "leads":3,"opinions":2,"opinionsOnTime":1,"opinionsOnTimeRate":1.0}}],
             "dissatisfied":[{"followUpId":"5b0e7c1a-2f3d-4e5a-8b6c-7d8e9f0a1b2c",
             "attemptId":"6c1f8d2b-3a4e-4f6b-9c7d-8e9f0a1b2c3d","customerId":"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
             "purpose":"AFTER_REPAIR","assigneeId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","assigneeName":"王芳",
             "at":"2026-11-23T06:12:00Z","satisfaction":2,"answers":"Waited two hours at the counter",
             "suggestion":"Call before the car is ready","problem":null,"answerDueAt":"2026-11-25T06:12:00Z",
             "answer":"The workshop now calls when the car is ready","answeredAt":"2026-11-24T02:00:00Z",
             "complaintId":null}]}""";

    static final String CSV = """
            section,key,name,due,done,calls,reached,reachRate,onTime,onTimeRate,welcome,welcomeInTime,averageSatisfaction,satisfactionAnswers,dissatisfied,leads,opinions,opinionsOnTime,opinionsOnTimeRate
            period,DAY,2026-11-23
            from,,2026-11-23T00:00+08:00
            to,,2026-11-24T00:00+08:00
            zone,,Asia/Shanghai
            total,,,40,36,52,30,0.8333,27,0.7941,4,3,4.10,28,1,5,3,2,1.0000
            purpose,WELCOME,,4,4,5,3,0.7500,3,0.7500,4,3,4.67,3,0,1,0,0,
            agent,3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,王芳,22,20,29,17,0.8500,15,0.8333,2,2,4.00,16,1,3,2,1,1.0000

            dissatisfied,followUpId,attemptId,customerId,purpose,assigneeId,assigneeName,at,satisfaction,answers,suggestion,problem,answerDueAt,answer,answeredAt,complaintId
            dissatisfied,5b0e7c1a-2f3d-4e5a-8b6c-7d8e9f0a1b2c,6c1f8d2b-3a4e-4f6b-9c7d-8e9f0a1b2c3d,0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0,AFTER_REPAIR,3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,王芳,2026-11-23T06:12:00Z,2,Waited two hours at the counter,Call before the car is ready,,2026-11-25T06:12:00Z,The workshop now calls when the car is ready,2026-11-24T02:00:00Z,
            """;

    private FollowUpReportExamples() {
    }
}
