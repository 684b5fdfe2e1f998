package org.vipcare.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A day that is not what its weekday says: a public holiday or a make-up working day (调休). */
@Entity
public class CalendarDay extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CalendarDayKind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;

    /** Every day from {@code from} to {@code to}, both inclusive and both optional, in date order. */
    public static List<CalendarDay> between(LocalDate from, LocalDate to) {
        return list("day >= ?1 and day <= ?2 order by day", from == null ? LocalDate.of(1, 1, 1) : from,
                to == null ? LocalDate.of(9999, 12, 31) : to);
    }

    public static Optional<CalendarDay> findForUpdate(LocalDate day) {
        return CalendarDay.<CalendarDay>findByIdOptional(day, LockModeType.PESSIMISTIC_WRITE);
    }
}
