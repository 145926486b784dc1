package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free slots of a site's agenda for a kind of appointment: its operators' weekly hours, less their
 * appointments at any site, their absences and the site's closures (and, for a group session, the classroom's
 * sessions), from now on. See {@link SlotCalculator}.
 */
@Service
@Transactional(readOnly = true)
public class Slots {

    /** The longest span of days asked at once. */
    public static final int MAX_DAYS = 62;

    private final AvailabilityRepository hours;
    private final ClosureRepository closures;
    private final AppointmentTypes types;
    private final AgendaAccess access;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Slots(AvailabilityRepository hours, ClosureRepository closures, AppointmentTypes types, AgendaAccess access,
            NetworkManagement network, Comuni comuni, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.hours = hours;
        this.closures = closures;
        this.types = types;
        this.access = access;
        this.network = network;
        this.comuni = comuni;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A free slot at a site. */
    public record SiteSlot(SiteId siteId, Slot slot) {
    }

    /**
     * The earliest free slot for the kind of appointment at a site of the province, from the day on (today when
     * null), within {@value #MAX_DAYS} days: at the sites of the caller's organisation for an operator, at every
     * site for an administrator. Searched a week at a time, each site's week as {@link #free} computes it; at the
     * same instant, the site then the operator first by id, so the answer is stable.
     *
     * @throws InvalidInputException  no province, or a kind of appointment the catalogue does not know
     * @throws AccessDeniedException  a caller neither an operator nor an administrator (audited)
     */
    public Optional<SiteSlot> firstFree(String province, String typeCode, LocalDate from, CurrentUser caller) {
        if (caller.role() != Role.OPERATOR && caller.role() != Role.ADMIN) {
            audit.denied("AGENDA_SLOTS", "PROVINCE", null);
            throw new AccessDeniedException("L'agenda delle sedi è dei loro operatori");
        }
        LocalDate first = from != null ? from : LocalDate.now(clock);
        var problems = new InvalidInputException.Collector();
        problems.require(province != null && !province.isBlank(), "province", "validation.required");
        problems.require(typeCode != null && !typeCode.isBlank(), "type", "validation.required");
        problems.throwIfAny();
        AppointmentType type = types.byCode(typeCode, first)
                .orElseThrow(() -> InvalidInputException.of("type", "agenda.type.unknown", typeCode));
        List<Site> sites = network.allSites(caller).stream()
                .filter(site -> comuni.byCode(site.comuneCode()).map(Comune::provinceCode)
                        .filter(province.toUpperCase(Locale.ROOT)::equals).isPresent())
                .sorted(Comparator.comparing(site -> site.id().value()))
                .toList();
        LocalDate last = first.plusDays(MAX_DAYS - 1);
        for (LocalDate week = first; !week.isAfter(last); week = week.plusDays(7)) {
            LocalDate weekStart = week;
            LocalDate weekEnd = week.plusDays(6).isAfter(last) ? last : week.plusDays(6);
            Optional<SiteSlot> earliest = sites.stream()
                    .flatMap(site -> compute(site, weekStart, weekEnd, type, Optional.empty()).stream()
                            .min(EARLIEST).map(slot -> new SiteSlot(site.id(), slot)).stream())
                    .min(Comparator.comparing((SiteSlot found) -> found.slot().start()));
            if (earliest.isPresent()) {
                return earliest;
            }
        }
        return Optional.empty();
    }

    private static final Comparator<Slot> EARLIEST = Comparator.comparing(Slot::start)
            .thenComparing(slot -> slot.operatorId().value());

    /**
     * The free slots of the site from day to day (included) for the kind of appointment, of one operator or of all.
     *
     * @throws InvalidInputException a day missing, to before from, more than {@value #MAX_DAYS} days, a kind of
     *                               appointment the catalogue does not know
     */
    public List<Slot> free(SiteId siteId, LocalDate from, LocalDate to, String typeCode, Optional<UserId> operator,
            CurrentUser caller) {
        Site site = access.requireSite(siteId, caller, "AGENDA_SLOTS", true);
        AppointmentType type = requireRange(from, to, typeCode);
        return compute(site, from, to, type, operator);
    }

    AppointmentType requireRange(LocalDate from, LocalDate to, String typeCode) {
        var problems = new InvalidInputException.Collector();
        problems.require(from != null, "from", "validation.required");
        problems.require(to != null, "to", "validation.required");
        problems.require(typeCode != null && !typeCode.isBlank(), "type", "validation.required");
        problems.throwIfAny();
        problems.require(!to.isBefore(from), "to", "agenda.range.to-before-from");
        problems.require(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "agenda.range.too-long", MAX_DAYS);
        problems.throwIfAny();
        return types.byCode(typeCode, from)
                .orElseThrow(() -> InvalidInputException.of("type", "agenda.type.unknown", typeCode));
    }

    /** The kinds of appointment of the catalogue in force on the day. */
    List<AppointmentType> types(LocalDate day) {
        return types.on(day);
    }

    List<Slot> compute(Site site, LocalDate from, LocalDate to, AppointmentType type, Optional<UserId> operator) {
        if (type.isGroup() && !site.has(SiteFeature.GROUP_CLASSROOM)) {
            return List.of();
        }
        List<Availability> windows = hours.findBySite(site.id()).stream()
                .filter(window -> operator.isEmpty() || operator.get().equals(window.operatorId())).toList();
        if (windows.isEmpty()) {
            return List.of();
        }
        SlotCalculator calculator = new SlotCalculator(clock.getZone());
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return calculator.free(site.id(), windows, closures.findOverlapping(site.id(), start, end),
                taken(site.id(), start, end), type, from, to, clock.instant());
    }

    /**
     * The booked appointments of the site's operators (at any site) and of its classroom between from and to: on
     * the exclusion constraints' indexes (operator or room, and the time range).
     */
    List<SlotCalculator.Taken> taken(SiteId site, Instant from, Instant to) {
        return jdbc.sql("""
                select operator_id, site_id = :site and room is not null as room, starts_at, ends_at
                  from agenda_appointment
                 where status <> 'CANCELLED' and during && tstzrange(:from, :to)
                   and (operator_id in (select operator_id from agenda_availability where site_id = :site)
                        or (site_id = :site and room is not null))""")
                .param("site", site.value()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new SlotCalculator.Taken(new UserId(rs.getObject("operator_id",
                        UUID.class)), rs.getBoolean("room"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .list();
    }
}
