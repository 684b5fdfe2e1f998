package org.vipcare.console.lists;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One named filter of one console list, kept for its user: the list page's query string (V25). */
@Entity
public class SavedFilter extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    /** Which list: a key of {@link SavedFilters#LISTS}. */
    public String listName;

    public String name;

    /** The query string without {@code page}: what the list shows when the filter is applied. */
    public String query;

    public Instant createdAt;

    static List<SavedFilter> of(UUID userId, String listName) {
        return list("userId = ?1 and listName = ?2 order by name, id", userId, listName);
    }

    static long count(UUID userId, String listName) {
        return count("userId = ?1 and listName = ?2", userId, listName);
    }

    static Optional<SavedFilter> named(UUID userId, String listName, String name) {
        return find("userId = ?1 and listName = ?2 and name = ?3", userId, listName, name).firstResultOptional();
    }
}
