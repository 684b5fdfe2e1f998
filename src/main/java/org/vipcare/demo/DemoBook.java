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
        Log.infof("Demo book loaded in %d ms: %d users, %d customers, %d consumption records",
                (System.nanoTime() - started) / 1_000_000, book.users().size(), book.customers().size(),
                book.records().size());
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
