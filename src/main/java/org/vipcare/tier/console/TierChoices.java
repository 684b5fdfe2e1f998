package org.vipcare.tier.console;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import org.vipcare.tier.LifecycleStage;
import org.vipcare.tier.Tier;

/** The tier values offered by pickers and filters (the customer list's among them), in the order they are offered. */
@TemplateGlobal
public final class TierChoices {

    public static final List<Tier> tiers = List.of(Tier.values());
    public static final List<LifecycleStage> lifecycleStages = List.of(LifecycleStage.values());

    private TierChoices() {
    }
}
