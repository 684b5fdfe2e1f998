package org.vipcare.tier.console;

import org.vipcare.console.ConsoleMessages;
import org.vipcare.console.FormErrors;
import org.vipcare.console.FormText;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.vipcare.tier.PolicySettingsUpdate;
import org.vipcare.tier.TierPolicyDto;

/** The evaluation window and WATCH settings form, as typed; field names are the API's. */
public class PolicySettingsForm {

    static final Set<String> FIELDS = Set.of("windowDays", "watchDropRatio", "watchSlaMultiplier");

    @RestForm public String windowDays;
    @RestForm public String watchDropRatio;
    @RestForm public String watchSlaMultiplier;
    /** The policy version the user started editing from; sent to the service as If-Match. */
    @RestForm public String version;

    static PolicySettingsForm of(TierPolicyDto policy) {
        PolicySettingsForm form = new PolicySettingsForm();
        form.windowDays = Integer.toString(policy.windowDays());
        form.watchDropRatio = FormText.plain(policy.watchDropRatio());
        form.watchSlaMultiplier = FormText.plain(policy.watchSlaMultiplier());
        form.version = Integer.toString(policy.version());
        return form;
    }

    PolicySettingsUpdate toUpdate(FormErrors errors, ConsoleMessages messages) {
        return new PolicySettingsUpdate(FormText.integer("windowDays", windowDays, errors, messages),
                FormText.decimal("watchDropRatio", watchDropRatio, errors, messages),
                FormText.decimal("watchSlaMultiplier", watchSlaMultiplier, errors, messages));
    }

    String ifMatch() {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }
}
