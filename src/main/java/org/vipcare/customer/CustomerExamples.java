package org.vipcare.customer;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class CustomerExamples {

    static final String CREATE = """
            {"externalRef":"CRM-100234","name":"张伟","type":"INDIVIDUAL",
             "idDocument":{"type":"ID_CARD","number":"110101198001011234"},
             "phones":{"mobile":"13812341234"},"email":"zhang.wei@example.com","address":"北京市朝阳区",
             "birthday":"1980-01-01","preferredChannel":"WECHAT",
             "preferredContactWindow":{"from":"09:00","to":"18:00"},"paymentType":"POSTPAID",
             "joinedAt":"2019-05-20","language":"zh-CN","communicationStyle":"ANALYTICAL",
             "valueOrientation":"VALUE_ORIENTED","interests":["golf","tea"]}""";

    static final String CREATE_ENTERPRISE = """
            {"externalRef":"CRM-200871","name":"华东物流集团","type":"ENTERPRISE",
             "idDocument":{"type":"BUSINESS_LICENSE","number":"91310000MA1FL4XQ3K"},
             "phones":{"office":"+862150501234"},"joinedAt":"2018-07-15","enterpriseClass":"A",
             "industry":"logistics","memberCount":120,"interests":["annual conference"],
             "referredById":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f"}""";

    static final String BILL_ANALYSIS = """
            {"thresholdPercent":30,"months":[
             {"month":"2026-09","spend":300.00,"visits":2,"changeVsPrevious":0.0,"changeVsAverage":0.0,
              "flagged":false},
             {"month":"2026-10","spend":450.00,"visits":3,"changeVsPrevious":50.0,"changeVsAverage":50.0,
              "flagged":true},
             {"month":"2026-11","spend":100.00,"visits":1,"changeVsPrevious":-77.8,"changeVsAverage":-71.4,
              "flagged":true}]}""";

    static final String CSV = """
            externalRef,name,type,mobile,joinedAt,managerUsername
            CRM-1,Li Na,INDIVIDUAL,13900001111,2021-03-01,agent1
            CRM-2,Acme Logistics,ENTERPRISE,,2018-07-15,
            """;

    static final String CSV_ENTERPRISE = """
            externalRef,name,type,idDocumentType,idDocumentNumber,enterpriseClass,industry,memberCount,interests
            CRM-3,Acme Logistics,ENTERPRISE,BUSINESS_LICENSE,91310000MA1FL4XQ3K,A,logistics,120,golf;tea
            """;

    static final String IMPORTED = """
            {"created":1,"updated":1,
             "rejected":[{"line":4,"violations":[{"field":"type","message":"unknown value: PERSON"}]}]}""";

    static final String TIMELINE_EVENT = """
            {"at":"2026-11-23T08:00:00Z","kind":"COMPLAINT",
             "summary":"RECEIVED BILLING: Charged twice for the November data plan",
             "refId":"9b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e","withheld":false,"action":"RECEIVED",
             "fromState":null,"toState":"RECEIVED","qualifier":"BILLING","amount":null,
             "detail":"Charged twice for the November data plan","actorId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f"}""";

    static final String CUSTOMER = """
            {"id":"6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f","externalRef":"CRM-100234","name":"张伟","type":"INDIVIDUAL",
             "idDocument":{"type":"ID_CARD","number":"110***********1234"},"phones":{"mobile":"138****1234",
             "office":null,"home":null},"email":"z***@example.com","address":"北京市朝阳区","birthday":null,
             "birthYear":1980,"preferredChannel":"WECHAT","preferredContactWindow":{"from":"09:00","to":"18:00"},
             "paymentType":"POSTPAID","joinedAt":"2019-05-20","managerId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "language":"zh-CN","notes":null,"communicationStyle":"ANALYTICAL","valueOrientation":"VALUE_ORIENTED",
             "tier":"GOLD","watch":false,"valueClass":"B","loyaltyType":"HIGH","lifecycleStage":"STABLE",
             "recommendedAction":"WIDEN_SERVICE_VALUE_AND_RECOMMEND_PRODUCTS","windowSpend":12800.0,
             "windowVisits":14,"tenureMonths":78,"masked":true,"createdAt":"2019-05-20T02:00:00Z",
             "updatedAt":"2026-11-20T06:12:40Z","version":7,"enterpriseClass":null,"industry":null,
             "memberCount":null,"interests":null,"referredById":null,"relationshipValue":2.0}""";

    static final String EXPORT = """
            id,externalRef,name,type,mobile,office,home,paymentType,joinedAt,preferredChannel,managerId,tier,watch,\
            valueClass,loyaltyType,lifecycleStage,tenureMonths,enterpriseClass,industry,memberCount
            6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f,CRM-100234,张伟,INDIVIDUAL,138****1234,,,POSTPAID,2019-05-20,WECHAT,\
            3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,GOLD,false,B,HIGH,STABLE,78,,,
            """;

    private CustomerExamples() {
    }
}
