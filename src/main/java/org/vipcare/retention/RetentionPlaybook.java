package org.vipcare.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of the retention playbook in one language: probing questions per attitude, the strategy for fixable and
 * non-fixable causes, raising the cost of leaving, the four agreement methods. Seeded by migration, edited by
 * supervisors.
 */
@Entity
@IdClass(RetentionPlaybook.Key.class)
public class RetentionPlaybook extends PanacheEntityBase {

    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh-CN";

    @Id
    public String key;

    @Id
    public String locale;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    public short sortOrder;

    @Column(nullable = false)
    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;

    public static List<RetentionPlaybook> inLocale(String locale) {
        return list("locale = ?1 order by sortOrder, key", locale);
    }

    public static List<RetentionPlaybook> all() {
        return list("order by sortOrder, key, locale");
    }

    public static Optional<RetentionPlaybook> find(String key, String locale) {
        return find("key = ?1 and locale = ?2", key, locale).firstResultOptional();
    }

    public static boolean keyExists(String key) {
        return count("key = ?1", key) > 0;
    }

    /**
     * Whether the entry at {@code key} helps with a case of this attitude and fixability: the probing questions for
     * its attitude, the strategy for its kind of cause (all of them while unknown), raising the cost of leaving and
     * the four agreement methods.
     */
    public static boolean relevant(String key, RetentionAttitude attitude, Boolean fixable) {
        if (key.startsWith("probe.")) {
            return attitude == null || key.equals("probe." + attitude);
        }
        if (key.startsWith("strategy.")) {
            return fixable == null || key.equals(fixable ? "strategy.FIXABLE" : "strategy.NOT_FIXABLE");
        }
        return true;
    }

    /** The composite id: key and locale. */
    public static class Key implements Serializable {
        public String key;
        public String locale;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(key, other.key) && Objects.equals(locale, other.locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, locale);
        }
    }
}
