package org.vipcare.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** Complaint categories: reference data seeded by migration and editable there; a complaint names one by code. */
@Entity
public class ComplaintCategory extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String nameZh;

    public boolean active;

    public short sortOrder;

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
}
