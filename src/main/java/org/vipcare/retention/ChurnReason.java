package org.vipcare.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** The churn reason taxonomy (客户流失原因, SPEC 3): reference data seeded by migration. */
@Entity
public class ChurnReason extends PanacheEntityBase {

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

    public static List<ChurnReason> listActive() {
        return list("active = true order by sortOrder");
    }
}
