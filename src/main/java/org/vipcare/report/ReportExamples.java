package org.vipcare.report;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class ReportExamples {

    static final String WEEK = """
            {"period":"WEEK","date":"2026-11-23","zone":"Asia/Shanghai","from":"2026-11-23T00:00:00+08:00",
             "to":"2026-11-30T00:00:00+08:00","total":12,"byCategory":[{"category":"BILLING","count":7},
             {"category":"NETWORK","count":5}],"byDepartment":[{"department":"Customer care","count":12}],
             "byOwner":[{"userId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","displayName":"王芳",
             "department":"Customer care","count":8,"breaches":1}],
             "topComplainedStaff":[{"userId":"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","displayName":"李强",
             "department":"Billing","count":2}],"praisedStaff":[{"userId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "displayName":"王芳","department":"Customer care","averageSatisfaction":4.6,"answers":5}],
             "slaAttainment":{"contactOnTimeRate":0.9167,"feedbackOnTimeRate":0.8333,"contactBreaches":1,
             "feedbackBreaches":2},"averageSatisfaction":4.2,"satisfactionAnswers":10,"trend":[{"month":"2026-11",
             "total":31,"byCategory":[{"category":"BILLING","count":18},{"category":"NETWORK","count":13}]}]}""";

    static final String CSV = """
            section,key,name,department,count,breaches,value
            period,WEEK,2026-11-23,,,,Asia/Shanghai
            from,,,,,,2026-11-23T00:00+08:00
            to,,,,,,2026-11-30T00:00+08:00
            total,,,,12,,
            contactOnTimeRate,,,,,1,0.9167
            feedbackOnTimeRate,,,,,2,0.8333
            averageSatisfaction,,,,10,,4.20
            category,BILLING,,,7,,
            category,NETWORK,,,5,,
            department,Customer care,,Customer care,12,,
            owner,3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,王芳,Customer care,8,1,
            complainedStaff,7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d,李强,Billing,2,,
            praisedStaff,3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,王芳,Customer care,5,,4.60
            """;

    private ReportExamples() {
    }
}
