package org.vipcare.followup;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.vipcare.common.BusinessTime;
import org.vipcare.common.JobRuns;
import org.vipcare.common.VipCareConfig;
import org.vipcare.tier.Tier;

/**
 * Birthday and tenure-anniversary calls (SPEC 5, SPECIAL_DATE) for GOLD and DIAMOND customers, made daily a few
 * days ahead ({@code vipcare.follow-ups.special-dates-lead-days}) and assigned to the customer's manager, due on the
 * day at the start of the customer's contact window (09:00 when none), or on the next working day when the
 * business calendar closes the day ({@link CallTimes}). A customer born on 29 February is
 * celebrated on the 28th in other years. Idempotent: the unique key (customer, day, reason) keeps a second run, on
 * this replica or another, from making a task twice (for a contact's birthday, the unique index per contact and
 * year); a replica that finds another running skips the round, and one
 * that finds the cron tick run already (every replica fires at the same tick) skips it rather than run it again.
 */
@ApplicationScoped
public class SpecialDates {

    static final long LOCK_KEY = 0x7370656364L;

    /** The customers celebrating on :day, by the day and reason they celebrate. */
    private static final String CELEBRATING = """
              from customer c
            %s
              join customer_standing s on s.customer_id = c.id
             cross join lateral (values
                   ('BIRTHDAY', c.birthday, 'Birthday on ' || :dayText || ': call with our wishes (生日关怀)'),
                   ('ANNIVERSARY', c.joined_at, (:year - extract(year from c.joined_at)) || ' years with us on '
                       || :dayText || ': call to thank the customer (入网周年关怀)')
                   ) as occasion (reason, since, note)
             where c.erased_at is null
               and s.tier in (:tiers)
               and extract(month from occasion.since) = :month
               and extract(day from occasion.since) in (:days)
               and extract(year from occasion.since) < :year
            """;

    private static final String WINDOWS = "select distinct c.contact_from, c.contact_to" + CELEBRATING.formatted("");

    /** Takes the due time per contact window as {@code w} ({@link CallTimes#dueByWindow}). */
    private static final String CREATE = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts, max_attempts,
                                   special_date, special_reason, brief, created_at, updated_at, version)
            select gen_random_uuid(), c.id, 'SPECIAL_DATE', w.due_at,
                   c.manager_id, 'OPEN', occasion.note, 0, :maxTries, :day, occasion.reason, occasion.reason, :now,
                   :now, 0
            """ + CELEBRATING + """
               and c.contact_from is not distinct from w.contact_from and c.contact_to is not distinct from w.contact_to
            on conflict on constraint follow_up_special_date_once do nothing
            """;

    /**
     * The contacts of enterprise customers celebrating their birthday on :day (issue 15, org.vipcare.contact): a call
     * for the customer, as for the customer's own birthday, naming the contact. No special reason, so that it stands
     * beside the customer's own calls of the day; the unique index keeps it to one per contact and year.
     */
    private static final String CONTACTS_CELEBRATING = """
              from customer_contact k
              join customer c on c.id = k.customer_id
            %s
              join customer_standing s on s.customer_id = c.id
             cross join lateral (values ('Birthday of contact ' || k.name || ' on ' || :dayText
                   || ': call with our wishes (联系人生日关怀)')) as occasion (note)
             where c.erased_at is null
               and c.type = 'ENTERPRISE'
               and s.tier in (:tiers)
               and extract(month from k.birthday) = :month
               and extract(day from k.birthday) in (:days)
               and extract(year from k.birthday) < :year
            """;

    private static final String CONTACT_WINDOWS = "select distinct c.contact_from, c.contact_to"
            + CONTACTS_CELEBRATING.formatted("");

    private static final String CREATE_FOR_CONTACTS = """
            insert into follow_up (id, customer_id, purpose, due_at, assignee_id, status, note, attempts, max_attempts,
                                   special_date, brief, contact_id, created_at, updated_at, version)
            select gen_random_uuid(), c.id, 'SPECIAL_DATE', w.due_at,
                   c.manager_id, 'OPEN', occasion.note, 0, :maxTries, :day, 'CONTACT_BIRTHDAY', k.id, :now, :now, 0
            """ + CONTACTS_CELEBRATING + """
               and c.contact_from is not distinct from w.contact_from and c.contact_to is not distinct from w.contact_to
            on conflict (contact_id, (extract(year from special_date))) where contact_id is not null do nothing
            """;

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;
    private final BusinessTime time;
    private final JobRuns runs;
    private final CallTimes callTimes;

    public SpecialDates(EntityManager em, Clock clock, VipCareConfig config, BusinessTime time, JobRuns runs,
            CallTimes callTimes) {
        this.callTimes = callTimes;
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.time = time;
        this.runs = runs;
    }

    @Scheduled(cron = "{vipcare.follow-ups.special-dates-cron}", timeZone = "{vipcare.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runs.record("special-dates", createForTick(time.today(), execution.getScheduledFireTime()) >= 0);
    }

    /** The scheduler's run for the cron tick at {@code tick}; -1 when another replica runs or ran that tick. */
    @Transactional
    int createForTick(LocalDate today, Instant tick) {
        return runs.forTick("special-dates", LOCK_KEY, tick, () -> create(today));
    }

    /**
     * Makes the tasks for the birthdays and anniversaries {@code lead-days} after {@code today}; returns how many
     * were new, or -1 when another replica is making them right now.
     */
    @Transactional
    public int createFor(LocalDate today) {
        return runs.unlessRunning(LOCK_KEY, () -> create(today));
    }

    private Query bind(Query query, LocalDate day, List<Integer> days) {
        return query.setParameter("dayText", day.toString())
                .setParameter("year", day.getYear())
                .setParameter("month", day.getMonthValue())
                .setParameter("days", days)
                .setParameter("tiers", Arrays.stream(Tier.values()).filter(Tier::isHigh).map(Enum::name).toList());
    }


    private int create(LocalDate today) {
        LocalDate day = today.plusDays(config.followUps().specialDatesLeadDays());
        List<Integer> days = day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()
                ? List.of(28, 29) : List.of(day.getDayOfMonth());
        int created = create(WINDOWS, CREATE, day, days) + create(CONTACT_WINDOWS, CREATE_FOR_CONTACTS, day, days);
        if (created > 0) {
            Log.infof("Made %d SPECIAL_DATE follow-up(s) for %s", created, day);
        }
        return created;
    }

    @SuppressWarnings("unchecked")
    private int create(String windowsSql, String createSql, LocalDate day, List<Integer> days) {
        List<Object[]> windows = bind(em.createNativeQuery(windowsSql), day, days).getResultList();
        if (windows.isEmpty()) {
            return 0;
        }
        // Due on the day at the start of the customer's window; a day off moves it to the next working day.
        String dueByWindow = callTimes.dueByWindow(windows, time.startOf(day));
        return bind(em.createNativeQuery(createSql.formatted("cross join " + dueByWindow)), day, days)
                .setParameter("day", day)
                .setParameter("now", clock.instant())
                .setParameter("maxTries", callTimes.maxTries())
                .executeUpdate();
    }
}
