-- Group (政企/集团) customers, seed 002: their class (A most valuable, planned visits monthly; B quarterly; C half-yearly),
-- their industry and how many members (staff lines, network members) the account brings. Only ENTERPRISE customers
-- have them; the service checks that, the table keeps the values in range.
alter table customer add column enterprise_class varchar(1) check (enterprise_class in ('A', 'B', 'C'));
alter table customer add column industry varchar(100);
alter table customer add column member_count integer check (member_count >= 0);
create index customer_enterprise_class on customer (enterprise_class) where enterprise_class is not null;
