package org.vipcare.demo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.vipcare.calendar.BusinessCalendar;
import org.vipcare.calendar.BusinessCalendars;
import org.vipcare.common.VipCareConfig;
import org.vipcare.complaint.BreachDetector;
import org.vipcare.complaint.ComplainantType;
import org.vipcare.complaint.Complaint;
import org.vipcare.complaint.ComplaintChannel;
import org.vipcare.complaint.ComplaintCreate;
import org.vipcare.complaint.ComplaintMoves;
import org.vipcare.complaint.ComplaintPurpose;
import org.vipcare.complaint.ComplaintService;
import org.vipcare.complaint.ComplaintSla;
import org.vipcare.customer.Customer;
import org.vipcare.followup.FollowUp;
import org.vipcare.followup.FollowUpAttemptCreate;
import org.vipcare.followup.FollowUpCreate;
import org.vipcare.followup.FollowUpOutcome;
import org.vipcare.followup.FollowUpPurpose;
import org.vipcare.followup.FollowUpService;
import org.vipcare.followup.FollowUpStatus;
import org.vipcare.retention.RetentionAttitude;
import org.vipcare.retention.RetentionCase;
import org.vipcare.retention.RetentionCreate;
import org.vipcare.retention.RetentionMethod;
import org.vipcare.retention.RetentionMoves;
import org.vipcare.retention.RetentionOffer;
import org.vipcare.retention.RetentionOutcome;
import org.vipcare.retention.RetentionService;
import org.vipcare.retention.RetentionType;
import org.vipcare.security.User;
import org.vipcare.tier.TierPolicies;
import org.vipcare.tier.TierPolicyDto;

/**
 * The working part of the demo book (API.md "Bootstrap and demo data"): complaints in every status (some overdue and
 * escalated), retention cases in every stage and outcome, and a follow-up queue. Everything goes through the same
 * services a request would use, acting as the demo agents, so that SLA clocks, events, history and follow-ups are
 * exactly those of real use. The services stamp every move with the clock's "now"; only the time a complaint was
 * received and first contacted lie in the past, which is what makes the clocks run.
 * <p>
 * Runs once, right after the book and its first tier evaluation, in one transaction: all of it or none.
 */
@ApplicationScoped
public class DemoCases {

    /** Same as CurrentUser.USER_ID_ATTRIBUTE (package-private in security): where a session identity keeps the id. */
    static final String USER_ID_ATTRIBUTE = "vipcare.user-id";
    static final long SEED = 20_260_520L;
    /** Tries to find a received time that puts a complaint's clocks where a scenario wants them. */
    private static final int TRIES = 400;

    /** What was made, for the log line. */
    public record Counts(int complaints, long escalated, int retentionCases, int manualFollowUps, long openFollowUps,
            long ms) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final VipCareConfig config;
    private final CurrentIdentityAssociation identity;
    private final ComplaintService complaints;
    private final FollowUpService followUps;
    private final RetentionService retention;
    private final BreachDetector breaches;
    private final BusinessCalendars calendars;
    private final TierPolicies policies;

    private Random random;
    private Instant now;
    private TierPolicyDto policy;
    private BusinessCalendar calendar;
    private User agent1;
    private User agent2;
    private User supervisor;

    public DemoCases(EntityManager em, Clock clock, VipCareConfig config, CurrentIdentityAssociation identity,
            ComplaintService complaints, FollowUpService followUps, RetentionService retention,
            BreachDetector breaches, BusinessCalendars calendars, TierPolicies policies) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.identity = identity;
        this.complaints = complaints;
        this.followUps = followUps;
        this.retention = retention;
        this.breaches = breaches;
        this.calendars = calendars;
        this.policies = policies;
    }

    /** Makes the cases; the request context carries the identity of the demo user acting at each step. */
    @ActivateRequestContext
    @Transactional
    public Counts load() {
        long started = System.nanoTime();
        random = new Random(SEED);
        now = clock.instant();
        policy = policies.current();
        calendar = null;
        agent1 = User.findByUsername("agent1").orElseThrow();
        agent2 = User.findByUsername("agent2").orElseThrow();
        supervisor = User.findByUsername("supervisor").orElseThrow();

        List<Customer> all = Customer.<Customer>list("erasedAt is null order by id");
        List<Customer> watch = new ArrayList<>(all.stream().filter(c -> c.watch).toList());
        List<Customer> others = new ArrayList<>(all.stream().filter(c -> !c.watch).toList());
        Collections.shuffle(watch, random);
        Collections.shuffle(others, random);
        Iterator<Customer> pool = others.iterator();
        Iterator<Customer> watchPool = watch.iterator();

        int complaintCount = complaints(pool);
        int caseCount = retentionCases(pool, watchPool);
        int manual = followUpQueue(pool);

        actAs(supervisor);
        breaches.scan(clock.instant());
        em.flush();
        long escalated = Complaint.count("escalated = true");
        long open = FollowUp.count("status", FollowUpStatus.OPEN);
        return new Counts(complaintCount, escalated, caseCount, manual, open,
                (System.nanoTime() - started) / 1_000_000);
    }

    // ------------------------------------------------------------------------------------------------ complaints

    /** One complaint scenario: where its clocks stand and how far it got. */
    private enum Plan {
        OVERDUE, FRESH, CONTACTED, CONTACTED_AMBER, PROGRESS_AMBER, PROGRESS, PROGRESS_LATE, RESOLVED,
        RESOLVED_LATE, RESOLVED_HANDED_OVER, CLOSED, CLOSED_LATE, REOPENED
    }

    private record Text(String category, String summary, String demand, ComplainantType type,
            ComplaintPurpose purpose) {
    }

    private static final List<Text> TEXTS = List.of(
            new Text("BILLING", "Charged twice for the March data package", "Refund of the second charge",
                    ComplainantType.PRAGMATIC, ComplaintPurpose.ECONOMIC),
            new Text("NETWORK", "No signal at home since the tower works on the ring road", "Fix the coverage",
                    ComplainantType.PERSISTENT, ComplaintPurpose.ECONOMIC),
            new Text("SERVICE_ATTITUDE", "Shop assistant was rude and refused to explain the contract",
                    "An apology from the shop", ComplainantType.VENTING, ComplaintPurpose.EMOTIONAL),
            new Text("REPAIR_QUALITY", "Phone repaired last week fails again, the screen flickers",
                    "Free second repair or a replacement", ComplainantType.PRAGMATIC, ComplaintPurpose.ECONOMIC),
            new Text("PARTS_UNAVAILABLE", "Battery for the repair still not in stock after three weeks",
                    "A loan phone until the part arrives", ComplainantType.PRAGMATIC, ComplaintPurpose.ECONOMIC),
            new Text("PRICING", "New tariff costs more than the one promised by the hotline",
                    "The promised price", ComplainantType.PERSISTENT, ComplaintPurpose.ECONOMIC),
            new Text("STAFF_ERROR", "Wrong SIM activated, the old number was cut for two days",
                    "Compensation for the days without service", ComplainantType.VENTING, ComplaintPurpose.ECONOMIC),
            new Text("PRODUCT_QUALITY", "Router from the VIP package overheats and restarts",
                    "Exchange the router", ComplainantType.HABITUAL, ComplaintPurpose.ECONOMIC),
            new Text("OTHER", "VIP lounge at the airport did not recognise the membership card",
                    "Someone to call back and explain", ComplainantType.HABITUAL, ComplaintPurpose.EMOTIONAL),
            new Text("BILLING", "Roaming charges on the bill although roaming was switched off",
                    "Cancel the roaming charges", ComplainantType.PRAGMATIC, ComplaintPurpose.ECONOMIC),
            new Text("NETWORK", "Calls drop in the office building every afternoon", null,
                    ComplainantType.HABITUAL, ComplaintPurpose.EMOTIONAL),
            new Text("SERVICE_ATTITUDE", "Hotline kept the customer waiting 40 minutes and hung up",
                    "A call from a manager", ComplainantType.VENTING, ComplaintPurpose.EMOTIONAL));

    private int complaints(Iterator<Customer> pool) {
        List<Plan> plans = new ArrayList<>();
        add(plans, Plan.OVERDUE, 5);
        add(plans, Plan.FRESH, 1);
        add(plans, Plan.CONTACTED, 2);
        add(plans, Plan.CONTACTED_AMBER, 2);
        add(plans, Plan.PROGRESS_AMBER, 2);
        add(plans, Plan.PROGRESS, 2);
        add(plans, Plan.PROGRESS_LATE, 1);
        add(plans, Plan.RESOLVED, 2);
        add(plans, Plan.RESOLVED_LATE, 1);
        add(plans, Plan.RESOLVED_HANDED_OVER, 1);
        add(plans, Plan.CLOSED, 2);
        add(plans, Plan.CLOSED_LATE, 3);
        add(plans, Plan.REOPENED, 1);
        ComplaintChannel[] channels = ComplaintChannel.values();
        int i = 0;
        for (Plan plan : plans) {
            Customer customer = pool.next();
            User owner = plan == Plan.RESOLVED_HANDED_OVER ? agent1 : managerOr(customer, i % 2 == 0 ? agent1 : agent2);
            Text text = TEXTS.get(i % TEXTS.size());
            complaint(plan, customer, owner, text, channels[random.nextInt(channels.length)]);
            i++;
        }
        return plans.size();
    }

    private void complaint(Plan plan, Customer customer, User owner, Text text, ComplaintChannel channel) {
        Clocks clocks = switch (plan) {
            case OVERDUE -> clocks(customer, minutes(3 * 60), minutes(12 * 24 * 60), c -> c.contactDue.isBefore(now));
            case FRESH -> clocks(customer, minutes(5), minutes(30), c -> c.contactWarn.isAfter(now));
            case CONTACTED, PROGRESS, RESOLVED, CLOSED -> clocks(customer, minutes(3 * 60), minutes(3 * 24 * 60),
                    c -> c.contactDue.isBefore(now) && c.feedbackWarn.isAfter(now.plus(Duration.ofHours(2))));
            case CONTACTED_AMBER, PROGRESS_AMBER -> clocks(customer, minutes(24 * 60), minutes(6 * 24 * 60),
                    c -> c.feedbackWarn.isBefore(now) && c.feedbackDue.isAfter(now.plus(Duration.ofHours(2))));
            case PROGRESS_LATE, RESOLVED_LATE, RESOLVED_HANDED_OVER -> clocks(customer, minutes(5 * 24 * 60),
                    minutes(20 * 24 * 60), c -> c.feedbackDue.isBefore(now));
            case CLOSED_LATE, REOPENED -> clocks(customer, minutes(10 * 24 * 60), minutes(60 * 24 * 60),
                    c -> c.feedbackDue.isBefore(now));
        };
        actAs(owner);
        // A complaint about staff names a colleague of the owner, so that the reports have someone to rank.
        boolean aboutStaff = text.category.equals("STAFF_ERROR") || text.category.equals("SERVICE_ATTITUDE");
        Complaint complaint = complaints.open(new ComplaintCreate(customer.id, clocks.receivedAt, channel,
                channel == ComplaintChannel.VISIT ? "VIP centre counter" : null, text.category, text.summary,
                text.demand, text.type, text.purpose, null,
                aboutStaff ? (owner == agent1 ? agent2 : agent1).id : null), "");
        if (plan == Plan.OVERDUE || plan == Plan.FRESH) {
            return;
        }
        boolean late = plan == Plan.PROGRESS_LATE || plan == Plan.RESOLVED_LATE || plan == Plan.CLOSED_LATE;
        Instant contactedAt = late ? min(complaint.contactDueAt.plus(Duration.ofHours(3)), now)
                : complaint.receivedAt.plus(Duration.between(complaint.receivedAt, complaint.contactDueAt)
                        .multipliedBy(2).dividedBy(5));
        complaints.contact(complaint.id, new ComplaintMoves.Contact(contactedAt,
                "Called the customer, apologised and noted the details"));
        if (plan == Plan.CONTACTED || plan == Plan.CONTACTED_AMBER) {
            return;
        }
        complaints.progress(complaint.id, new ComplaintMoves.Progress(
                "Asked the responsible team for a root cause and a fix", false));
        if (plan != Plan.PROGRESS_AMBER) {
            complaints.progress(complaint.id, new ComplaintMoves.Progress(
                    "Told the customer what we found and when the fix comes", true));
        }
        if (plan == Plan.PROGRESS_AMBER || plan == Plan.PROGRESS || plan == Plan.PROGRESS_LATE) {
            return;
        }
        boolean economic = text.purpose == ComplaintPurpose.ECONOMIC;
        complaints.resolve(complaint.id, new ComplaintMoves.Resolve(
                economic ? "Cause fixed and the amount credited to the next bill" : "Apologised in person; the "
                        + "team was briefed", economic ? "Credit of " + (50 + 10 * random.nextInt(15)) + " on the "
                                + "next bill" : null));
        if (plan == Plan.RESOLVED_HANDED_OVER) {
            complaints.handOver(complaint.id, new ComplaintMoves.Handover(agent2.id,
                    "Customer moved to Shanghai; the Shanghai centre makes the verification call"), "demo book");
            return;
        }
        if (plan == Plan.RESOLVED || plan == Plan.RESOLVED_LATE) {
            return;
        }
        FollowUp verification = FollowUp.openVerification(complaint.id).orElseThrow();
        // Reopened after closing: the customer was content at the verification call (a satisfaction of 2 or less
        // would have sent the complaint back to work instead of letting it close).
        int satisfaction = plan == Plan.REOPENED ? 3 : 3 + random.nextInt(3);
        followUps.attempt(verification.id, new FollowUpAttemptCreate(FollowUpOutcome.REACHED, satisfaction,
                "The resolution holds", null, null, null, null, false, null, 5 + random.nextInt(10)));
        complaints.close(complaint.id);
        if (plan == Plan.REOPENED) {
            complaints.reopen(complaint.id, new ComplaintMoves.Reopen(
                    "Customer called again: the same problem came back two days after the fix"));
        }
    }

    /** Where a complaint's clocks stand if it was received at {@code receivedAt}. */
    private record Clocks(Instant receivedAt, Instant contactWarn, Instant contactDue, Instant feedbackWarn,
            Instant feedbackDue) {
    }

    /**
     * A received time between {@code least} and {@code most} ago that satisfies {@code wanted}, computed with the
     * service's own SLA rules for this customer; the last try if none does (a changed policy or calendar).
     */
    private Clocks clocks(Customer customer, Duration least, Duration most, Predicate<Clocks> wanted) {
        BigDecimal multiplier = ComplaintSla.multiplier(policy, customer.tier, customer.watch);
        VipCareConfig.Complaints sla = config.complaints();
        Clocks clocks = null;
        for (int i = 0; i < TRIES; i++) {
            long seconds = least.getSeconds() + (long) (random.nextDouble() * (most.getSeconds() - least.getSeconds()));
            Instant receivedAt = now.minusSeconds(seconds);
            ComplaintSla.Deadline contact = ComplaintSla.deadline(receivedAt, ComplaintSla.CONTACT, multiplier,
                    sla.contactSlaTime().orElse(sla.slaTime()), this::calendar);
            ComplaintSla.Deadline feedback = ComplaintSla.deadline(receivedAt, ComplaintSla.FEEDBACK, multiplier,
                    sla.feedbackSlaTime().orElse(sla.slaTime()), this::calendar);
            clocks = new Clocks(receivedAt, contact.warnAt(), contact.dueAt(), feedback.warnAt(), feedback.dueAt());
            if (wanted.test(clocks)) {
                return clocks;
            }
        }
        return clocks;
    }

    private BusinessCalendar calendar() {
        if (calendar == null) {
            calendar = calendars.current();
        }
        return calendar;
    }

    // ------------------------------------------------------------------------------------------ retention cases

    private enum Stage {
        TRUST, PROBING, PROPOSING, AGREEING, RETAINED, PARTIAL, LOST
    }

    private record CasePlan(Stage stage, boolean fromWatch, RetentionType type, String service, String stated,
            String real, String detail, boolean fixable, RetentionAttitude attitude, int severity, int cost) {
    }

    private static final List<CasePlan> CASES = List.of(
            new CasePlan(Stage.TRUST, false, RetentionType.SERVICE, "International roaming package", "TARIFF", null,
                    null, true, null, 0, 0),
            new CasePlan(Stage.TRUST, true, RetentionType.NETWORK, null, null, null, null, true, null, 0, 0),
            new CasePlan(Stage.PROBING, false, RetentionType.NETWORK, null, "Too expensive", "NETWORK",
                    "Says the price; really the dead zone at home since the tower works", true,
                    RetentionAttitude.HOSTILE, 4, 3),
            new CasePlan(Stage.PROBING, true, RetentionType.NETWORK, null, null, "COMPETITOR",
                    "A competitor offered two free months and a new phone", true, RetentionAttitude.NUMB, 3, 2),
            new CasePlan(Stage.PROPOSING, false, RetentionType.SERVICE, "Family data sharing", "TARIFF", "TARIFF",
                    "Pays for more data than the family uses", true, RetentionAttitude.COOPERATIVE, 2, 3),
            new CasePlan(Stage.PROPOSING, true, RetentionType.NETWORK, null, null, "COMPLAINT_MISHANDLED",
                    "The billing complaint last month was closed without a refund", true, RetentionAttitude.HOSTILE,
                    4, 2),
            new CasePlan(Stage.AGREEING, false, RetentionType.NETWORK, null, "COMPETITOR", "SERVICE_ERROR",
                    "Wrong SIM activation cut the number for two days", true, RetentionAttitude.COOPERATIVE, 3, 4),
            new CasePlan(Stage.AGREEING, true, RetentionType.NETWORK, null, null, "FEATURE",
                    "Misses the multi-device number on the current plan", true, RetentionAttitude.NUMB, 2, 3),
            new CasePlan(Stage.RETAINED, false, RetentionType.NETWORK, null, "COMPETITOR", "TARIFF",
                    "Compared prices with the competitor; stays for a cheaper plan", true,
                    RetentionAttitude.COOPERATIVE, 2, 4),
            new CasePlan(Stage.PARTIAL, false, RetentionType.SERVICE, "Broadband and TV bundle", "FEATURE", "TARIFF",
                    "Watches no TV; keeps the broadband, drops the TV", true, RetentionAttitude.NUMB, 3, 3),
            new CasePlan(Stage.LOST, true, RetentionType.NETWORK, null, null, "CUSTOMER_CIRCUMSTANCES",
                    "Moves abroad for work next month", false, RetentionAttitude.COOPERATIVE, 5, 1),
            new CasePlan(Stage.LOST, false, RetentionType.NETWORK, null, "Moving house", "ARREARS",
                    "Company stopped paying the business line", false, RetentionAttitude.HOSTILE, 4, 1));

    private int retentionCases(Iterator<Customer> pool, Iterator<Customer> watchPool) {
        int i = 0;
        for (CasePlan plan : CASES) {
            boolean fromWatch = plan.fromWatch && watchPool.hasNext();
            Customer customer = fromWatch ? watchPool.next() : pool.next();
            actAs(managerOr(customer, i % 2 == 0 ? agent1 : agent2));
            RetentionCase c = fromWatch ? retention.openFromWatch(customer.id)
                    : retention.open(new RetentionCreate(customer.id, plan.type, plan.service, plan.stated,
                            i % 3 == 0 ? "SHOP" : "PHONE"));
            i++;
            if (plan.stage == Stage.TRUST) {
                continue;
            }
            retention.probe(c.id, new RetentionMoves.Probe(plan.real, plan.detail, plan.fixable, plan.attitude,
                    plan.severity, plan.cost));
            if (plan.stage == Stage.PROBING || plan.stage == Stage.LOST) {
                if (plan.stage == Stage.LOST) {
                    retention.close(c.id, new RetentionMoves.Close(RetentionOutcome.LOST,
                            "Nothing we offer changes the reason; thanked the customer"));
                }
                continue;
            }
            RetentionOffer first = retention.offer(c.id, new RetentionMoves.Offer(RetentionMethod.TARIFF_CHANGE,
                    "Switch to the VIP 128 plan with the same data", new BigDecimal("30.00")));
            if (plan.stage == Stage.PROPOSING && i % 2 == 1) {
                continue;
            }
            RetentionOffer second = retention.offer(c.id, new RetentionMoves.Offer(
                    i % 2 == 0 ? RetentionMethod.COMPENSATION : RetentionMethod.PROMOTION,
                    i % 2 == 0 ? "Three months of free VIP lounge access" : "Loyalty promotion: 20 % off for a year",
                    new BigDecimal(i % 2 == 0 ? "45.00" : "25.60")));
            if (plan.stage == Stage.PROPOSING) {
                continue;
            }
            RetentionOffer agreed = random.nextBoolean() ? first : second;
            retention.agree(c.id, new RetentionMoves.Agreement(agreed.id, agreed.kind));
            if (plan.stage == Stage.RETAINED || plan.stage == Stage.PARTIAL) {
                retention.close(c.id, new RetentionMoves.Close(plan.stage == Stage.RETAINED ? RetentionOutcome.RETAINED
                        : RetentionOutcome.PARTIAL, "Customer accepted the offer"));
            }
        }
        return CASES.size();
    }

    // ----------------------------------------------------------------------------------------- follow-up queue

    private int followUpQueue(Iterator<Customer> pool) {
        ZoneId zone = config.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant laterToday = max(today.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant(),
                now.plus(Duration.ofMinutes(30)));
        Instant tomorrow = today.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
        Instant yesterday = today.minusDays(1).atTime(LocalTime.of(15, 0)).atZone(zone).toInstant();
        Instant threeDaysAgo = today.minusDays(3).atTime(LocalTime.of(11, 0)).atZone(zone).toInstant();

        manual(pool.next(), agent1, FollowUpPurpose.SATISFACTION, laterToday, "Quarterly satisfaction call", 0);
        manual(pool.next(), agent2, FollowUpPurpose.SATISFACTION, threeDaysAgo, "Satisfaction after the plan change",
                0);
        manual(pool.next(), agent1, FollowUpPurpose.BILL_ANALYSIS, tomorrow,
                "Walk the customer through the new itemised bill", 0);
        manual(pool.next(), agent2, FollowUpPurpose.BILL_ANALYSIS, yesterday,
                "Data usage doubled last month; explain and suggest a plan", 1);
        manual(pool.next(), agent2, FollowUpPurpose.ACTIVITY_INVITE, tomorrow,
                "Invite to the VIP spring tea event", 0);
        manual(pool.next(), agent1, FollowUpPurpose.ACTIVITY_INVITE, yesterday,
                "Invite to the new-phone preview evening", 2);
        manual(pool.next(), agent1, FollowUpPurpose.ACTIVITY_INVITE, threeDaysAgo,
                "Invite to the family day at the VIP centre", 0);
        FollowUp withSuggestion = manual(pool.next(), agent1, FollowUpPurpose.SATISFACTION, yesterday,
                "Satisfaction call after the repair", 0);
        followUps.attempt(withSuggestion.id, new FollowUpAttemptCreate(FollowUpOutcome.REACHED, 4,
                "Happy with the repair, less with the waiting time", "Offer evening appointments at the VIP centre",
                null, null, null, false, null, 12));
        return 8;
    }

    private FollowUp manual(Customer customer, User assignee, FollowUpPurpose purpose, Instant dueAt, String note,
            int missedCalls) {
        // The supervisor plans calls for anyone's customers (an agent only for its own), then the assignee makes them.
        actAs(supervisor);
        FollowUp task = followUps.create(new FollowUpCreate(customer.id, purpose, dueAt, assignee.id, note));
        actAs(assignee);
        for (int i = 0; i < missedCalls; i++) {
            followUps.attempt(task.id, new FollowUpAttemptCreate(i == 0 ? FollowUpOutcome.NO_ANSWER
                    : FollowUpOutcome.BUSY, null, null, null, null, null, null, false, null, null));
        }
        return task;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** From here on the services see {@code user} as the caller, as if signed in to the console. */
    private void actAs(User user) {
        identity.setIdentity(identityOf(user));
    }

    /** As ConsoleIdentityProvider.identityOf: a console session's identity. */
    static SecurityIdentity identityOf(User user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username)).addAttribute(USER_ID_ATTRIBUTE, user.id);
        user.roles.forEach(role -> builder.addRole(role.name()));
        return builder.build();
    }

    /** The customer's manager when one of the demo agents, else {@code fallback}. */
    private User managerOr(Customer customer, User fallback) {
        UUID manager = customer.managerId;
        return agent1.id.equals(manager) ? agent1 : agent2.id.equals(manager) ? agent2 : fallback;
    }

    private static <T> void add(List<T> list, T item, int times) {
        for (int i = 0; i < times; i++) {
            list.add(item);
        }
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
