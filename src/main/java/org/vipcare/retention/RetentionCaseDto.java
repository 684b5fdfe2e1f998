package org.vipcare.retention;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retention case as the API shows it: its offers, the actions allowed next, and the playbook texts for its
 * attitude and kind of cause in the caller's language.
 */
@RegisterForReflection
@Schema(examples = RetentionExamples.CASE)
public record RetentionCaseDto(UUID id, UUID customerId, RetentionType type, String service, String statedReason,
        String channel, String realReason, String reasonDetail, Boolean fixable, RetentionAttitude attitude,
        Integer severity, Integer countermeasureCost, Integer retentionScore, RetentionScoreBand scoreBand,
        RetentionStage stage, RetentionOutcome outcome, UUID agreedOfferId, RetentionMethod agreementMethod,
        Instant agreedAt, String note, UUID managerId, UUID openedBy, RetentionSource source, Instant openedAt,
        Instant probedAt, Instant closedAt, UUID followUpId, List<RetentionOfferDto> offers,
        Set<RetentionAction> allowedActions, List<RetentionPlaybookDto> playbook, Instant createdAt,
        Instant updatedAt, long version) {

    /** @param playbook the playbook in the caller's language; the entries relevant to this case are kept */
    public static RetentionCaseDto from(RetentionCase c, List<RetentionOffer> offers,
            List<RetentionPlaybook> playbook) {
        Integer score = c.retentionScore == null ? null : c.retentionScore.intValue();
        return new RetentionCaseDto(c.id, c.customerId, c.type, c.service, c.statedReason, c.channel, c.realReason,
                c.reasonDetail, c.fixable, c.attitude, c.severity == null ? null : c.severity.intValue(),
                c.countermeasureCost == null ? null : c.countermeasureCost.intValue(), score,
                RetentionScoreBand.of(score), c.stage, c.outcome, c.agreedOfferId, c.agreementMethod, c.agreedAt,
                c.note, c.managerId, c.openedBy, c.source, c.openedAt, c.probedAt, c.closedAt, c.followUpId,
                offers.stream().map(RetentionOfferDto::from).toList(), c.allowedActions(),
                playbook.stream().filter(p -> RetentionPlaybook.relevant(p.key, c.attitude, c.fixable))
                        .map(RetentionPlaybookDto::from).toList(),
                c.createdAt, c.updatedAt, c.version);
    }
}
