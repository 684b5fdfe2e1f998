-- Products under the customer (issue 15, product/, docs/products.md): services, devices, vehicles and contracts
-- registered under the customer's identity document, with the dates a contract's RENEWAL call works from.
create table product (
    id          uuid primary key,
    customer_id uuid         not null references customer (id),
    kind        varchar(10)  not null check (kind in ('SERVICE', 'DEVICE', 'VEHICLE', 'CONTRACT')),
    name        varchar(200) not null,
    -- A number or a VIN: personal data, masked like a phone for those who see the customer masked.
    identifier  varchar(64),
    started_at  date,
    ends_at     date,
    status      varchar(10)  not null check (status in ('ACTIVE', 'ENDED')),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint product_ends_after_start check (ends_at >= started_at)
);
-- The customer page lists a customer's products; the timeline reads them by customer too.
create index product_customer on product (customer_id, created_at);
-- "Contracts ending within N days" (customer list filter) and the daily RENEWAL job read active contracts by end date.
create index product_contract_ends on product (ends_at, customer_id) where kind = 'CONTRACT' and status = 'ACTIVE';

-- The contract a RENEWAL call is about and the end date it was made for: one call per product and end date, whatever
-- replays the job; a later end date makes a new one. A deleted product leaves its calls.
alter table follow_up add column product_id uuid references product (id) on delete set null;
alter table follow_up add column product_ends_at date;
create unique index follow_up_renewal_once on follow_up (product_id, product_ends_at) where product_id is not null;

-- The console words the RENEWAL call's reason (followup_brief); every value so far (V30) and RENEWAL.
alter table follow_up drop constraint follow_up_brief_check;
alter table follow_up add constraint follow_up_brief_check check (brief in ('VERIFICATION', 'CARE_RETAINED',
    'CARE_PARTIAL', 'CARE_LOST', 'BIRTHDAY', 'ANNIVERSARY', 'WELCOME', 'AFTER_PURCHASE', 'AFTER_REPAIR',
    'BILL_ANALYSIS', 'RENEWAL'));
