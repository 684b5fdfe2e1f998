-- Visits (issue 15, org.vipcare.visit, docs/accounts.md "Visits"): the reference preparation checklist a planned visit
-- starts from when its planner gives none (seed 002, "before the visit"). Editable reference data: one row, versioned
-- for If-Match; each item in both languages under a stable key. A visit copies the key and the text in its planner's
-- language when planned (V38 visit.checklist), so a later edit here changes no planned visit.
create table visit_checklist (
    id         smallint    primary key check (id = 1),
    -- [{"key": "know-customer", "en": "...", "zh": "..."}], in the order shown
    items      jsonb       not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);

insert into visit_checklist (id, items, updated_at, version) values (1, '[
  {"key": "know-customer", "en": "How well do I know this customer: its business, its people, its history with us?",
   "zh": "我对这个客户了解多少：业务、关键人物、与我们的往来？"},
  {"key": "fitting-products", "en": "Which of our products suit a customer of this kind?",
   "zh": "我们的哪些产品适合这类客户？"},
  {"key": "what-to-bring", "en": "What do I bring them this time: an offer, news, a solution?",
   "zh": "这次能给客户带去什么：优惠、信息还是解决办法？"},
  {"key": "how-to-present", "en": "How will I present it?", "zh": "我准备怎样介绍？"},
  {"key": "when-to-demonstrate", "en": "At which moment do I demonstrate it?", "zh": "在什么时机做演示？"},
  {"key": "refusals", "en": "How might they say no, and how do I answer?", "zh": "客户可能如何拒绝，我怎样回应？"},
  {"key": "hard-questions", "en": "Which hard questions may come, and what are my answers?",
   "zh": "可能会被问到哪些难题，我的回答是什么？"},
  {"key": "benefits", "en": "List what our services bring this customer.", "zh": "列出我们的服务能给这个客户带来的好处。"},
  {"key": "problems-and-needs", "en": "Find out their problems today and their needs to come.",
   "zh": "了解客户当前的问题和今后的需求。"},
  {"key": "match-products", "en": "Match our products to those needs.", "zh": "把我们的产品与这些需求对应起来。"},
  {"key": "versus-competitors", "en": "Say how we differ from our competitors.", "zh": "说明我们与竞争对手的不同之处。"}
]', now(), 0);

-- "Visits due": the last done visit of each customer.
create index visit_customer_done on visit (customer_id, visited_at desc) where status = 'DONE';
-- The visit list's status filter without a manager (supervisors' team view, OVERDUE).
create index visit_status_planned on visit (status, planned_at);
