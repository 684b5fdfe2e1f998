package org.vipcare.customer.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.vipcare.common.ProblemException;
import org.vipcare.customer.CustomerService;
import org.vipcare.tier.CustomerHealths;
import org.vipcare.tier.HealthDto;

/**
 * The Health section of the customer page ({@code inject:customerHealth.of(customer.id)}): the score with its trend
 * and the components it was summed from, for those who may read the breakdown (the API's rule: the manager,
 * supervisors, admins); {@code health} null for anyone else.
 */
@Named("customerHealth")
@ApplicationScoped
public class CustomerHealthSection {

    /** Width of the 0-100 gauge in the SVG's own units: two per point. */
    static final int WIDTH = 200;

    public record Section(HealthDto health) {

        /** The bar's width on the gauge. */
        public int barWidth() {
            return health == null || health.score() == null ? 0 : health.score() * WIDTH / 100;
        }

        public int width() {
            return WIDTH;
        }

        /** The gauge's colour, with the gauge classes of the retention page: low, middling, good. */
        public String tone() {
            if (health == null || health.score() == null) {
                return "neutral";
            }
            return health.score() < 40 ? "negative" : health.score() < 70 ? "neutral" : "positive";
        }
    }

    private final CustomerService customers;
    private final CustomerHealths healths;

    public CustomerHealthSection(CustomerService customers, CustomerHealths healths) {
        this.customers = customers;
        this.healths = healths;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section of(UUID customerId) {
        try {
            customers.requireWriter(customers.live(customerId));
        } catch (ProblemException refused) {
            return new Section(null);
        }
        return new Section(healths.of(customerId));
    }
}
