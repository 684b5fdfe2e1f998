package org.vipcare.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.type.SqlTypes;
import org.vipcare.common.BaseEntity;
import org.vipcare.tier.HealthTrend;
import org.vipcare.tier.LoyaltyType;
import org.vipcare.tier.Tier;
import org.vipcare.tier.ValueClass;

/**
 * The owner of products registered under one identity document. Descriptive fields are typed in; the derived ones
 * (tier, watch, value class, loyalty, window figures) live in {@code customer_standing}, written only by the tier
 * engine's SQL.
 */
@Entity
@SecondaryTable(name = Customer.STANDING, pkJoinColumns = @PrimaryKeyJoinColumn(name = "customer_id"))
// Never written from here: a database trigger creates the row with the customer, the evaluation updates it, and an
// edit made from a stale read cannot put back an old tier.
@SecondaryRow(table = Customer.STANDING, owned = false)
public class Customer extends BaseEntity {

    static final String STANDING = "customer_standing";

    /**
     * The customer table with its standing, for native SQL; unqualified column names stay unambiguous. A left join on
     * the standing's key: PostgreSQL drops it from a query that reads nothing of the standing (counts by type, say).
     */
    public static final String WITH_STANDING =
            "customer left join customer_standing on customer_standing.customer_id = customer.id";

    public String externalRef;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustomerType type;

    @Enumerated(EnumType.STRING)
    public IdDocumentType idDocType;
    public String idDocNumber;

    public String phoneMobile;
    public String phoneOffice;
    public String phoneHome;
    public String email;
    public String address;
    public LocalDate birthday;

    @Enumerated(EnumType.STRING)
    public ContactChannel preferredChannel;
    public LocalTime contactFrom;
    public LocalTime contactTo;

    @Enumerated(EnumType.STRING)
    public PaymentType paymentType;

    @Column(nullable = false)
    public LocalDate joinedAt;

    public UUID managerId;
    public String language;
    public String notes;

    @Enumerated(EnumType.STRING)
    public CommunicationStyle communicationStyle;

    @Enumerated(EnumType.STRING)
    public ValueOrientation valueOrientation;

    /** Enterprise customers only (V34): class, industry and the members the account brings. */
    @Enumerated(EnumType.STRING)
    public EnterpriseClass enterpriseClass;
    public String industry;
    public Integer memberCount;

    /** Set by V35 on a document another customer held first; such a row stays out of the unique index until its
     * document changes. */
    public boolean idDocDuplicate;

    /** Tags the manager records (兴趣爱好). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> interests = new ArrayList<>();

    /** The customer who referred this one (转介绍). */
    public UUID referredById;

    @Enumerated(EnumType.STRING)
    @Column(table = STANDING)
    public Tier tier = Tier.ORDINARY;

    @Column(table = STANDING)
    public boolean watch;

    @Enumerated(EnumType.STRING)
    @Column(table = STANDING)
    public ValueClass valueClass = ValueClass.D;

    @Enumerated(EnumType.STRING)
    @Column(table = STANDING)
    public LoyaltyType loyaltyType = LoyaltyType.ZERO;

    @Column(table = STANDING)
    public BigDecimal windowSpend = BigDecimal.ZERO;

    @Column(table = STANDING)
    public int windowVisits;

    /** The health score and its trend (V39), null before the customer's first evaluation. */
    @Column(table = STANDING)
    public Integer healthScore;

    @Enumerated(EnumType.STRING)
    @Column(table = STANDING)
    public HealthTrend healthTrend;

    public Instant erasedAt;

    /** Maintained by the database from name, phones and external reference. */
    @Column(insertable = false, updatable = false)
    public String searchText;

    public static Optional<Customer> findLive(UUID id) {
        return find("id = ?1 and erasedAt is null", id).firstResultOptional();
    }

    public static Optional<Customer> findLiveByExternalRef(String externalRef) {
        return find("externalRef = ?1 and erasedAt is null", externalRef).firstResultOptional();
    }

    /** An identity-document number as it is stored and compared: trimmed, letters upper-case. */
    public static String normalisedIdNumber(String number) {
        return number == null ? null : number.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The live customer other than {@code self} holding this document, compared as the unique index does (V35). */
    public static Optional<Customer> findLiveByIdDocument(IdDocumentType type, String number, UUID self) {
        return find("idDocType = ?1 and upper(trim(idDocNumber)) = ?2 and erasedAt is null and id <> ?3"
                + " order by createdAt", type, normalisedIdNumber(number),
                self == null ? new UUID(0, 0) : self).firstResultOptional();
    }

    /** Whether {@code number} is one of the customer's phones, exactly as stored. */
    public boolean hasPhone(String number) {
        return number != null && (number.equals(phoneMobile) || number.equals(phoneOffice) || number.equals(phoneHome));
    }

    public boolean isManagedBy(UUID userId) {
        return managerId != null && managerId.equals(userId);
    }

    /** Removes personal data for good; statistics (consumption, tier history) stay, anonymous. */
    public void erase(Instant now) {
        name = CustomerErased.TEXT;
        externalRef = null;
        idDocType = null;
        idDocNumber = null;
        phoneMobile = null;
        phoneOffice = null;
        phoneHome = null;
        email = null;
        address = null;
        birthday = null;
        contactFrom = null;
        contactTo = null;
        notes = null;
        communicationStyle = null;
        valueOrientation = null;
        interests = new ArrayList<>();
        idDocDuplicate = false;
        erasedAt = now;
        updatedAt = now;
    }
}
