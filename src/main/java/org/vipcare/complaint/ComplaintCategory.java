package org.vipcare.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Complaint categories: reference data seeded by migration and edited through the API. A complaint names one by code;
 * a retired (inactive) category takes no new complaints and stays valid on the old ones.
 */
@Entity
public class ComplaintCategory extends PanacheEntityBase {

    /** Upper-case letters, digits and underscores, starting with a letter: 2 to 30 characters, like BILLING. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    @Id
    public String code;

    @Column(nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String nameZh;

    public boolean active;

    public short sortOrder;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;

    public static boolean isActive(String code) {
        return count("code = ?1 and active = true", code) > 0;
    }

    public static List<ComplaintCategory> listActive() {
        return list("active = true order by sortOrder");
    }

    /** Every category, retired ones included, in their sort order. */
    public static List<ComplaintCategory> listInOrder() {
        return list("order by sortOrder, code");
    }

    public static Optional<ComplaintCategory> findForUpdate(String code) {
        return ComplaintCategory.<ComplaintCategory>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
