-- Retention cases (SPEC 3): the five-stage conversation with stated and real reason, the value equation, offers,
-- agreement and outcome; every step as an event; the churn reason taxonomy and the editable playbook texts.

create table churn_reason (
    code       varchar(30)  primary key,
    name_en    varchar(200) not null,
    name_zh    varchar(200) not null,
    active     boolean      not null default true,
    sort_order smallint     not null
);
insert into churn_reason (code, name_en, name_zh, sort_order) values
    ('TARIFF', 'Unhappy with tariffs', '资费不满', 1),
    ('NETWORK', 'Unhappy with the network', '网络不满', 2),
    ('ARREARS', 'Arrears, number cancelled', '欠费销号', 3),
    ('FEATURE', 'Unhappy with features', '功能不满', 4),
    ('SERVICE_ERROR', 'Service error', '服务失误', 5),
    ('COMPLAINT_MISHANDLED', 'Complaint mishandled', '投诉抱怨处置不当', 6),
    ('CUSTOMER_CIRCUMSTANCES', 'Customer circumstances (moving, several numbers, lost phone, business, job, '
        || 'personal influence, accident)', '客户属性', 7),
    ('COMPETITOR', 'Poached by a competitor', '竞争对手强挖', 8);

create table retention_case (
    id                  uuid primary key,
    customer_id         uuid          not null references customer (id),
    type                varchar(10)   not null check (type in ('SERVICE', 'NETWORK')),
    service             varchar(200),
    -- What the customer said first: a churn reason code or the customer's words.
    stated_reason       varchar(500),
    channel             varchar(50),
    real_reason         varchar(30) references churn_reason (code),
    reason_detail       varchar(2000),
    fixable             boolean,
    attitude            varchar(12) check (attitude in ('COOPERATIVE', 'HOSTILE', 'NUMB')),
    severity            smallint check (severity between 1 and 5),
    countermeasure_cost smallint check (countermeasure_cost between 1 and 5),
    -- The value equation, kept with its inputs so that reports can band it.
    retention_score     smallint check (retention_score = countermeasure_cost - severity),
    stage               varchar(10)   not null check (stage in ('TRUST', 'PROBING', 'PROPOSING', 'AGREEING', 'CLOSED')),
    outcome             varchar(10) check (outcome in ('RETAINED', 'PARTIAL', 'LOST')),
    offer_count         integer       not null default 0,
    agreed_offer_id     uuid,
    agreement_method    varchar(15) check (agreement_method in ('DIRECT', 'COMPENSATION', 'PROMOTION', 'TARIFF_CHANGE')),
    agreed_at           timestamptz,
    note                varchar(2000),
    manager_id          uuid references app_user (id),
    opened_by           uuid          not null references app_user (id),
    source              varchar(12)   not null check (source in ('AGENT', 'INTEGRATION', 'WATCH')),
    opened_at           timestamptz   not null,
    probed_at           timestamptz,
    closed_at           timestamptz,
    follow_up_id        uuid references follow_up (id),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    check ((stage = 'CLOSED') = (outcome is not null))
);
create index retention_case_stage on retention_case (stage, opened_at);
create index retention_case_outcome on retention_case (outcome, opened_at);
create index retention_case_reason on retention_case (real_reason, opened_at);
create index retention_case_manager on retention_case (manager_id, stage);
create index retention_case_opened_by on retention_case (opened_by);
create index retention_case_customer on retention_case (customer_id, opened_at desc);
create index retention_case_opened on retention_case (opened_at);
-- The save desk and the "already has an open case" check read only open cases.
create index retention_case_open on retention_case (customer_id) where stage <> 'CLOSED';

create table retention_offer (
    id            uuid primary key,
    case_id       uuid          not null references retention_case (id),
    kind          varchar(15)   not null check (kind in ('DIRECT', 'COMPENSATION', 'PROMOTION', 'TARIFF_CHANGE')),
    description   varchar(500)  not null,
    monthly_value numeric(10, 2) check (monthly_value >= 0),
    created_by    uuid          not null references app_user (id),
    created_at    timestamptz   not null
);
create index retention_offer_case on retention_offer (case_id, created_at);
alter table retention_case add constraint retention_case_agreed_offer
    foreign key (agreed_offer_id) references retention_offer (id);

create table retention_event (
    id         uuid primary key,
    case_id    uuid          not null references retention_case (id),
    at         timestamptz   not null,
    kind       varchar(10)   not null,
    actor_id   uuid references app_user (id),
    actor      varchar(64)   not null,
    from_stage varchar(10),
    to_stage   varchar(10)   not null,
    note       varchar(2000)
);
create index retention_event_case on retention_event (case_id, at);

alter table follow_up add column retention_case_id uuid references retention_case (id);
create index follow_up_retention_case on follow_up (retention_case_id) where retention_case_id is not null;

-- The playbook beside a case: reference text per key and language, edited by supervisors (not hard-coded).
-- Keys: probe.<ATTITUDE>, strategy.FIXABLE / strategy.NOT_FIXABLE, value.RAISE_COST, agree.<METHOD>.
create table retention_playbook (
    key        varchar(40)   not null,
    locale     varchar(10)   not null check (locale in ('en', 'zh-CN')),
    topic      varchar(20)   not null check (topic in ('PROBING', 'STRATEGY', 'VALUE_EQUATION', 'AGREEMENT')),
    title      varchar(200)  not null,
    text       varchar(4000) not null,
    sort_order smallint      not null,
    updated_at timestamptz   not null default now(),
    updated_by varchar(64),
    version    bigint        not null default 0,
    primary key (key, locale)
);
insert into retention_playbook (key, locale, topic, title, text, sort_order) values
    ('probe.COOPERATIVE', 'en', 'PROBING', 'Probing a cooperative customer',
     'The first reason a customer gives is often only the polite one. Before suggesting anything, confirm what the '
     || 'customer says and what lies behind it. Show that you care about the stated reason first, then narrow vague '
     || 'answers down with closed questions: "Which part of the charges feels too high to you?", "Compared with what '
     || 'do you find us expensive?", "Besides the monthly fee, is there anything else?" If the customer is moving '
     || 'away, ask whether there is another reason and when they expect to come back.', 1),
    ('probe.COOPERATIVE', 'zh-CN', 'PROBING', '合作型客户的探询',
     '客户第一次说的原因常常只是客气话。先别急着给建议,先确认客户的显性需求和隐性需求,帮客户把没说清的原因讲明白。'
     || '对明确的原因先表示关心,为后面的建议做好情感铺垫;对笼统的原因用聚焦式的封闭问题帮客户说清楚:'
     || '“您觉得是哪一部分费用偏高?”“您是和什么相比觉得贵?”“除了月租,还有别的原因吗?”'
     || '客户要离开本地时,问问还有没有其他原因、什么时候会回来。', 1),
    ('probe.HOSTILE', 'en', 'PROBING', 'Probing a hostile customer',
     'Hostile customers are opinionated, resist strongly, are impatient and refuse to say why. Do not try to '
     || 'persuade them at once; that only hardens the resistance. Take a roundabout route and keep empathy for their '
     || 'feelings. Ask with feeling ("You sound very determined - may I ask why?"), or step back to move forward '
     || '("Since you have decided anyway, could you at least tell me why?").', 2),
    ('probe.HOSTILE', 'zh-CN', 'PROBING', '敌对型客户的探询',
     '敌对型客户主观性强、抵触情绪大、不耐烦,不肯说原因。不要马上试图说服,否则只会让抵触更强烈;要迂回,'
     || '保持同理心,关注客户的情绪。可以带着感情问:“您这么坚决,能告诉我为什么吗?”也可以以退为进:'
     || '“反正您已经决定了,能不能说说原因?”', 2),
    ('probe.NUMB', 'en', 'PROBING', 'Probing a numb customer',
     'Numb customers stay mild but will not name the reason; they sound disappointed and resigned. Keep a sincere, '
     || 'smiling tone. When open questions get no answer, focus on the matter with closed questions ("Did our service '
     || 'fall short of what you expected?", "Is it the bill or the service?"), or appeal to their experience ("You '
     || 'have been with us for years - what would you advise us to change?").', 3),
    ('probe.NUMB', 'zh-CN', 'PROBING', '麻木型客户的探询',
     '麻木型客户态度温和,却不愿提原因,语气里带着失望和无奈。保持真诚和微笑。开放式提问没有回应时,'
     || '用聚焦事情的封闭式提问引导:“是我们的服务没达到您的期望吗?”“您是觉得话费贵,还是服务不好?”'
     || '也可以请客户给建议:“您用了这么多年,能给我们提点建议吗?”', 3),
    ('strategy.FIXABLE', 'en', 'STRATEGY', 'Lowering the severity: a cause we can fix',
     'When the cause is within our power: 1. show that you understand how the customer sees it; 2. give evidence '
     || 'and state the facts (what was wrong, what has been done, what will change); 3. win the customer''s '
     || 'understanding and agreement before proposing anything.', 10),
    ('strategy.FIXABLE', 'zh-CN', 'STRATEGY', '降低问题严重性:有能力解决的原因',
     '原因在我们能力范围内时:一、表示理解客户的想法;二、拿出证据、陈述事实(哪里出了问题、已经做了什么、'
     || '接下来怎么改);三、先获得客户的理解和认同,再提出建议。', 10),
    ('strategy.NOT_FIXABLE', 'en', 'STRATEGY', 'Lowering the severity: a cause we cannot fix',
     'When the cause is beyond our power: 1. show that you understand how the customer sees it; 2. stress the '
     || 'overall benefit and steer away from the negative side; 3. bring out the value of what we already do well; '
     || '4. win the customer''s understanding and agreement.', 11),
    ('strategy.NOT_FIXABLE', 'zh-CN', 'STRATEGY', '降低问题严重性:无能力解决的原因',
     '原因超出我们能力范围时:一、表示理解客户的想法;二、强调整体利益,避开消极的一面;'
     || '三、突出我们已有能力的价值;四、获得客户的理解和认同。', 11),
    ('value.RAISE_COST', 'en', 'VALUE_EQUATION', 'Raising the cost of leaving',
     'Retention score = countermeasure cost - problem severity. Below zero, lower the severity or raise what '
     || 'leaving would cost the customer: find the hidden costs (bill, convenience, signal, friends who know the '
     || 'number, opportunities, business), make them visible, show your evidence, and look ahead from facts rather '
     || 'than promises. Give a complete proposal, not a fragment.', 20),
    ('value.RAISE_COST', 'zh-CN', 'VALUE_EQUATION', '提高对策成本',
     '挽留分值 = 对策成本 − 问题严重性。分值为负时,要么降低问题严重性,要么提高客户离开的代价:'
     || '找出客户的隐性成本(话费、方便、信号、朋友、机会、生意等),把它放大,拿出证据,'
     || '基于事实做前瞻性的提示,而不是空口承诺。建议要完整,不要零碎。', 20),
    ('agree.DIRECT', 'en', 'AGREEMENT', 'Agreement by direct suggestion',
     'State plainly the one option that answers the real reason and ask the customer to accept it.', 30),
    ('agree.DIRECT', 'zh-CN', 'AGREEMENT', '直接建议法达成共识',
     '针对真实原因,直接说出最合适的方案,请客户接受。', 30),
    ('agree.COMPENSATION', 'en', 'AGREEMENT', 'Agreement by compensating advantages',
     'Admit the weak point honestly and weigh it against the advantages the customer keeps by staying.', 31),
    ('agree.COMPENSATION', 'zh-CN', 'AGREEMENT', '优点补偿法达成共识',
     '坦然承认不足,再用客户留下来能继续享有的优点去弥补。', 31),
    ('agree.PROMOTION', 'en', 'AGREEMENT', 'Agreement through a promotion',
     'Use a current promotion or loyalty benefit that fits the customer to tip the balance towards staying.', 32),
    ('agree.PROMOTION', 'zh-CN', 'AGREEMENT', '促销运用法达成共识',
     '用一项适合客户的在售促销或回馈权益,让留下来更划算。', 32),
    ('agree.TARIFF_CHANGE', 'en', 'AGREEMENT', 'Agreement by changing the tariff',
     'Move the customer to a plan that matches how they really use the service, so the bill fits again.', 33),
    ('agree.TARIFF_CHANGE', 'zh-CN', 'AGREEMENT', '资费转换法达成共识',
     '按客户的实际使用情况换一个更合适的资费套餐,让账单重新合理。', 33);
