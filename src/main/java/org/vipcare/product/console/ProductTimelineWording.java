package org.vipcare.product.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.customer.TimelineKind;
import org.vipcare.customer.console.TimelineWording;
import org.vipcare.product.ProductKind;
import org.vipcare.product.ProductStatus;

/** A product registered under the customer: "登记合同：宽带 1000M（有效）". */
@ApplicationScoped
public class ProductTimelineWording implements TimelineWording {

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.PRODUCT);
    }

    @Override
    public String line(TimelineEvent e, String languageTag) {
        ProductMessages words = MessageBundles.get(ProductMessages.class, Localized.Literal.of(languageTag));
        return words.timeline_product(words.kind(ProductKind.valueOf(e.action())), e.detail(),
                words.status(ProductStatus.valueOf(e.toState())));
    }
}
