-- The customer health score (SPEC "Health score", docs/rules.md "Health score"): six components, each 0-100, weighted
-- by the tier policy and summed by the tier evaluation, set-based, in the same run and transaction as tiers.

-- The weights and the HEALTH_DROP threshold are policy data, versioned with the rest of the policy.
alter table tier_policy
    add column health_weight_recency      smallint not null default 25,
    add column health_weight_spend_trend  smallint not null default 25,
    add column health_weight_complaints   smallint not null default 20,
    add column health_weight_satisfaction smallint not null default 15,
    add column health_weight_retention    smallint not null default 10,
    add column health_weight_tenure       smallint not null default 5,
    add column health_drop_threshold      smallint not null default 40 check (health_drop_threshold between 0 and 100),
    add constraint tier_policy_health_weights check (
        least(health_weight_recency, health_weight_spend_trend, health_weight_complaints, health_weight_satisfaction,
              health_weight_retention, health_weight_tenure) >= 0
        and health_weight_recency + health_weight_spend_trend + health_weight_complaints + health_weight_satisfaction
            + health_weight_retention + health_weight_tenure = 100);

-- The result per customer beside the other derived standing: the score, the one before it (the trend's reference) and
-- the component values, so that GET /customers/{id}/health lists them without recomputing. Null until the first
-- evaluation after the customer was created.
alter table customer_standing
    add column health_score        integer,
    add column health_previous     integer,
    add column health_trend        varchar(4) check (health_trend in ('UP', 'FLAT', 'DOWN')),
    add column health_recency      smallint,
    add column health_spend_trend  smallint,
    add column health_complaints   smallint,
    add column health_satisfaction smallint,
    add column health_retention    smallint,
    add column health_tenure       smallint;

-- No index on health_score: an evaluation moves nearly every score, and an indexed score would make each of those
-- updates a non-HOT one with new entries in every standing index (APPLY 30 s instead of 10 s at a million customers,
-- bench/README.md). The healthBelow filter and healthScore sort read the narrow standing table instead.

