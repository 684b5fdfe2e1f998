package org.vipcare.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.vipcare.consumption.ConsumptionKind;
import org.vipcare.customer.CommunicationStyle;
import org.vipcare.customer.ContactChannel;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerType;
import org.vipcare.customer.EnterpriseClass;
import org.vipcare.customer.IdDocumentType;
import org.vipcare.customer.PaymentType;
import org.vipcare.customer.ValueOrientation;
import org.vipcare.security.Role;
import org.vipcare.security.User;

/**
 * Makes the demo book in memory: its people, ~200 customers and a year of their consumption, all drawn from one
 * seeded {@link Random} so that the book is the same on every start (dates are relative to the day it is made).
 * Customers are given consumption habits that land them in every tier of SPEC 2.1 once the averages are taken;
 * the tiers themselves are computed from the records by {@link DemoBook}, never set here.
 */
final class DemoBookGenerator {

    static final long SEED = 20_190_520L;
    /** Ids come from a stream of their own so that changing the content does not change every id. */
    static final long ID_SEED = 0x5649_5043_4152_45L;
    static final int WINDOW_DAYS = 365;
    static final int RECENT_DAYS = 90;

    /**
     * How a customer consumes: how many of them, how many drop their visits in the last 90 days (the WATCH
     * candidates), visits and spend per year, and how long ago they joined. With these ranges the population
     * averages come to about 18 visits and 12,000 a year, so each habit clears its tier's thresholds by a margin.
     */
    enum Habit {
        DIAMOND(8, 2, 50, 80, 60_000, 120_000, 3 * 365, 6 * 365, 0.25),
        GOLD(26, 4, 26, 34, 16_000, 26_000, 540, 6 * 365, 0.25),
        SILVER(40, 7, 24, 40, 3_000, 10_000, 365, 6 * 365, 0.10),
        ORDINARY(66, 0, 2, 12, 800, 8_000, 365, 6 * 365, 0.08),
        /** Spends like a gold customer but hardly ever comes in: ORDINARY tier, class A or B. */
        BIG_SPENDER(10, 0, 3, 8, 25_000, 60_000, 365, 6 * 365, 0.70),
        DORMANT(10, 0, 0, 2, 0, 1_200, 365, 6 * 365, 0.05),
        /** Joined 3 to 12 months ago: only part of the window is theirs. */
        RECENT(24, 0, 15, 50, 3_000, 30_000, 90, 364, 0.15),
        /** Joined in the last 90 days (lifecycle OBSERVATION); the newest have no records yet. */
        NEW(16, 0, 10, 40, 1_000, 12_000, 1, 89, 0.10);

        final int count;
        final int drops;
        final int minVisits;
        final int maxVisits;
        final int minSpend;
        final int maxSpend;
        final int minDaysAgo;
        final int maxDaysAgo;
        final double enterpriseShare;

        Habit(int count, int drops, int minVisits, int maxVisits, int minSpend, int maxSpend, int minDaysAgo,
                int maxDaysAgo, double enterpriseShare) {
            this.count = count;
            this.drops = drops;
            this.minVisits = minVisits;
            this.maxVisits = maxVisits;
            this.minSpend = minSpend;
            this.maxSpend = maxSpend;
            this.minDaysAgo = minDaysAgo;
            this.maxDaysAgo = maxDaysAgo;
            this.enterpriseShare = enterpriseShare;
        }
    }

    /** One consumption record as {@code POST /consumption-records} would bring it. */
    record DemoRecord(UUID id, UUID customerId, Instant occurredAt, BigDecimal amount, ConsumptionKind kind,
            String externalId) {
    }

    record Book(List<User> users, List<Customer> customers, List<DemoRecord> records) {
    }

    /** A city the centres serve: names in both languages, telephone area code, districts. */
    private record City(String zh, String en, String areaCode, List<District> districts) {
    }

    private record District(String zh, String en, String region, List<String[]> roads) {
    }

    private record Person(String name, String emailLocal, boolean english, boolean overseasChinese) {
    }

    // ------------------------------------------------------------------------------------------- reference data

    private static final String[][] SURNAMES = { { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" },
            { "陈", "chen" }, { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
            { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" }, { "郭", "guo" },
            { "何", "he" }, { "高", "gao" }, { "林", "lin" }, { "罗", "luo" }, { "郑", "zheng" }, { "梁", "liang" },
            { "谢", "xie" }, { "宋", "song" }, { "唐", "tang" }, { "韩", "han" }, { "冯", "feng" }, { "邓", "deng" },
            { "曹", "cao" }, { "彭", "peng" }, { "曾", "zeng" }, { "田", "tian" }, { "董", "dong" }, { "袁", "yuan" },
            { "潘", "pan" }, { "蒋", "jiang" }, { "蔡", "cai" }, { "余", "yu" }, { "杜", "du" }, { "叶", "ye" },
            { "程", "cheng" }, { "苏", "su" }, { "魏", "wei" }, { "丁", "ding" }, { "沈", "shen" }, { "姚", "yao" },
            { "钟", "zhong" }, { "欧阳", "ouyang" } };

    private static final String[][] GIVEN_NAMES = { { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" },
            { "静", "jing" }, { "强", "qiang" }, { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" }, { "勇", "yong" },
            { "艳", "yan" }, { "杰", "jie" }, { "涛", "tao" }, { "明", "ming" }, { "超", "chao" }, { "霞", "xia" },
            { "鹏", "peng" }, { "辉", "hui" }, { "琳", "lin" }, { "颖", "ying" }, { "雪", "xue" }, { "凯", "kai" },
            { "峰", "feng" }, { "婷", "ting" }, { "秀英", "xiuying" }, { "建华", "jianhua" }, { "建国", "jianguo" },
            { "志强", "zhiqiang" }, { "晓东", "xiaodong" }, { "海燕", "haiyan" }, { "子涵", "zihan" },
            { "浩然", "haoran" }, { "宇轩", "yuxuan" }, { "欣怡", "xinyi" }, { "思远", "siyuan" }, { "雨桐", "yutong" },
            { "嘉怡", "jiayi" }, { "梓萱", "zixuan" }, { "博文", "bowen" }, { "一鸣", "yiming" }, { "俊杰", "junjie" },
            { "佳琪", "jiaqi" }, { "晓明", "xiaoming" }, { "桂兰", "guilan" }, { "国强", "guoqiang" },
            { "丽娟", "lijuan" }, { "文静", "wenjing" }, { "振华", "zhenhua" }, { "春梅", "chunmei" },
            { "立新", "lixin" }, { "红梅", "hongmei" }, { "德明", "deming" }, { "玉珍", "yuzhen" } };

    private static final String[] ENGLISH_FIRST_NAMES = { "Emily", "James", "Olivia", "Daniel", "Sophie", "Michael",
            "Grace", "David", "Hannah", "Thomas", "Chloe", "Benjamin", "Laura", "Andrew", "Rachel", "Oliver",
            "Charlotte", "Henry", "Jessica", "Lucas" };

    private static final String[] ENGLISH_SURNAMES = { "Smith", "Johnson", "Brown", "Wilson", "Taylor", "Anderson",
            "Thompson", "Walker", "Harris", "Clarke", "Laurent", "Rossi", "Mueller", "Bennett" };

    /** Surnames of Hong Kong, Macao and Singapore customers, who carry a home-return permit rather than a passport. */
    private static final String[] OVERSEAS_CHINESE_SURNAMES = { "Wong", "Chan", "Leung", "Cheung", "Tan", "Ng" };

    private static final String[][] BRANDS = { { "华信", "Huaxin" }, { "东方", "Dongfang" }, { "远航", "Yuanhang" },
            { "嘉禾", "Jiahe" }, { "瑞达", "Ruida" }, { "中联", "Zhonglian" }, { "博远", "Boyuan" },
            { "恒通", "Hengtong" }, { "金桥", "Jinqiao" }, { "天成", "Tiancheng" }, { "宏图", "Hongtu" },
            { "新锐", "Xinrui" }, { "安泰", "Antai" }, { "鼎盛", "Dingsheng" }, { "万象", "Wanxiang" } };

    private static final String[][] INDUSTRIES = { { "科技", "Technology" }, { "物流", "Logistics" },
            { "贸易", "Trading" }, { "建设工程", "Engineering" }, { "医疗器械", "Medical Devices" },
            { "文化传媒", "Media" }, { "汽车销售服务", "Auto Sales & Service" }, { "餐饮管理", "Catering" },
            { "电子商务", "E-commerce" }, { "投资管理", "Investment Management" } };

    /** Government bodies and public institutions (政企): credit codes starting 11 and 12. */
    private static final String[][] PUBLIC_BODIES = { { "区教育委员会", "11" }, { "区人民医院", "12" },
            { "区税务局", "11" }, { "区图书馆", "12" }, { "区交通运输局", "11" } };

    private static final List<City> CITIES = List.of(
            new City("北京市", "Beijing", "010", List.of(
                    new District("朝阳区", "Chaoyang District", "110105", roads("建国路", "Jianguo Road", "朝阳北路",
                            "Chaoyang North Road", "望京街", "Wangjing Street")),
                    new District("海淀区", "Haidian District", "110108", roads("中关村大街", "Zhongguancun Street",
                            "知春路", "Zhichun Road", "学院路", "Xueyuan Road")),
                    new District("东城区", "Dongcheng District", "110101", roads("王府井大街", "Wangfujing Street",
                            "东直门内大街", "Dongzhimen Inner Street")),
                    new District("西城区", "Xicheng District", "110102", roads("金融大街", "Financial Street",
                            "西单北大街", "Xidan North Street")),
                    new District("丰台区", "Fengtai District", "110106", roads("丰台北路", "Fengtai North Road")))),
            new City("上海市", "Shanghai", "021", List.of(
                    new District("浦东新区", "Pudong New Area", "310115", roads("世纪大道", "Century Avenue", "张江路",
                            "Zhangjiang Road", "陆家嘴环路", "Lujiazui Ring Road")),
                    new District("徐汇区", "Xuhui District", "310104", roads("漕溪北路", "North Caoxi Road",
                            "肇嘉浜路", "Zhaojiabang Road")),
                    new District("静安区", "Jing'an District", "310106", roads("南京西路", "West Nanjing Road",
                            "延安中路", "Middle Yan'an Road")),
                    new District("黄浦区", "Huangpu District", "310101", roads("淮海中路", "Middle Huaihai Road")),
                    new District("长宁区", "Changning District", "310105", roads("虹桥路", "Hongqiao Road", "仙霞路",
                            "Xianxia Road")))),
            new City("广州市", "Guangzhou", "020", List.of(
                    new District("天河区", "Tianhe District", "440106", roads("天河路", "Tianhe Road", "珠江东路",
                            "East Zhujiang Road")))),
            new City("深圳市", "Shenzhen", "0755", List.of(
                    new District("福田区", "Futian District", "440304", roads("深南大道", "Shennan Avenue")),
                    new District("南山区", "Nanshan District", "440305", roads("科苑路", "Keyuan Road")))),
            new City("杭州市", "Hangzhou", "0571", List.of(
                    new District("西湖区", "Xihu District", "330106", roads("文三路", "Wensan Road")))));

    /** Birthplaces of customers who moved to the city they live in. */
    private static final String[] ORIGIN_REGIONS = { "320102", "510104", "420102", "370102", "210102", "430102",
            "610103", "350102" };

    private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "134", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "184",
            "185", "186", "187", "188", "189" };

    private static final String[] NOTES_ZH = { "每季度要求提供账单分析。", "偏好微信语音沟通,工作时间勿打电话。", "对价格敏感,关注套餐优惠。",
            "家中有老人,来电请放慢语速。", "曾反映网络信号问题,已解决。", "出差频繁,需要国际漫游服务。", "生日当月安排关怀礼品。",
            "喜欢参加俱乐部活动。" };
    private static final String[] NOTES_EN = { "Asks for a bill analysis every quarter.",
            "Travels often between Shanghai and Singapore; needs roaming.", "Interested in the airport lounge visits.",
            "Call after 18:30 only.", "Prefers email over calls." };
    private static final String[] NOTES_ENTERPRISE = { "决策者为财务总监,采购需走招标流程。", "年度合同每年三月续签。",
            "使用者多为一线员工,关注移动办公套餐。", "Decision maker is the CFO; purchases go through procurement." };

    private static final LocalTime[][] CONTACT_WINDOWS = { { LocalTime.of(9, 0), LocalTime.of(12, 0) },
            { LocalTime.of(9, 0), LocalTime.of(18, 0) }, { LocalTime.of(13, 30), LocalTime.of(17, 30) },
            { LocalTime.of(18, 30), LocalTime.of(21, 0) }, { LocalTime.of(10, 0), LocalTime.of(20, 0) } };

    private static final int[] TOP_UPS = { 50, 100, 200, 300, 500, 1000, 2000, 5000 };
    private static final int[] ID_CARD_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30,
            28 };
    private static final int[] ORG_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    // ------------------------------------------------------------------------------------------- generation

    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final Random random = new Random(SEED);
    private final Random ids = new Random(ID_SEED);
    private final Set<String> mobiles = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    /** One customer per identity document (V35): a drawn number that is taken is drawn again. */
    private final Set<String> documents = new HashSet<>();

    DemoBookGenerator(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    Book generate() {
        User agent1 = user("agent1", "李娜", Role.AGENT, "Beijing VIP Centre", (short) 4, "zh-CN");
        User agent2 = user("agent2", "陈杰", Role.AGENT, "Shanghai VIP Centre", (short) 3, "en");
        List<User> users = List.of(user("admin", "Administrator", Role.ADMIN, null, null, "en"),
                user("supervisor", "周敏", Role.SUPERVISOR, "VIP Service Department", (short) 5, "zh-CN"), agent1,
                agent2, user("integration", "Billing integration", Role.INTEGRATION, null, null, "en"));

        List<Habit> habits = new ArrayList<>();
        for (Habit habit : Habit.values()) {
            habits.addAll(Collections.nCopies(habit.count, habit));
        }
        Collections.shuffle(habits, random);
        List<User> managers = new ArrayList<>();
        int unassigned = 6;
        for (int i = 0; i < habits.size() - unassigned; i++) {
            managers.add(i % 2 == 0 ? agent1 : agent2);
        }
        managers.addAll(Collections.nCopies(unassigned, null));
        Collections.shuffle(managers, random);

        int[] dropsLeft = new int[Habit.values().length];
        for (Habit habit : Habit.values()) {
            dropsLeft[habit.ordinal()] = habit.drops;
        }
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < habits.size(); i++) {
            Habit habit = habits.get(i);
            boolean drops = dropsLeft[habit.ordinal()]-- > 0;
            drawn.add(new Drawn(customer(habit, managers.get(i)), habit, drops));
        }
        // Numbered in order of joining, as a CRM would have numbered them.
        drawn.sort(Comparator.comparing((Drawn d) -> d.customer.joinedAt).thenComparing(d -> d.customer.createdAt));
        List<Customer> customers = new ArrayList<>();
        List<DemoRecord> records = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Drawn d = drawn.get(i);
            d.customer.externalRef = String.format("DEMO-%04d", i + 1);
            customers.add(d.customer);
            records.addAll(records(d, i + 1));
        }
        return new Book(users, customers, records);
    }

    private record Drawn(Customer customer, Habit habit, boolean drops) {
    }

    private User user(String username, String displayName, Role role, String department, Short star,
            String language) {
        User user = new User();
        user.id = uuid();
        user.username = username;
        user.displayName = displayName;
        user.roles = EnumSet.of(role);
        user.department = department;
        user.star = star;
        user.language = language;
        return user;
    }

    private Customer customer(Habit habit, User manager) {
        Customer c = new Customer();
        c.id = uuid();
        double kind = random.nextDouble();
        c.type = kind < habit.enterpriseShare ? CustomerType.ENTERPRISE
                : kind < habit.enterpriseShare + 0.15 ? CustomerType.HOUSEHOLD : CustomerType.INDIVIDUAL;
        c.managerId = manager == null ? null : manager.id;
        City city = manager == null ? CITIES.get(2 + random.nextInt(CITIES.size() - 2))
                : manager.username.equals("agent1") ? CITIES.get(0) : CITIES.get(1);
        District district = pick(city.districts());
        boolean english = random.nextDouble() < 0.2;
        c.language = english ? "en" : "zh-CN";
        c.joinedAt = today.minusDays(between(habit.minDaysAgo, habit.maxDaysAgo));
        c.createdAt = c.joinedAt.atTime(9, 0).plusMinutes(random.nextInt(9 * 60)).atZone(zone).toInstant();
        c.updatedAt = now;

        if (c.type == CustomerType.ENTERPRISE) {
            enterprise(c, city, district, english);
        } else {
            person(c, city, district, english);
        }
        c.address = address(city, district, english, c.type == CustomerType.ENTERPRISE);
        c.preferredChannel = english ? pick(ContactChannel.EMAIL, ContactChannel.WECHAT, ContactChannel.PHONE)
                : pick(ContactChannel.WECHAT, ContactChannel.WECHAT, ContactChannel.PHONE, ContactChannel.SMS,
                        ContactChannel.VISIT);
        if (random.nextDouble() < 0.8) {
            LocalTime[] window = c.type == CustomerType.ENTERPRISE ? CONTACT_WINDOWS[random.nextInt(3)]
                    : pick(CONTACT_WINDOWS);
            c.contactFrom = window[0];
            c.contactTo = window[1];
        }
        c.paymentType = c.type == CustomerType.ENTERPRISE || random.nextDouble() < 0.55 ? PaymentType.POSTPAID
                : PaymentType.PREPAID;
        if (random.nextDouble() < 0.7) {
            c.communicationStyle = pick(CommunicationStyle.values());
        }
        if (random.nextDouble() < 0.6) {
            c.valueOrientation = pick(ValueOrientation.values());
        }
        if (random.nextDouble() < 0.3) {
            c.notes = c.type == CustomerType.ENTERPRISE ? pick(NOTES_ENTERPRISE) : english ? pick(NOTES_EN)
                    : pick(NOTES_ZH);
        }
        return c;
    }

    private void person(Customer c, City city, District district, boolean english) {
        Person person;
        do {
            person = english ? englishPerson() : chinesePerson();
        } while (!names.add(household(c, person)));
        c.name = household(c, person);
        c.birthday = today.minusYears(between(24, 72)).minusDays(random.nextInt(365));
        do {
            if (!english) {
                String region = random.nextDouble() < 0.7 ? district.region() : pick(ORIGIN_REGIONS);
                c.idDocType = IdDocumentType.ID_CARD;
                c.idDocNumber = idCardNumber(region, c.birthday, between(1, 999));
            } else if (person.overseasChinese()) {
                c.idDocType = IdDocumentType.HOME_RETURN_PERMIT;
                c.idDocNumber = (random.nextBoolean() ? "H" : "M") + digits(8);
            } else {
                c.idDocType = IdDocumentType.PASSPORT;
                c.idDocNumber = (char) ('A' + random.nextInt(26)) + digits(8);
            }
        } while (!documents.add(c.idDocType + " " + c.idDocNumber));
        c.phoneMobile = mobile();
        if (c.type == CustomerType.HOUSEHOLD || random.nextDouble() < 0.15) {
            c.phoneHome = landline(city);
        }
        if (random.nextDouble() < 0.2) {
            c.phoneOffice = landline(city);
        }
        if (english || random.nextDouble() < 0.4) {
            c.email = person.emailLocal() + (random.nextBoolean() ? "" : String.valueOf(between(1, 99)))
                    + "@example.com";
        }
    }

    private static String household(Customer c, Person person) {
        if (c.type != CustomerType.HOUSEHOLD) {
            return person.name();
        }
        return person.english() ? "The " + person.name().substring(person.name().indexOf(' ') + 1) + " Family"
                : person.name() + "家庭";
    }

    private Person chinesePerson() {
        String[] surname = pick(SURNAMES);
        String[] given = pick(GIVEN_NAMES);
        return new Person(surname[0] + given[0], given[1] + "." + surname[1], false, false);
    }

    private Person englishPerson() {
        String first = pick(ENGLISH_FIRST_NAMES);
        boolean overseasChinese = random.nextDouble() < 0.35;
        String last = overseasChinese ? pick(OVERSEAS_CHINESE_SURNAMES) : pick(ENGLISH_SURNAMES);
        return new Person(first + " " + last, (first + "." + last).toLowerCase(), true, overseasChinese);
    }

    private void enterprise(Customer c, City city, District district, boolean english) {
        String prefix = "91";
        String slug;
        do {
            if (!english && random.nextDouble() < 0.2) {
                String[] body = pick(PUBLIC_BODIES);
                c.name = city.zh() + district.zh() + body[0].substring(1);
                prefix = body[1];
                slug = district.en().split(" ")[0].toLowerCase().replace("'", "")
                        + (prefix.equals("11") ? "-gov" : "-public");
            } else {
                String[] brand = pick(BRANDS);
                String[] industry = pick(INDUSTRIES);
                c.name = english ? brand[1] + " " + industry[1] + " Co., Ltd."
                        : city.zh().substring(0, city.zh().length() - 1) + brand[0] + industry[0] + "有限公司";
                slug = brand[1].toLowerCase() + "-"
                        + industry[1].split(" ")[0].replaceAll("[^A-Za-z]", "").toLowerCase();
            }
        } while (!names.add(c.name));
        account(c, english, prefix);
        c.idDocType = IdDocumentType.BUSINESS_LICENSE;
        do {
            c.idDocNumber = creditCode(prefix, district.region(), organizationCode());
        } while (!documents.add(c.idDocType + " " + c.idDocNumber));
        c.phoneOffice = landline(city);
        if (random.nextDouble() < 0.8) {
            c.phoneMobile = mobile();
        }
        c.email = "vip@" + slug + ".example.com";
    }

    /**
     * Class, industry and member count of an enterprise account (V34). Taken from the name rather than the random
     * stream, so the rest of the book stays as it was drawn: about 30 % A, 40 % B, 30 % C.
     */
    private static void account(Customer c, boolean english, String creditPrefix) {
        int h = Math.floorMod(c.name.hashCode(), 1000);
        c.enterpriseClass = h % 10 < 3 ? EnterpriseClass.A : h % 10 < 7 ? EnterpriseClass.B : EnterpriseClass.C;
        c.memberCount = 20 + h / 2;
        if (!creditPrefix.equals("91")) {
            c.industry = english ? "Public sector" : "公共事业";
        } else {
            for (String[] industry : INDUSTRIES) {
                if (c.name.contains(english ? industry[1] : industry[0])) {
                    c.industry = english ? industry[1] : industry[0];
                }
            }
        }
    }

    private String address(City city, District district, boolean english, boolean enterprise) {
        String[] road = pick(district.roads());
        int number = between(1, 399);
        int building = between(1, 12);
        int floor = between(2, 32);
        int room = floor * 100 + between(1, 12);
        if (english) {
            return (enterprise ? "Floor " + floor + ", " : "Room " + room + ", Building " + building + ", ") + number
                    + " " + road[1] + ", " + district.en() + ", " + city.en();
        }
        return city.zh() + district.zh() + road[0] + number + "号"
                + (enterprise ? floor + "层" : building + "号楼" + room + "室");
    }

    // ------------------------------------------------------------------------------------------- consumption

    /**
     * A customer's records for the window: visits spread evenly over the days they were a customer (a dropping
     * customer makes only a sixth of their usual visits in the last 90 days), some visits with a purchase
     * (BOTH), and the rest of the spend as monthly bills (postpaid) or round top-ups (prepaid). Records fall on
     * whole past days between 09:00 and 21:00, never on the window's edges.
     */
    private List<DemoRecord> records(Drawn d, int number) {
        Customer c = d.customer;
        LocalDate first = later(c.joinedAt.plusDays(1), today.minusDays(WINDOW_DAYS - 1));
        LocalDate last = today.minusDays(1);
        List<DemoRecord> out = new ArrayList<>();
        if (first.isAfter(last)) {
            return out;
        }
        double share = (ChronoUnit.DAYS.between(first, last) + 1) / (double) WINDOW_DAYS;
        int visits = (int) Math.round(between(d.habit.minVisits, d.habit.maxVisits) * share);
        double spend = between(d.habit.minSpend, d.habit.maxSpend) * share;

        List<LocalDate> visitDays;
        if (d.drops && first.equals(today.minusDays(WINDOW_DAYS - 1))) {
            int recent = (int) Math.round(visits * (double) RECENT_DAYS / WINDOW_DAYS / 6);
            visitDays = spread(first, today.minusDays(RECENT_DAYS + 1), visits - recent);
            visitDays.addAll(spread(today.minusDays(RECENT_DAYS - 1), last, recent));
        } else {
            visitDays = spread(first, last, visits);
        }
        List<ConsumptionKind> kinds = new ArrayList<>();
        for (int i = 0; i < visitDays.size(); i++) {
            kinds.add(random.nextDouble() < 0.4 ? ConsumptionKind.BOTH : ConsumptionKind.VISIT);
        }
        long purchases = kinds.stream().filter(k -> k == ConsumptionKind.BOTH).count();
        double purchaseShare = purchases == 0 ? 0 : 0.3 + 0.3 * random.nextDouble();
        for (int i = 0; i < visitDays.size(); i++) {
            BigDecimal amount = kinds.get(i) == ConsumptionKind.VISIT ? BigDecimal.ZERO.setScale(2)
                    : money(spend * purchaseShare / purchases * (0.3 + 1.4 * random.nextDouble()));
            out.add(record(c, visitDays.get(i), amount, kinds.get(i)));
        }

        double recurring = spend * (1 - purchaseShare);
        if (c.paymentType == PaymentType.POSTPAID) {
            int billingDay = between(1, 28);
            List<LocalDate> bills = new ArrayList<>();
            for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
                LocalDate bill = month.withDayOfMonth(billingDay);
                if (!bill.isBefore(first) && !bill.isAfter(last)) {
                    bills.add(bill);
                }
            }
            for (LocalDate bill : bills) {
                out.add(record(c, bill, money(recurring / bills.size() * (0.85 + 0.3 * random.nextDouble())),
                        ConsumptionKind.SPEND));
            }
        } else {
            int unit = nearestTopUp(recurring / 12);
            for (LocalDate day : spread(first, last, (int) Math.round(recurring / unit))) {
                out.add(record(c, day, BigDecimal.valueOf(unit).setScale(2), ConsumptionKind.SPEND));
            }
        }

        out.sort(Comparator.comparing(DemoRecord::occurredAt));
        List<DemoRecord> numbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            DemoRecord r = out.get(i);
            numbered.add(new DemoRecord(r.id(), r.customerId(), r.occurredAt(), r.amount(), r.kind(),
                    String.format("DEMO-C-%04d-%04d", number, i + 1)));
        }
        return numbered;
    }

    private DemoRecord record(Customer c, LocalDate day, BigDecimal amount, ConsumptionKind kind) {
        Instant at = day.atTime(9, 0).plusSeconds(random.nextInt(12 * 3600)).atZone(zone).toInstant();
        return new DemoRecord(uuid(), c.id, at, amount, kind, null);
    }

    /** {@code n} days from {@code first} to {@code last}, one in each of n equal stretches, in order. */
    private List<LocalDate> spread(LocalDate first, LocalDate last, int n) {
        List<LocalDate> days = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        for (int i = 0; i < n && span > 0; i++) {
            days.add(first.plusDays((long) ((i + random.nextDouble()) * span / n)));
        }
        return days;
    }

    private static int nearestTopUp(double amount) {
        int best = TOP_UPS[0];
        for (int unit : TOP_UPS) {
            if (Math.abs(unit - amount) < Math.abs(best - amount)) {
                best = unit;
            }
        }
        return best;
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(Math.max(1, amount)).setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    // ------------------------------------------------------------------------------------------- numbers

    /** An 11-digit mainland mobile number (13x, 15x or 18x), unique within the book. */
    String mobile() {
        String mobile;
        do {
            mobile = pick(MOBILE_PREFIXES) + digits(8);
        } while (!mobiles.add(mobile));
        return mobile;
    }

    private String landline(City city) {
        return city.areaCode() + "-" + between(5, 8) + digits(7);
    }

    /** A resident identity card number (GB 11643): region, birthday, sequence and ISO 7064 check character. */
    static String idCardNumber(String region, LocalDate birthday, int sequence) {
        String body = region + birthday.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_CARD_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A unified social credit code (GB 32100): kind, region, organisation code and check character. */
    static String creditCode(String kind, String region, String organizationCode) {
        String body = kind + region + organizationCode;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARS.indexOf(body.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return body + CREDIT_CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** An organisation code (GB 11714): eight characters and a check character. */
    private String organizationCode() {
        StringBuilder code = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = i < 2 && random.nextBoolean() ? CREDIT_CODE_CHARS.charAt(10 + random.nextInt(21))
                    : (char) ('0' + random.nextInt(10));
            code.append(ch);
            sum += Character.digit(ch, 36) * ORG_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return code.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check)).toString();
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A version-4 UUID drawn from the id stream. */
    private UUID uuid() {
        long high = ids.nextLong() & ~0xF000L | 0x4000L;
        long low = ids.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static List<String[]> roads(String... zhEn) {
        List<String[]> roads = new ArrayList<>();
        for (int i = 0; i < zhEn.length; i += 2) {
            roads.add(new String[] { zhEn[i], zhEn[i + 1] });
        }
        return roads;
    }
}
