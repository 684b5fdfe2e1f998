package org.vipcare.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list read with native SQL: a where-clause built from a list's filters, with named parameters ({@code :name}), and
 * the page of rows it selects with their total. The page and its count are built from the same clause, so they always
 * select the same rows. Column names and orders come from code, never from a request; values only ever as parameters.
 * The clause may also be written in JPQL for a Panache query ({@link #where()} with {@link #params()}).
 */
public final class SqlList {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** A condition without parameters. */
    public SqlList and(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * A condition using {@code :name}, bound to {@code value}. Conditions may share a parameter when they mean the
     * same value.
     */
    public SqlList and(String condition, String name, Object value) {
        bind(name, value);
        conditions.add(condition);
        return this;
    }

    private void bind(String name, Object value) {
        Object earlier = params.putIfAbsent(name, value);
        if (earlier != null && !Objects.equals(earlier, value)) {
            throw new IllegalArgumentException("Parameter :" + name + " is bound to another value already");
        }
    }

    /** A condition using several named parameters. */
    public SqlList and(String condition, Map<String, ?> values) {
        values.forEach((name, value) -> bind(name, value));
        conditions.add(condition);
        return this;
    }

    /** The same, left out when the filter is not given (null). */
    public SqlList andIfGiven(String condition, String name, Object value) {
        return value == null ? this : and(condition, name, value);
    }

    /** The conditions joined with {@code and}; {@code true} when there are none. */
    public String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /** The values by name, as given: for JPQL, where an enum stays an enum. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }

    /** One page of entities: {@code orderBy} must end in a unique column, so that pages neither overlap nor skip. */
    public <T> Page<T> page(EntityManager em, String columns, String from, String orderBy, PageRequest.Paging paging,
            Class<T> entity) {
        return new Page<>(rows(em, columns, from, orderBy, paging, entity), paging.page(), paging.size(),
                count(em, from));
    }

    /** One page of plain rows, a value a column. */
    public Page<Object[]> page(EntityManager em, String columns, String from, String orderBy,
            PageRequest.Paging paging) {
        return page(em, columns, from, orderBy, paging, Object[].class);
    }

    /** The page's rows alone, for a list that takes its total elsewhere. */
    @SuppressWarnings("unchecked")
    public <T> List<T> rows(EntityManager em, String columns, String from, String orderBy, PageRequest.Paging paging,
            Class<T> type) {
        String sql = "select " + columns + " from " + from + " where " + where() + " order by " + orderBy + " limit "
                + paging.size() + " offset " + paging.offset();
        return bind(type == Object[].class ? em.createNativeQuery(sql) : em.createNativeQuery(sql, type))
                .getResultList();
    }

    /**
     * The number of rows, counted exactly while it stays below {@code exactBelow}; from there on the planner's
     * estimate, never less than {@code exactBelow}. An exact count of a broad filter costs as much as reading every row
     * it counts (hundreds of milliseconds at a million), while counting at most {@code exactBelow} rows and asking the
     * planner cost a few milliseconds whatever the table's size.
     */
    public long countOrEstimate(EntityManager em, String from, long exactBelow) {
        long counted = ((Number) bind(em.createNativeQuery("select count(*) from (select 1 from " + from + " where "
                + where() + " limit " + exactBelow + ") counted")).getSingleResult()).longValue();
        if (counted < exactBelow) {
            return counted;
        }
        List<?> plan = bind(em.createNativeQuery("explain select 1 from " + from + " where " + where()))
                .getResultList();
        Matcher rows = PLAN_ROWS.matcher(plan.isEmpty() ? "" : String.valueOf(plan.get(0)));
        return rows.find() ? Math.max(exactBelow, Long.parseLong(rows.group(1))) : exactBelow;
    }

    // The top plan node's row estimate: "Hash Join  (cost=1.00..2.00 rows=12345 width=4)".
    private static final Pattern PLAN_ROWS = Pattern.compile("\\brows=(\\d+)");

    public long count(EntityManager em, String from) {
        return ((Number) bind(em.createNativeQuery("select count(*) from " + from + " where " + where()))
                .getSingleResult()).longValue();
    }

    /** The where-clause for plain JDBC: {@code ?} in place of each {@code :name}, and the values in their order. */
    public Jdbc jdbc() {
        String where = where();
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < where.length(); i++) {
            char c = where.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            int end = i + 1;
            // A name follows one colon outside quotes; "::" is a cast.
            if (c == ':' && !quoted && (i == 0 || where.charAt(i - 1) != ':')) {
                while (end < where.length() && Character.isJavaIdentifierPart(where.charAt(end))) {
                    end++;
                }
            }
            if (end > i + 1) {
                sql.append('?');
                values.add(sqlValue(params.get(where.substring(i + 1, end))));
                i = end - 1;
            } else {
                sql.append(c);
            }
        }
        return new Jdbc(sql.toString(), values);
    }

    public record Jdbc(String where, List<Object> params) {
    }

    /** Binds the parameters to a native query written around {@link #where()}. */
    public Query bind(Query query) {
        params.forEach((name, value) -> query.setParameter(name, sqlValue(value)));
        return query;
    }

    /** Enums are stored by name. */
    private static Object sqlValue(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
