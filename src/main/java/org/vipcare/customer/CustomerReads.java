package org.vipcare.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.vipcare.common.PageRequest;
import org.vipcare.common.SqlList;
import org.vipcare.tier.HealthTrend;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The customer read and list (issue 16): one statement, a row per customer with its standing and relationship value,
 * and no entity, persistence context or transaction. A read was mostly Hibernate and transaction set-up around two small queries
 * (bench/README.md). The row fills a detached {@link Customer}, so that masking and the API's shape stay in
 * {@link CustomerDto}; CustomerReadsTest checks that every field comes back as the entity has it.
 */
@ApplicationScoped
public class CustomerReads {

    /** A live customer as read, and its relationship value. */
    public record Read(Customer customer, BigDecimal relationshipValue) {
    }

    private static final String COLUMNS = "customer.id, external_ref, name, type, id_doc_type, id_doc_number,"
            + " phone_mobile, phone_office, phone_home, email, address, birthday, preferred_channel, contact_from,"
            + " contact_to, payment_type, joined_at, manager_id, language, notes, communication_style,"
            + " value_orientation, created_at, updated_at, version, enterprise_class, industry, member_count,"
            + " id_doc_duplicate, interests, referred_by_id, tier, watch, value_class, loyalty_type, window_spend,"
            + " window_visits, health_score, health_trend";
    private static final String LIVE = "select " + COLUMNS + ", " + RelationshipValue.SQL + " from "
            + Customer.WITH_STANDING + " where customer.id = ? and customer.erased_at is null";
    /** The column of the relationship value, after the customer's 39. */
    private static final int RELATIONSHIP_VALUE = 40;

    private final DataSource db;
    private final RelationshipValue relationshipValues;

    public CustomerReads(DataSource db, RelationshipValue relationshipValues) {
        this.db = db;
        this.relationshipValues = relationshipValues;
    }

    /** The customer unless unknown or erased. */
    public Optional<Read> live(UUID id) {
        try (Connection connection = db.getConnection()) {
            return reads(connection, LIVE, List.of(id)).stream().findFirst();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * One page of the customers {@code where} selects (from {@link Customer#WITH_STANDING}), in this order. With
     * {@code fewMatches} (the caller counted them) the matches are gathered first and only they are sorted, in the
     * same statement: asked for a sorted page at once, PostgreSQL walks the sort's index testing every customer until
     * the page is full, which costs the whole book when the search matches few (a masked search for "138": 2.9 ms
     * against 0.4 ms). Then the page's relationship values come in the same row; otherwise in a second statement
     * ({@link RelationshipValue#of(java.util.Collection)}), since a subquery in the select list made the planner prefer
     * walking the index.
     */
    public List<Read> page(SqlList where, String orderBy, PageRequest.Paging paging, boolean fewMatches) {
        SqlList.Jdbc jdbc = where.jdbc();
        String from = " from " + Customer.WITH_STANDING + " where ";
        String tail = " order by " + orderBy + " limit " + paging.size() + " offset " + paging.offset();
        try (Connection connection = db.getConnection()) {
            if (fewMatches) {
                return reads(connection, "select " + COLUMNS + ", " + RelationshipValue.SQL + from
                        + "customer.id = any(array(select customer.id" + from + jdbc.where() + "))" + tail,
                        jdbc.params());
            }
            List<Customer> customers = customers(connection, "select " + COLUMNS + from + jdbc.where() + tail,
                    jdbc.params());
            Map<UUID, BigDecimal> values = relationshipValues.of(customers.stream().map(c -> c.id).toList());
            return customers.stream().map(c -> new Read(c, values.get(c.id))).toList();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static List<Read> reads(Connection connection, String sql, List<Object> params) throws SQLException {
        List<Read> reads = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, params);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                reads.add(new Read(customer(row), RelationshipValue.scaled(row.getObject(RELATIONSHIP_VALUE))));
            }
        }
        return reads;
    }

    private static List<Customer> customers(Connection connection, String sql, List<Object> params)
            throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql, params);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                customers.add(customer(row));
            }
        }
        return customers;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    /** As Hibernate would: the error mapper answers 503 for an outage found in the cause chain. */
    private static PersistenceException failed(SQLException e) {
        return new PersistenceException("Reading customers", e);
    }

    private static Customer customer(ResultSet row) throws SQLException {
        Customer c = new Customer();
        int i = 0;
        c.id = row.getObject(++i, UUID.class);
        c.externalRef = row.getString(++i);
        c.name = row.getString(++i);
        c.type = named(row.getString(++i), CustomerType::valueOf);
        c.idDocType = named(row.getString(++i), IdDocumentType::valueOf);
        c.idDocNumber = row.getString(++i);
        c.phoneMobile = row.getString(++i);
        c.phoneOffice = row.getString(++i);
        c.phoneHome = row.getString(++i);
        c.email = row.getString(++i);
        c.address = row.getString(++i);
        c.birthday = row.getObject(++i, LocalDate.class);
        c.preferredChannel = named(row.getString(++i), ContactChannel::valueOf);
        c.contactFrom = row.getObject(++i, LocalTime.class);
        c.contactTo = row.getObject(++i, LocalTime.class);
        c.paymentType = named(row.getString(++i), PaymentType::valueOf);
        c.joinedAt = row.getObject(++i, LocalDate.class);
        c.managerId = row.getObject(++i, UUID.class);
        c.language = row.getString(++i);
        c.notes = row.getString(++i);
        c.communicationStyle = named(row.getString(++i), CommunicationStyle::valueOf);
        c.valueOrientation = named(row.getString(++i), ValueOrientation::valueOf);
        c.createdAt = row.getObject(++i, OffsetDateTime.class).toInstant();
        c.updatedAt = row.getObject(++i, OffsetDateTime.class).toInstant();
        c.version = row.getLong(++i);
        c.enterpriseClass = named(row.getString(++i), EnterpriseClass::valueOf);
        c.industry = row.getString(++i);
        c.memberCount = row.getObject(++i, Integer.class);
        c.idDocDuplicate = row.getBoolean(++i);
        Array interests = row.getArray(++i);
        c.interests = interests == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList((String[]) interests.getArray()));
        c.referredById = row.getObject(++i, UUID.class);
        c.tier = named(row.getString(++i), Tier::valueOf);
        c.watch = row.getBoolean(++i);
        c.valueClass = named(row.getString(++i), ValueClass::valueOf);
        c.loyaltyType = named(row.getString(++i), LoyaltyType::valueOf);
        c.windowSpend = row.getBigDecimal(++i);
        c.windowVisits = row.getInt(++i);
        c.healthScore = row.getObject(++i, Integer.class);
        c.healthTrend = named(row.getString(++i), HealthTrend::valueOf);
        return c;
    }

    private static <E> E named(String name, Function<String, E> valueOf) {
        return name == null ? null : valueOf.apply(name);
    }
}
