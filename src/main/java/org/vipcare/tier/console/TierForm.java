package org.vipcare.tier.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.tier.Entitlements;
import org.vipcare.tier.TierDto;
import org.vipcare.tier.TierRule;
import org.vipcare.tier.TierUpdate;

/**
 * One tier's edit form as the browser sends it, every field as typed. Field names are the API's
 * ({@code rule.spendMultiplier}), so Bean Validation and the service's problems land on the right input.
 */
public class TierForm {

    static final Set<String> FIELDS = Set.of("rule", "rule.spendMultiplier", "rule.visitMultiplier",
            "rule.minSpend", "rule.minVisits", "entitlements.dedicatedManager", "entitlements.loungeVisitsPerYear",
            "entitlements.clubActivities", "slaMultiplier");

    @RestForm("rule.spendMultiplier") public String spendMultiplier;
    @RestForm("rule.visitMultiplier") public String visitMultiplier;
    @RestForm("rule.minSpend") public String minSpend;
    @RestForm("rule.minVisits") public String minVisits;
    @RestForm("entitlements.dedicatedManager") public String dedicatedManager;
    @RestForm("entitlements.loungeVisitsPerYear") public String loungeVisitsPerYear;
    @RestForm("entitlements.clubActivities") public String clubActivities;
    @RestForm public String slaMultiplier;
    /** The policy version the user started editing from; sent to the service as If-Match. */
    @RestForm public String version;

    /** The form filled with a tier of the given policy version. */
    static TierForm of(TierDto tier, int policyVersion) {
        TierForm form = new TierForm();
        form.spendMultiplier = FormText.plain(tier.rule().spendMultiplier());
        form.visitMultiplier = FormText.plain(tier.rule().visitMultiplier());
        form.minSpend = FormText.plain(tier.rule().minSpend());
        form.minVisits = FormText.text(tier.rule().minVisits());
        form.dedicatedManager = Boolean.toString(tier.entitlements().dedicatedManager());
        form.loungeVisitsPerYear = Integer.toString(tier.entitlements().loungeVisitsPerYear());
        form.clubActivities = Boolean.toString(tier.entitlements().clubActivities());
        form.slaMultiplier = FormText.plain(tier.slaMultiplier());
        form.version = Integer.toString(policyVersion);
        return form;
    }

    /** The API input these fields mean; numbers that cannot be read are left out and reported in {@code errors}. */
    TierUpdate toUpdate(FormErrors errors, ConsoleMessages messages) {
        TierRule rule = new TierRule(
                FormText.decimal("rule.spendMultiplier", spendMultiplier, errors, messages),
                FormText.decimal("rule.visitMultiplier", visitMultiplier, errors, messages),
                FormText.decimal("rule.minSpend", minSpend, errors, messages),
                FormText.integer("rule.minVisits", minVisits, errors, messages));
        Integer lounge = FormText.integer("entitlements.loungeVisitsPerYear", loungeVisitsPerYear, errors, messages);
        if (lounge == null && !errors.has("entitlements.loungeVisitsPerYear")) {
            errors.add("entitlements.loungeVisitsPerYear", messages.required_value());
        }
        Entitlements entitlements = new Entitlements(FormText.ticked(dedicatedManager), lounge == null ? 0 : lounge,
                FormText.ticked(clubActivities));
        return new TierUpdate(rule, entitlements,
                FormText.decimal("slaMultiplier", slaMultiplier, errors, messages));
    }

    public boolean dedicatedManagerTicked() {
        return FormText.ticked(dedicatedManager);
    }

    public boolean clubActivitiesTicked() {
        return FormText.ticked(clubActivities);
    }

    /** The If-Match value for the version the form was loaded from. */
    String ifMatch() {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }
}
