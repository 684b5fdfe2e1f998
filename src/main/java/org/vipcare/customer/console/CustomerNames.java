package org.vipcare.customer.console;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.customer.Customer;

/** Names of the customers a list of complaints or follow-ups is about, read in one query. */
public final class CustomerNames {

    private final Map<UUID, String> names;

    private CustomerNames(Map<UUID, String> names) {
        this.names = names;
    }

    public static CustomerNames of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Customer.<Customer>list("id in ?1", ids.stream().distinct().toList())
                    .forEach(c -> names.put(c.id, c.name));
        }
        return new CustomerNames(names);
    }

    /** The customer's name, or null when unknown (deleted). */
    public String of(UUID id) {
        return id == null ? null : names.get(id);
    }
}
