package org.vipcare.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.Customer;
import org.vipcare.security.Passwords;
import org.vipcare.security.User;

/**
 * Loads the demo book (API.md "Bootstrap and demo data") on the first start of a dev or demo installation: its
 * people, ~200 customers and a year of their consumption, in one transaction.
 * <p>
 * The demo book computes the derived fields (tier, watch, value class, loyalty type) once, from the records it
 * has just written, with the default policy of SPEC 2.1-2.3; the tier engine will own them from then on.
 */
@ApplicationScoped
public class DemoBook {

    /**
     * Per live customer over the window: spend, visits, visits in the last 90 days and whole months of tenure
     * (as {@code LocalDate.until(today, MONTHS)} counts them); and the population's average spend and visits,
     * customers without records counting as 0.
     */
    private static final String STATS = """
            with stats as (
                select c.id,
                       coalesce(sum(r.amount) filter (where r.kind in ('SPEND', 'BOTH')), 0) as spend,
                       count(r.id) filter (where r.kind in ('VISIT', 'BOTH')) as visits,
                       count(r.id) filter (where r.kind in ('VISIT', 'BOTH') and r.occurred_at > :recentStart)
                           as recent_visits,
                       12 * (extract(year from cast(:today as date)) - extract(year from c.joined_at))
                           + extract(month from cast(:today as date)) - extract(month from c.joined_at)
                           - case when extract(day from cast(:today as date)) < extract(day from c.joined_at)
                                  then 1 else 0 end as tenure_months
                  from customer c
                  left join consumption_record r
                         on r.customer_id = c.id and r.occurred_at > :windowStart and r.occurred_at <= :now
                 where c.erased_at is null
                 group by c.id),
            population as (
                select avg(spend) as spend, avg(visits) as visits,
                       percentile_cont(0.5) within group (order by tenure_months) as tenure_months,
                       cast(:windowDays as numeric) as window_days
                  from stats)
            """;

    /** SPEC 2.1 with the default policy: checked from DIAMOND down; WATCH for SILVER or better whose visits dropped. */
    private static final String TIER_AND_WATCH = STATS + """
            update customer c
               set tier = t.tier,
                   watch = t.tier <> 'ORDINARY' and t.recent_visits < 0.5 * t.visits * 90 / t.window_days
              from (select s.id, s.visits, s.recent_visits, p.window_days,
                           case when s.spend >= 2 * p.spend and s.visits >= 2 * p.visits then 'DIAMOND'
                                when s.spend >= 1 * p.spend and s.visits >= 1 * p.visits then 'GOLD'
                                when s.visits >= 1 * p.visits then 'SILVER'
                                else 'ORDINARY' end as tier
                      from stats s cross join population p) t
             where c.id = t.id
            """;

    /** SPEC 2.2: rank r of N by window spend, ties by id; A to r/N = 0.2, B to 0.5, C to 0.8, then D. */
    private static final String VALUE_CLASS = STATS + """
            update customer c
               set value_class = case when k.r <= 0.2 * k.n then 'A'
                                      when k.r <= 0.5 * k.n then 'B'
                                      when k.r <= 0.8 * k.n then 'C'
                                      else 'D' end
              from (select id, row_number() over (order by spend desc, id) as r, count(*) over () as n
                      from stats) k
             where c.id = k.id
            """;

    /** SPEC 2.3: frequency against the average window visits, dependence against the median tenure. */
    private static final String LOYALTY_TYPE = STATS + """
            update customer c
               set loyalty_type = case when s.visits >= p.visits and s.tenure_months >= p.tenure_months then 'HIGH'
                                       when s.tenure_months >= p.tenure_months then 'LATENT'
                                       when s.visits >= p.visits then 'INERTIAL'
                                       else 'ZERO' end
              from stats s cross join population p
             where c.id = s.id
            """;

    /** Every customer's first tier-history row, at the customer's creation. */
    private static final String TIER_HISTORY = """
            insert into tier_history (id, customer_id, from_tier, to_tier, reason, policy_version, changed_at)
            select cast(md5('demo book ' || id) as uuid), id, null, tier, 'demo book', null, created_at
              from customer
             where erased_at is null
            """;

    private static final String INSERT_RECORDS = """
            insert into consumption_record (id, customer_id, occurred_at, amount, kind, external_id, created_at)
            select cast(id as uuid), cast(customer_id as uuid), cast(occurred_at as timestamptz),
                   cast(amount as numeric), kind, external_id, cast(occurred_at as timestamptz)
              from unnest(?, ?, ?, ?, ?, ?) as r(id, customer_id, occurred_at, amount, kind, external_id)
            """;

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;

    public DemoBook(EntityManager em, Clock clock, VipCareConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    void onStart(@Observes @Priority(20) StartupEvent start) {
        if (config.demoBook()) {
            load();
        }
    }

    /**
     * Loads the book into a database without users, in one transaction; returns false and changes nothing when
     * someone already has an account (or customers exist, which would leave their records without owners).
     */
    @Transactional
    public boolean load() {
        long started = System.nanoTime();
        // A second instance starting on the same empty database waits here, then finds the users.
        em.createNativeQuery("lock table app_user in share row exclusive mode").executeUpdate();
        if (count("select count(*) from app_user") > 0) {
            return false;
        }
        if (count("select count(*) from customer") > 0) {
            Log.warn("Demo book not loaded: the user table is empty but customers exist");
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        DemoBookGenerator.Book book = new DemoBookGenerator(now, config.zone()).generate();

        for (User user : book.users()) {
            user.passwordHash = Passwords.hash(user.username); // demo users sign in with their name as password
            user.stampNew(now);
            user.persist();
        }
        for (Customer customer : book.customers()) {
            customer.persist();
        }
        em.flush();
        em.clear();
        em.unwrap(Session.class).doWork(connection -> insertRecords(connection, book.records()));

        for (String sql : List.of(TIER_AND_WATCH, VALUE_CLASS, LOYALTY_TYPE)) {
            em.createNativeQuery(sql).setParameter("today", today).setParameter("now", now)
                    .setParameter("windowStart", now.minus(Duration.ofDays(DemoBookGenerator.WINDOW_DAYS)))
                    .setParameter("recentStart", now.minus(Duration.ofDays(DemoBookGenerator.RECENT_DAYS)))
                    .setParameter("windowDays", DemoBookGenerator.WINDOW_DAYS).executeUpdate();
        }
        em.createNativeQuery(TIER_HISTORY).executeUpdate();

        Object[] tiers = (Object[]) em.createNativeQuery("""
                select count(*) filter (where tier = 'DIAMOND'), count(*) filter (where tier = 'GOLD'),
                       count(*) filter (where tier = 'SILVER'), count(*) filter (where tier = 'ORDINARY'),
                       count(*) filter (where watch)
                  from customer""").getSingleResult();
        Log.infof("Demo book loaded in %d ms: %d users, %d customers (DIAMOND %s, GOLD %s, SILVER %s, "
                + "ORDINARY %s; %s on watch), %d consumption records",
                (System.nanoTime() - started) / 1_000_000, book.users().size(), book.customers().size(), tiers[0],
                tiers[1], tiers[2], tiers[3], tiers[4], book.records().size());
        return true;
    }

    /** All records in one statement, as parallel arrays. */
    private static void insertRecords(Connection connection, List<DemoBookGenerator.DemoRecord> records)
            throws SQLException {
        int n = records.size();
        String[][] columns = new String[6][n];
        for (int i = 0; i < n; i++) {
            DemoBookGenerator.DemoRecord r = records.get(i);
            columns[0][i] = r.id().toString();
            columns[1][i] = r.customerId().toString();
            columns[2][i] = r.occurredAt().toString();
            columns[3][i] = r.amount().toPlainString();
            columns[4][i] = r.kind().name();
            columns[5][i] = r.externalId();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORDS)) {
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            insert.executeUpdate();
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
