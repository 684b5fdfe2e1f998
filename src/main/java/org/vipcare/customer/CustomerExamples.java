package org.vipcare.customer;

/** Request examples shown in OpenAPI. */
final class CustomerExamples {

    static final String CREATE = """
            {"externalRef":"CRM-100234","name":"张伟","type":"INDIVIDUAL",
             "idDocument":{"type":"ID_CARD","number":"110101198001011234"},
             "phones":{"mobile":"13812341234"},"email":"zhang.wei@example.com","address":"北京市朝阳区",
             "birthday":"1980-01-01","preferredChannel":"WECHAT",
             "preferredContactWindow":{"from":"09:00","to":"18:00"},"paymentType":"POSTPAID",
             "joinedAt":"2019-05-20","language":"zh-CN","communicationStyle":"ANALYTICAL",
             "valueOrientation":"VALUE_ORIENTED"}""";

    static final String CSV = """
            externalRef,name,type,mobile,joinedAt,managerUsername
            CRM-1,Li Na,INDIVIDUAL,13900001111,2021-03-01,agent1
            CRM-2,Acme Logistics,ENTERPRISE,,2018-07-15,
            """;

    private CustomerExamples() {
    }
}
