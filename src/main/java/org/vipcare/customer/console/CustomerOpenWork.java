package org.vipcare.customer.console;

import io.quarkus.arc.All;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The "open work" block of the customer page: the customer's open complaints, calls and retention cases from every
 * {@link OpenWorkSource}, each bounded ({@value #EACH} a kind). Templates ask it as
 * {@code inject:openWork.of(customer.id)}.
 */
@Named("openWork")
@RequestScoped
public class CustomerOpenWork {

    static final int EACH = 10;

    private final List<OpenWorkSource> sources;

    public CustomerOpenWork(@All List<OpenWorkSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(OpenWorkSource::order)).toList();
    }

    public List<OpenWork> of(UUID customerId) {
        return sources.stream().flatMap(source -> source.openFor(customerId, EACH).stream()).toList();
    }
}
