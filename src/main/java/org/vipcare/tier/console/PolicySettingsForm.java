package org.vipcare.tier.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.tier.HealthWeights;
import org.vipcare.tier.PolicySettingsUpdate;
import org.vipcare.tier.TierPolicyDto;

/** The evaluation window and WATCH settings form, as typed; field names are the API's. */
public class PolicySettingsForm {

    static final Set<String> FIELDS = Set.of("windowDays", "watchDropRatio", "watchSlaMultiplier", "healthWeights",
            "healthWeights.recency", "healthWeights.spendTrend", "healthWeights.complaints",
            "healthWeights.satisfaction", "healthWeights.retention", "healthWeights.tenure", "healthDropThreshold");

    @RestForm public String windowDays;
    @RestForm public String watchDropRatio;
    @RestForm public String watchSlaMultiplier;
    @RestForm("healthWeights.recency") public String healthRecency;
    @RestForm("healthWeights.spendTrend") public String healthSpendTrend;
    @RestForm("healthWeights.complaints") public String healthComplaints;
    @RestForm("healthWeights.satisfaction") public String healthSatisfaction;
    @RestForm("healthWeights.retention") public String healthRetention;
    @RestForm("healthWeights.tenure") public String healthTenure;
    @RestForm public String healthDropThreshold;
    /** The policy version the user started editing from; sent to the service as If-Match. */
    @RestForm public String version;

    static PolicySettingsForm of(TierPolicyDto policy) {
        PolicySettingsForm form = new PolicySettingsForm();
        form.windowDays = Integer.toString(policy.windowDays());
        form.watchDropRatio = FormText.plain(policy.watchDropRatio());
        form.watchSlaMultiplier = FormText.plain(policy.watchSlaMultiplier());
        form.healthRecency = Integer.toString(policy.healthWeights().recency());
        form.healthSpendTrend = Integer.toString(policy.healthWeights().spendTrend());
        form.healthComplaints = Integer.toString(policy.healthWeights().complaints());
        form.healthSatisfaction = Integer.toString(policy.healthWeights().satisfaction());
        form.healthRetention = Integer.toString(policy.healthWeights().retention());
        form.healthTenure = Integer.toString(policy.healthWeights().tenure());
        form.healthDropThreshold = Integer.toString(policy.healthDropThreshold());
        form.version = Integer.toString(policy.version());
        return form;
    }

    PolicySettingsUpdate toUpdate(FormErrors errors, ConsoleMessages messages) {
        // a form without the health fields (an older page) leaves the weights as they are, like the API
        boolean noWeights = java.util.stream.Stream.of(healthRecency, healthSpendTrend, healthComplaints,
                healthSatisfaction, healthRetention, healthTenure).allMatch(v -> v == null || v.isBlank());
        HealthWeights weights = noWeights ? null : new HealthWeights(
                FormText.integer("healthWeights.recency", healthRecency, errors, messages),
                FormText.integer("healthWeights.spendTrend", healthSpendTrend, errors, messages),
                FormText.integer("healthWeights.complaints", healthComplaints, errors, messages),
                FormText.integer("healthWeights.satisfaction", healthSatisfaction, errors, messages),
                FormText.integer("healthWeights.retention", healthRetention, errors, messages),
                FormText.integer("healthWeights.tenure", healthTenure, errors, messages));
        return new PolicySettingsUpdate(FormText.integer("windowDays", windowDays, errors, messages),
                FormText.decimal("watchDropRatio", watchDropRatio, errors, messages),
                FormText.decimal("watchSlaMultiplier", watchSlaMultiplier, errors, messages), weights,
                FormText.integer("healthDropThreshold", healthDropThreshold, errors, messages));
    }

    String ifMatch() {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }
}
