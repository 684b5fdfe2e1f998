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
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.vipcare.common.VipCareConfig;
import org.vipcare.customer.Customer;
import org.vipcare.security.Passwords;
import org.vipcare.security.User;
import org.vipcare.tier.TierEvaluationDto;
import org.vipcare.tier.TierEvaluations;

/**
 * Loads the demo book (API.md "Bootstrap and demo data") on the first start of a dev or demo installation: its
 * people, ~200 customers and a year of their consumption, in one transaction.
 * <p>
 * The derived fields (tier, watch, value class, loyalty type) come from a first tier evaluation right after the
 * load, exactly as for real data; it also gives the new GOLD and DIAMOND customers their welcome calls.
 */
@ApplicationScoped
public class DemoBook {

    private static final String TIER_HISTORY = """
            insert into tier_history (id, customer_id, from_tier, to_tier, reason, policy_version, changed_at, cause)
            select cast(md5('demo book ' || id) as uuid), id, null, 'ORDINARY', 'new customer', null, created_at,
                   'NEW_CUSTOMER'
              from customer
             where erased_at is null
            """;

    private static final String INSERT_RECORDS = """
            insert into consumption_record (id, customer_id, occurred_at, amount, kind, external_id, created_at)
            select cast(id as uuid), cast(customer_id as uuid), cast(occurred_at as timestamptz),
                   cast(amount as numeric), kind, external_id, cast(occurred_at as timestamptz)
              from unnest(?, ?, ?, ?, ?, ?) as r(id, customer_id, occurred_at, amount, kind, external_id)
            """;

    /**
     * Three people in every enterprise account (its decision maker, the buyer who is also the liaison, a user), each
     * added on the day the customer was; names, phones and birthdays drawn from the customer's id.
     */
    private static final String CONTACTS = """
            insert into customer_contact (id, customer_id, name, title, mobile, buying_role, liaison, birthday,
                                          created_at, updated_at)
            select cast(md5('demo contact ' || c.id || r.n) as uuid), c.id,
                   (array['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'])
                          [1 + (hashtext(c.id || 's' || r.n) & 2147483647) % 10]
                       || (array['建国', '丽华', '志强', '秀英', '海涛', '晓燕', '国栋', '文静', '立新', '春梅'])
                          [1 + (hashtext(c.id || 'g' || r.n) & 2147483647) % 10],
                   r.title,
                   '139' || lpad(cast((hashtext(c.id || 'm' || r.n) & 2147483647) % 100000000 as text), 8, '0'),
                   r.role, r.n = 2, date '1965-01-01' + (hashtext(c.id || 'b' || r.n) & 2147483647) % 10000,
                   c.created_at, c.created_at
              from customer c
             cross join (values (1, 'DECISION_MAKER', '总经理'), (2, 'BUYER', '采购经理'), (3, 'USER', '行政主管'))
                        as r(n, role, title)
             where c.type = 'ENTERPRISE'
            """;

    private static final String CONTACT_EVENTS = """
            insert into customer_contact_event (id, customer_id, contact_id, kind, name, buying_role, at)
            select cast(md5('demo contact event ' || k.id) as uuid), k.customer_id, k.id, 'ADDED', k.name,
                   k.buying_role, k.created_at
              from customer_contact k
            """;

    /**
     * Each managed enterprise account was visited by its manager three to eight weeks ago; class A and B accounts
     * have the next visit planned within ten days, with the reference checklist in Chinese.
     */
    private static final String VISITS = """
            insert into visit (id, customer_id, manager_id, planned_at, purpose, checklist, status, visited_at,
                               duration_minutes, summary, next_steps, created_at, updated_at)
            select cast(md5('demo visit done ' || c.id) as uuid), c.id, c.manager_id, v.at, '季度业务回顾',
                   '[]', 'DONE', v.at, 60 + 30 * ((hashtext(cast(c.id as text)) & 2147483647) % 3),
                   '与决策者回顾了本季度用量和账单，客户对响应速度满意，提出希望优化月底对账流程。',
                   '两周内提交对账流程优化方案；下次拜访带上新套餐对比。', v.at, v.at
              from customer c
             cross join lateral (select cast(:now as timestamptz)
                                        - make_interval(days => 21 + (hashtext(c.id || 'v') & 2147483647) % 35)
                                        as at) v
             where c.type = 'ENTERPRISE' and c.manager_id is not null
            union all
            select cast(md5('demo visit planned ' || c.id) as uuid), c.id, c.manager_id,
                   date_trunc('hour', cast(:now as timestamptz))
                       + make_interval(days => 1 + (hashtext(c.id || 'p') & 2147483647) % 10),
                   '介绍新的集团套餐',
                   (select jsonb_agg(jsonb_build_object('key', i ->> 'key', 'item', i ->> 'zh', 'done', false))
                      from visit_checklist, jsonb_array_elements(items) i),
                   'PLANNED', null, null, null, null, cast(:now as timestamptz), cast(:now as timestamptz)
              from customer c
             where c.type = 'ENTERPRISE' and c.manager_id is not null and c.enterprise_class in ('A', 'B')
            """;

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;
    private final TierEvaluations evaluations;
    private final DemoCases cases;

    public DemoBook(EntityManager em, Clock clock, VipCareConfig config, TierEvaluations evaluations,
            DemoCases cases) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.evaluations = evaluations;
        this.cases = cases;
    }

    void onStart(@Observes @Priority(20) StartupEvent start) {
        if (config.demoBook() && load()) {
            TierEvaluationDto evaluation = evaluations.runNow("demo book");
            Log.infof("Demo book evaluated: %s, %s upgraded, %s on watch", evaluation.status(),
                    evaluation.upgraded(), evaluation.watchFlagged());
            loadCases();
        }
    }

    /**
     * The complaints, retention cases and follow-ups, made through the services as the demo agents. The book is
     * already committed, so a failure here leaves a book without cases (all of them or none) and is not retried on
     * the next start; it is logged rather than stopping the application.
     */
    private void loadCases() {
        try {
            DemoCases.Counts made = cases.load();
            Log.infof("Demo cases loaded in %d ms: %d complaints (%d escalated), %d retention cases, "
                    + "%d manual follow-ups, %d open follow-ups in the queue", made.ms(), made.complaints(),
                    made.escalated(), made.retentionCases(), made.manualFollowUps(), made.openFollowUps());
        } catch (RuntimeException e) {
            Log.error("Demo cases not loaded; the demo book has customers but no complaints, retention cases or "
                    + "manual follow-ups", e);
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

        em.createNativeQuery(TIER_HISTORY).executeUpdate();
        int contacts = em.createNativeQuery(CONTACTS).executeUpdate();
        em.createNativeQuery(CONTACT_EVENTS).executeUpdate();
        int visits = em.createNativeQuery(VISITS).setParameter("now", now).executeUpdate();
        Log.infof("Demo book loaded in %d ms: %d users, %d customers, %d consumption records, %d contacts, %d visits",
                (System.nanoTime() - started) / 1_000_000, book.users().size(), book.customers().size(),
                book.records().size(), contacts, visits);
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
