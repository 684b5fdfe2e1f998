package org.vipcare.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Relationship value (SPEC 8, docs/rules.md): the number of customers not erased that this one referred
 * ({@code referredById}), plus, for an enterprise customer, its member count / 10; one decimal place. Worked out on
 * read, in this one SQL expression, from the index on {@code referred_by_id} (V35); the list sorts by the same
 * expression.
 */
@ApplicationScoped
public class RelationshipValue {

    /** The value of the {@code customer} row in scope, as SQL. */
    static final String SQL = "((select count(*) from customer referred where referred.referred_by_id = customer.id"
            + " and referred.erased_at is null)"
            + " + case when customer.type = 'ENTERPRISE' then coalesce(customer.member_count, 0) / 10.0 else 0 end)";

    private final EntityManager em;

    public RelationshipValue(EntityManager em) {
        this.em = em;
    }

    /** The values of these customers, by id, in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, BigDecimal> of(Collection<UUID> ids) {
        Map<UUID, BigDecimal> values = new HashMap<>();
        if (ids.isEmpty()) {
            return values;
        }
        List<Object[]> rows = em.createNativeQuery("select customer.id, " + SQL
                + " from customer where customer.id = any(cast(:ids as uuid[]))")
                .setParameter("ids", ids.toArray(UUID[]::new)).getResultList();
        for (Object[] row : rows) {
            values.put((UUID) row[0], scaled(row[1]));
        }
        return values;
    }

    public BigDecimal of(UUID id) {
        return of(List.of(id)).getOrDefault(id, BigDecimal.ZERO.setScale(1));
    }

    static BigDecimal scaled(Object value) {
        BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return number.setScale(1, RoundingMode.HALF_UP);
    }
}
