package org.vipcare.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The hours of one weekday; a closed day has none. The seven rows are written together and share one
 * {@code revision}, the ETag of the working hours (a plain column: the rows are locked, not versioned, one by one).
 */
@Entity
public class WorkingHours extends PanacheEntityBase {

    /** ISO day of the week, 1 = Monday. */
    @Id
    public short dayOfWeek;

    public LocalTime opensAt;

    public LocalTime closesAt;

    @Column(nullable = false)
    public long revision;

    @Column(nullable = false)
    public Instant updatedAt;

    public String updatedBy;

    public static List<WorkingHours> week() {
        return list("order by dayOfWeek");
    }

    /** The week locked for a change, so that two changes happen one after the other. */
    public static List<WorkingHours> weekForUpdate() {
        return find("order by dayOfWeek").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public boolean isOpen() {
        return opensAt != null;
    }
}
