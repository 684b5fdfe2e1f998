package org.vipcare.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A call report (SPEC 5, 回访执行日报 and its weekly and monthly figures) over the call tasks due in [from, to): the
 * totals, the same figures per purpose and per agent, and the dissatisfied calls. Rates are fractions 0..1 with four
 * places, averages have two; both are null when there is nothing to divide by. docs/follow-up-reports.md defines every
 * figure.
 */
@Schema(examples = FollowUpReportExamples.DAY)
public record FollowUpReport(FollowUpReportPeriod period, LocalDate date, String zone, OffsetDateTime from,
        OffsetDateTime to, @Schema(description = "The agent the report is narrowed to; null for the whole team")
        UUID assigneeId, Figures totals, List<PurposeFigures> byPurpose, List<AgentFigures> byAgent,
        @Schema(description = "Dissatisfied calls (satisfaction <= 2), oldest first, at most 500; "
                + "totals.dissatisfied counts them all")
        List<DissatisfiedCall> dissatisfied) {

    /** The most dissatisfied calls a report lists. */
    public static final int MAX_DISSATISFIED = 500;

    @Schema(description = "The figures of a set of call tasks due in the period (cancelled tasks are not counted)")
    public record Figures(
            @Schema(description = "Call tasks due in the period (dueAt in [from, to))") long due,
            @Schema(description = "Of those, tasks with at least one call made") long done,
            @Schema(description = "Calls (attempts) made on those tasks, whenever made") long calls,
            @Schema(description = "Tasks whose customer was reached (a REACHED call; the task is DONE)") long reached,
            @Schema(description = "reached / done", nullable = true) BigDecimal reachRate,
            @Schema(description = "Tasks reached at or before their dueAt") long onTime,
            @Schema(description = "onTime / (tasks reached + tasks not reached whose dueAt has passed)",
                    nullable = true) BigDecimal onTimeRate,
            @Schema(description = "WELCOME tasks among them") long welcome,
            @Schema(description = "WELCOME tasks reached within 3 days (72 h) of the customer's upgrade: the latest "
                    + "move into GOLD or above in the tier history at or before the task was made") long welcomeInTime,
            @Schema(description = "Average satisfaction (1-5) of the reached calls that recorded one",
                    nullable = true) BigDecimal averageSatisfaction,
            @Schema(description = "Reached calls that recorded a satisfaction") long satisfactionAnswers,
            @Schema(description = "Reached calls with satisfaction <= 2") long dissatisfied,
            @Schema(description = "Calls that recorded a lead") long leads,
            @Schema(description = "Opinions raised in the calls (calls with an answer due)") long opinions,
            @Schema(description = "Opinions answered at or before their answerDueAt") long opinionsOnTime,
            @Schema(description = "opinionsOnTime / (opinions answered + opinions unanswered past answerDueAt)",
                    nullable = true) BigDecimal opinionsOnTimeRate) {

        static final Figures NONE = new Figures(0, 0, 0, 0, null, 0, null, 0, 0, null, 0, 0, 0, 0, 0, null);
    }

    public record PurposeFigures(FollowUpPurpose purpose, Figures figures) {
    }

    @Schema(description = "An agent's figures: the tasks assigned to it; userId and displayName are null for "
            + "unassigned tasks")
    public record AgentFigures(UUID userId, String displayName, Figures figures) {
    }

    @Schema(description = "A reached call with satisfaction <= 2, with what the customer said and the answer given "
            + "to the opinion raised in it, if any")
    public record DissatisfiedCall(UUID followUpId, UUID attemptId, UUID customerId, FollowUpPurpose purpose,
            UUID assigneeId, String assigneeName, Instant at, int satisfaction, String answers, String suggestion,
            String problem, Instant answerDueAt, String answer, Instant answeredAt, UUID complaintId) {
    }
}
