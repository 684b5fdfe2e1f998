package org.vipcare.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Every setting of VIP Care's own, under {@code vipcare.}; see docs/configuration.md. */
@ConfigMapping(prefix = "vipcare")
public interface VipCareConfig {

    /**
     * The business zone: the zone of every plain date (join dates, report days, date filters), of "today", of the
     * crons, and in which times are shown when a user has none. Read it through {@link BusinessTime}.
     */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** How long an API access token lives. */
    @WithDefault("PT30M")
    Duration tokenLifetime();

    /** How long an API refresh token lives; each refresh issues a new one for this long again. */
    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** How long a POST's Idempotency-Key is remembered. */
    @WithDefault("PT24H")
    Duration idempotencyRetention();

    /** Password of the first {@code admin}, used only when the user table is empty. */
    Optional<String> adminPassword();

    /** Loads the demo book on an empty database (dev and demo profiles). */
    @WithDefault("false")
    boolean demoBook();

    /**
     * Marks every cookie {@code Secure}, also on plain-HTTP requests: for production behind a TLS-terminating ingress,
     * where the service may not learn that the browser spoke HTTPS. Over HTTPS cookies are always {@code Secure}.
     */
    @WithDefault("true")
    boolean secureCookies();

    LoginThrottle loginThrottle();

    Console console();

    Tiers tiers();

    Complaints complaints();

    FollowUps followUps();

    Http http();

    Jwt jwt();

    interface Jwt {
        /**
         * Whether a missing token key pair is generated at start (dev, test, demo). Off in production, which then
         * refuses to start: a generated pair dies with the process and differs on every replica.
         */
        @WithDefault("false")
        boolean generateMissingKeys();
    }

    @io.smallrye.config.WithName("import")
    Imports imports();

    interface Http {
        /** The longest request URI answered; a longer one gets 414 (problem+json). */
        @WithDefault("8192")
        int maxUriLength();

        /** The Retry-After of a 503, when the database is away or a transaction lost a race too often. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    interface Imports {
        /** The most rows one CSV import takes; a file with more gets 413 and nothing is imported. */
        @WithDefault("50000")
        int maxRows();
    }

    /** What an SLA clock counts: all elapsed time (the SPEC default) or working time of the business calendar. */
    enum SlaTime {
        WALL, WORKING
    }

    interface Complaints {
        /** How often the breach detector looks for missed SLA deadlines (a duration like 30s, or "off"). */
        @WithDefault("30s")
        String breachScan();

        /** How often the report roll-up folds in the differences its triggers append (a duration, or "off"). */
        @WithDefault("10s")
        String rollupMerge();

        /** What both SLA clocks count unless overridden per clock. */
        @WithDefault("WALL")
        SlaTime slaTime();

        /** Overrides sla-time for the 2-hour contact clock. */
        Optional<SlaTime> contactSlaTime();

        /** Overrides sla-time for the 3-day feedback clock (in WORKING time: 3 working days). */
        Optional<SlaTime> feedbackSlaTime();

        /** How long a breached complaint may stay unresolved before the admins are notified (SPEC 5, escalation). */
        @WithDefault("PT24H")
        Duration escalateAfter();
    }

    interface FollowUps {
        /** When SPECIAL_DATE tasks are made (Quartz-style cron in the business zone, or "off"); daily by default. */
        @WithDefault("0 0 6 * * ?")
        String specialDatesCron();

        /** How many days ahead of a birthday or tenure anniversary its task is made. */
        @WithDefault("3")
        int specialDatesLeadDays();

        /**
         * The waits before calling an unreached customer again: the n-th after the n-th failed try, the last one
         * repeated; each lands in the customer's next contact slot.
         */
        @WithDefault("PT2H")
        java.util.List<Duration> retryDelays();

        /** Failed tries after which a new call task is given up (callbacks the customer asked for do not count). */
        @WithDefault("3")
        int maxTries();

        /** A purchase's AFTER_PURCHASE call falls due within this many days of the purchase (SPEC 8). */
        @WithDefault("3")
        int afterPurchaseDays();

        /** A repair's AFTER_REPAIR call falls due within this many days of the repair (SPEC 8). */
        @WithDefault("2")
        int afterRepairDays();

        /** When BILL_ANALYSIS calls are made (Quartz-style cron in the business zone, or "off"); daily by default. */
        @WithDefault("0 30 6 * * ?")
        String billAnalysisCron();

        /**
         * A GOLD-or-better customer whose last month's spend differs from the average of the 3 months before by more
         * than this many percent gets a BILL_ANALYSIS call.
         */
        @WithDefault("30")
        int billAnalysisThresholdPercent();
    }

    interface Tiers {
        /** When the scheduled evaluation runs (Quartz-style cron in the business zone, or "off"); monthly. */
        @WithDefault("0 0 3 1 * ?")
        String evaluationCron();

        /** Hours a manager spends on customer calls per month, shared out over the ABCD classes. */
        @WithDefault("120")
        int monthlyCallHours();
    }

    interface Console {
        /** How long a console session lasts however busy it is; the idle timeout is quarkus.http.auth.form.timeout. */
        @WithDefault("PT12H")
        Duration sessionAbsoluteLifetime();
    }

    interface LoginThrottle {
        /** Failed logins of one username from one address that cost no delay. */
        @WithDefault("3")
        int freeFailures();

        /** The delay after the first failure past the free ones; it doubles with each further failure. */
        @WithDefault("PT1S")
        Duration baseDelay();

        /** The longest delay between two attempts of one username from one address. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /**
         * Failed logins of one username from all addresses inside the window past which only addresses the user has
         * signed in from before may try (each still under its own delay).
         */
        @WithDefault("20")
        int usernameCeiling();

        /** Failed logins per client address inside the window (many usernames from one place). */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /** How long a failed login counts. */
        @WithDefault("PT1H")
        Duration window();
    }

    NotificationScans notifications();

    /** The notification scans of calls and opinions (docs/notifications.md); complaint clocks use the breach scan's. */
    interface NotificationScans {
        /** How often overdue calls and due opinions are looked for (a duration, or "off"); 30 s keeps them within 60 s. */
        @WithDefault("30s")
        String scan();

        /** How long past its due time an open call must be before its assignee hears of it (FOLLOW_UP_OVERDUE). */
        @WithDefault("PT0S")
        Duration overdueGrace();

        /** How long before its answer deadline an unanswered opinion is announced (OPINION_DUE); 0: once it is late. */
        @WithDefault("PT4H")
        Duration opinionLead();

        /**
         * How far back the scans look: a call or opinion that fell due longer ago than this is not announced any more
         * (a first start or a long outage would otherwise flood the bells with old work).
         */
        @WithDefault("P7D")
        Duration lookBack();

        /** The most notifications one scan writes per kind; the rest follow in the next rounds. */
        @WithDefault("1000")
        int batch();
    }

    Webhooks webhooks();

    /** Signed webhooks for integrators (org.vipcare.webhook, docs/webhooks.md). */
    interface Webhooks {
        /**
         * Encrypts the webhooks' secrets at rest (AES-GCM with a key derived from this text). Production has no
         * default: without one, registering a webhook answers 503. Changing it makes the stored secrets unreadable.
         */
        Optional<String> encryptionKey();

        /** Whether plain http URLs are accepted besides https (dev and test). */
        @WithDefault("false")
        boolean allowHttp();

        /** Whether URLs whose host resolves to a loopback, private, link-local or multicast address are accepted. */
        @WithDefault("false")
        boolean allowPrivate();

        /** How often the sender looks for due deliveries ("off" to stop it; tests drive it themselves). */
        @WithDefault("5s")
        String sendEvery();

        /** Deliveries one sender claims per round. */
        @WithDefault("50")
        int batch();

        /** The longest one POST may take (connect and answer). */
        @WithDefault("PT10S")
        Duration timeout();

        /** How long a claimed delivery stays with its sender; past it, another sender retries it. */
        @WithDefault("PT60S")
        Duration lease();

        /** The wait after the first failed try; it doubles with each further one (with up to 20 % jitter). */
        @WithDefault("PT30S")
        Duration backoffBase();

        /** The longest wait between two tries. */
        @WithDefault("PT1H")
        Duration backoffMax();

        /** How long after the event a delivery is tried before it is FAILED. */
        @WithDefault("PT24H")
        Duration retryFor();
    }

    Products products();

    /** Products under the customer (org.vipcare.product, docs/products.md) and their contracts' RENEWAL calls. */
    interface Products {
        /** An ACTIVE contract ending within this many days (business zone) gets one RENEWAL call (SPEC 8). */
        @WithDefault("60")
        int renewalLeadDays();

        /** When RENEWAL calls are made (Quartz-style cron in the business zone, or "off"); daily by default. */
        @WithDefault("0 45 6 * * ?")
        String renewalCron();
    }

    Visits visits();

    /** Visits to enterprise customers (org.vipcare.visit, docs/accounts.md "Visits"). */
    interface Visits {
        /** The service time of a recorded visit that names none (durationMinutes), for the performance report. */
        @WithDefault("60")
        int defaultDurationMinutes();

        /** How often a visit is due per enterprise class (SPEC 8): after the last done visit, or after joining. */
        Due due();

        interface Due {
            @WithDefault("P1M")
            java.time.Period a();

            @WithDefault("P3M")
            java.time.Period b();

            @WithDefault("P6M")
            java.time.Period c();
        }

        /** "Visits due" in My day lists the customers whose next visit falls due within this many days (or is late). */
        @WithDefault("14")
        int dueSoonDays();

        /** When overdue visits are announced (VISIT_DUE; Quartz-style cron in the business zone, or "off"). */
        @WithDefault("0 30 7 * * ?")
        String dueCron();
    }
}
