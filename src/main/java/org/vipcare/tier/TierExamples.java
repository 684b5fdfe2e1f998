package org.vipcare.tier;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class TierExamples {

    static final String TIER = """
            {"code":"GOLD","name":"金卡","englishName":"Gold","rank":2,"rule":{"spendMultiplier":3,
             "visitMultiplier":2,"minSpend":5000,"minVisits":6,"empty":false},
             "entitlements":{"dedicatedManager":true,"loungeVisitsPerYear":6,"clubActivities":true},
             "slaMultiplier":0.5,"policyVersion":4}""";

    static final String POLICY = """
            {"version":4,"windowDays":365,"watchDropRatio":0.5,"watchSlaMultiplier":0.5,
             "createdAt":"2026-09-01T02:00:00Z","createdBy":"admin","note":"Gold needs six visits a year",
             "tiers":[{"code":"GOLD","name":"金卡","englishName":"Gold","rank":2,"rule":{"spendMultiplier":3,
             "visitMultiplier":2,"minSpend":5000,"minVisits":6,"empty":false},
             "entitlements":{"dedicatedManager":true,"loungeVisitsPerYear":6,"clubActivities":true},
             "slaMultiplier":0.5,"policyVersion":4}],
             "healthWeights":{"recency":25,"spendTrend":25,"complaints":20,"satisfaction":15,"retention":10,
             "tenure":5},"healthDropThreshold":40}""";

    static final String HEALTH_WEIGHTS = """
            {"recency":25,"spendTrend":25,"complaints":20,"satisfaction":15,"retention":10,"tenure":5}""";

    static final String EVALUATION = """
            {"id":"8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a","status":"DONE","policyVersion":4,"requestedBy":"admin",
             "startedAt":"2026-11-23T16:00:00Z","finishedAt":"2026-11-23T16:00:04Z","evaluated":5000,"upgraded":31,
             "downgraded":12,"watchFlagged":7,"error":null}""";

    static final String HISTORY_ENTRY = """
            {"fromTier":"SILVER","toTier":"GOLD","reason":"evaluation: spend 15200.00 (average 4100.50), visits 9 (average 3.20)","policyVersion":4,
             "changedAt":"2026-11-23T16:00:03Z","cause":"EVALUATION","windowSpend":15200.00,"averageSpend":4100.50,
             "windowVisits":9,"averageVisits":3.20}""";

    static final String DISTRIBUTION = """
            {"total":5000,"tiers":{"DIAMOND":50,"GOLD":450,"SILVER":1500,"ORDINARY":3000},"watch":40,
             "valueClasses":{"A":250,"B":750,"C":1500,"D":2500},"loyaltyTypes":{"HIGH":900,"LATENT":600,
             "INERTIAL":2000,"ZERO":1500},"monthlyCallHours":160,"managers":10,"serviceTime":[{"valueClass":"A",
             "sharePercent":40,"hoursPerManagerMonth":64.0,"customers":250,"minutesPerCustomerMonth":153.6}]}""";

    static final String HEALTH = """
            {"score":69,"trend":"DOWN","evaluatedAt":"2026-11-23T16:00:00Z","previousScore":75,"components":[
             {"name":"RECENCY","weight":25,"value":50,"contribution":12.50},
             {"name":"SPEND_TREND","weight":25,"value":60,"contribution":15.00},
             {"name":"COMPLAINTS","weight":20,"value":75,"contribution":15.00},
             {"name":"SATISFACTION","weight":15,"value":75,"contribution":11.25},
             {"name":"RETENTION","weight":10,"value":100,"contribution":10.00},
             {"name":"TENURE","weight":5,"value":100,"contribution":5.00}]}""";

    private TierExamples() {
    }
}
