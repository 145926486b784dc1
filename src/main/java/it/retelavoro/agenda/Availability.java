package it.retelavoro.agenda;

import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Hours an operator receives at a site every week: a weekday and a window of the site's local time, from a day and
 * until a day (open when none).
 */
@Table("agenda_availability")
public class Availability {

    @Id
    private final AvailabilityId id;
    private final SiteId siteId;
    private final UserId operatorId;
    private final int weekday;
    private final LocalTime starts;
    private final LocalTime ends;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final Instant createdAt;
    private final UserId createdBy;

    @PersistenceCreator
    Availability(AvailabilityId id, SiteId siteId, UserId operatorId, int weekday, LocalTime starts, LocalTime ends,
            LocalDate validFrom, LocalDate validTo, Instant createdAt, UserId createdBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.operatorId = Objects.requireNonNull(operatorId, "operatorId");
        this.weekday = weekday;
        this.starts = Objects.requireNonNull(starts, "starts");
        this.ends = Objects.requireNonNull(ends, "ends");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validTo = validTo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    static Availability of(SiteId site, UserId operator, DayOfWeek weekday, LocalTime starts, LocalTime ends,
            LocalDate validFrom, LocalDate validTo, UserId by, Instant now) {
        return new Availability(AvailabilityId.random(), site, operator, weekday.getValue(), starts, ends, validFrom,
                validTo, now, by);
    }

    /** Whether these hours hold on the day: its weekday, within the days of validity. */
    public boolean holdsOn(LocalDate day) {
        return day.getDayOfWeek().getValue() == weekday && !day.isBefore(validFrom)
                && (validTo == null || !day.isAfter(validTo));
    }

    public AvailabilityId id() {
        return id;
    }

    public SiteId siteId() {
        return siteId;
    }

    public UserId operatorId() {
        return operatorId;
    }

    public DayOfWeek weekday() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
