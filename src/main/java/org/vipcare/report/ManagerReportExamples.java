package org.vipcare.report;

/** Examples of the manager report shown in OpenAPI; each is valid against its schema. */
final class ManagerReportExamples {

    /** November 2026 (30 days) with the default 120 monthly hours: class A plans 120 x 30 / 30 x 40 % = 48.0 h. */
    static final String JSON = """
            {"from":"2026-11-01","to":"2026-11-30","zone":"Asia/Shanghai","days":30,"monthlyServiceHours":120,
             "managers":[{"userId":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","displayName":"王芳",
             "book":{"customers":40,"byTier":{"DIAMOND":4,"GOLD":8,"SILVER":12,"ORDINARY":16},"watch":2,
             "byValueClass":{"A":8,"B":12,"C":12,"D":8},"byEnterpriseClass":{"A":1,"B":2,"C":0}},
             "serviceTime":{"plannedHours":120.0,"actualHours":88.5,"ratio":0.7375,"callHours":70.5,"visitHours":18.0,
             "byValueClass":[{"valueClass":"A","sharePercent":40,"plannedHours":48.0,"actualHours":40.5,"ratio":0.8438},
             {"valueClass":"B","sharePercent":30,"plannedHours":36.0,"actualHours":30.0,"ratio":0.8333},
             {"valueClass":"C","sharePercent":20,"plannedHours":24.0,"actualHours":15.0,"ratio":0.6250},
             {"valueClass":"D","sharePercent":10,"plannedHours":12.0,"actualHours":3.0,"ratio":0.2500}]},
             "returns":{"baseCustomers":40,"returningCustomers":26,"returnRate":0.6500,"spend":52000.00,"tickets":65,
             "averageTicket":800.00},"welcome":{"due":3,"onTime":2,"late":1,"onTimeRate":0.6667},
             "retention":{"closed":4,"retained":2,"partial":1,"lost":1,"retentionRate":0.7500},
             "complaints":{"received":5,"contactOnTime":4,"contactOutcomes":5,"contactOnTimeRate":0.8000,
             "feedbackOnTime":3,"feedbackOutcomes":4,"feedbackOnTimeRate":0.7500,"breaches":2},
             "satisfaction":{"average":4.25,"answers":24}}],
             "team":{"userId":null,"displayName":null,
             "book":{"customers":40,"byTier":{"DIAMOND":4,"GOLD":8,"SILVER":12,"ORDINARY":16},"watch":2,
             "byValueClass":{"A":8,"B":12,"C":12,"D":8},"byEnterpriseClass":{"A":1,"B":2,"C":0}},
             "serviceTime":{"plannedHours":120.0,"actualHours":88.5,"ratio":0.7375,"callHours":70.5,"visitHours":18.0,
             "byValueClass":[{"valueClass":"A","sharePercent":40,"plannedHours":48.0,"actualHours":40.5,"ratio":0.8438},
             {"valueClass":"B","sharePercent":30,"plannedHours":36.0,"actualHours":30.0,"ratio":0.8333},
             {"valueClass":"C","sharePercent":20,"plannedHours":24.0,"actualHours":15.0,"ratio":0.6250},
             {"valueClass":"D","sharePercent":10,"plannedHours":12.0,"actualHours":3.0,"ratio":0.2500}]},
             "returns":{"baseCustomers":40,"returningCustomers":26,"returnRate":0.6500,"spend":52000.00,"tickets":65,
             "averageTicket":800.00},"welcome":{"due":3,"onTime":2,"late":1,"onTimeRate":0.6667},
             "retention":{"closed":4,"retained":2,"partial":1,"lost":1,"retentionRate":0.7500},
             "complaints":{"received":5,"contactOnTime":4,"contactOutcomes":5,"contactOnTimeRate":0.8000,
             "feedbackOnTime":3,"feedbackOutcomes":4,"feedbackOnTimeRate":0.7500,"breaches":2},
             "satisfaction":{"average":4.25,"answers":24}}}""";

    static final String CSV = """
            section,userId,displayName,customers,tierDIAMOND,tierGOLD,tierSILVER,tierORDINARY,watch,classA,classB,classC,classD,enterpriseA,enterpriseB,enterpriseC,plannedHours,actualHours,serviceTimeRatio,callHours,visitHours,plannedA,actualA,ratioA,plannedB,actualB,ratioB,plannedC,actualC,ratioC,plannedD,actualD,ratioD,returningCustomers,returnRate,spend,tickets,averageTicket,welcomeDue,welcomeOnTime,welcomeLate,welcomeOnTimeRate,retentionClosed,retained,partial,lost,retentionRate,complaints,contactOnTime,contactOutcomes,contactOnTimeRate,feedbackOnTime,feedbackOutcomes,feedbackOnTimeRate,breaches,averageSatisfaction,satisfactionAnswers
            period,2026-11-01,2026-11-30,Asia/Shanghai
            manager,3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f,王芳,40,4,8,12,16,2,8,12,12,8,1,2,0,120.0,88.5,0.7375,70.5,18.0,48.0,40.5,0.8438,36.0,30.0,0.8333,24.0,15.0,0.6250,12.0,3.0,0.2500,26,0.6500,52000.00,65,800.00,3,2,1,0.6667,4,2,1,1,0.7500,5,4,5,0.8000,3,4,0.7500,2,4.25,24
            team,,,40,4,8,12,16,2,8,12,12,8,1,2,0,120.0,88.5,0.7375,70.5,18.0,48.0,40.5,0.8438,36.0,30.0,0.8333,24.0,15.0,0.6250,12.0,3.0,0.2500,26,0.6500,52000.00,65,800.00,3,2,1,0.6667,4,2,1,1,0.7500,5,4,5,0.8000,3,4,0.7500,2,4.25,24
            """;

    private ManagerReportExamples() {
    }
}
