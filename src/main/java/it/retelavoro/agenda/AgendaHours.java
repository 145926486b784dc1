package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.Site;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours of a site's agenda: each operator's weekly hours there, and the exceptions (an operator away, the site
 * closed). Set by the operator themselves, a supervisor of the organisation or an administrator; read by the
 * operators of the organisation.
 */
@Service
@Transactional
public class AgendaHours {

    private final AvailabilityRepository hours;
    private final ClosureRepository closures;
    private final JdbcAggregateTemplate aggregates;
    private final AgendaAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AgendaHours(AvailabilityRepository hours, ClosureRepository closures, JdbcAggregateTemplate aggregates,
            AgendaAccess access, AuditLog audit, Clock clock) {
        this.hours = hours;
        this.closures = closures;
        this.aggregates = aggregates;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Weekly hours to add: a weekday, a window, from a day (today when none) until a day (open when none). */
    public record NewHours(UserId operatorId, DayOfWeek weekday, LocalTime starts, LocalTime ends,
            LocalDate validFrom, LocalDate validTo) {
    }

    /**
     * Adds weekly hours of an operator at the site.
     *
     * @throws InvalidInputException  a value missing, a window that ends before it starts, an operator who does
     *                                not work at the site, hours that overlap the operator's other hours
     * @throws AccessDeniedException  a caller who neither works for the site's organisation nor manages the hours
     */
    public Availability addHours(SiteId siteId, NewHours command, CurrentUser caller) {
        Site site = access.requireSite(siteId, caller, "AGENDA_HOURS_ADD", true);
        var problems = new InvalidInputException.Collector();
        problems.require(command.weekday() != null, "weekday", "validation.required");
        problems.require(command.starts() != null, "starts", "validation.required");
        problems.require(command.ends() != null, "ends", "validation.required");
        problems.throwIfAny();
        access.requireOperatorAt(site, command.operatorId());
        access.requireManages(command.operatorId(), caller, siteId, "AGENDA_HOURS_ADD");
        LocalDate from = command.validFrom() != null ? command.validFrom() : LocalDate.now(clock);
        problems.require(command.ends().isAfter(command.starts()), "ends", "agenda.hours.ends-before-start");
        problems.require(command.validTo() == null || !command.validTo().isBefore(from), "validTo",
                "agenda.hours.valid-to-before-from");
        problems.throwIfAny();
        boolean overlaps = hours.findByOperator(command.operatorId()).stream()
                .filter(other -> other.weekday() == command.weekday())
                .filter(other -> other.starts().isBefore(command.ends()) && other.ends().isAfter(command.starts()))
                .anyMatch(other -> (other.validTo() == null || !other.validTo().isBefore(from))
                        && (command.validTo() == null || !other.validFrom().isAfter(command.validTo())));
        if (overlaps) {
            throw InvalidInputException.of("starts", "agenda.hours.overlap");
        }
        Availability added = aggregates.insert(Availability.of(siteId, command.operatorId(), command.weekday(),
                command.starts(), command.ends(), from, command.validTo(), caller.id(), clock.instant()));
        audit.success("AGENDA_HOURS_ADD", AgendaAccess.OBJECT, added.id(), "site=" + siteId);
        return added;
    }

    /** The weekly hours of the site's operators, by weekday and start. */
    @Transactional(readOnly = true)
    public List<Availability> hours(SiteId siteId, CurrentUser caller) {
        access.requireSite(siteId, caller, "AGENDA_HOURS_READ", true);
        return hours.findBySite(siteId);
    }

    /** Removes weekly hours (the appointments already booked in them stay). */
    public void removeHours(AvailabilityId id, CurrentUser caller) {
        Availability found = hours.findById(id).orElseThrow(() -> new NotFoundException("availability", id.value()));
        access.requireSite(found.siteId(), caller, "AGENDA_HOURS_REMOVE", true);
        access.requireManages(found.operatorId(), caller, found.siteId(), "AGENDA_HOURS_REMOVE");
        hours.delete(found);
        audit.success("AGENDA_HOURS_REMOVE", AgendaAccess.OBJECT, id, "site=" + found.siteId());
    }

    /**
     * Closes the site, or records an operator of the site away, from an instant to an instant.
     *
     * @param operatorId the operator away; null to close the whole site (a supervisor or an administrator)
     */
    public Closure close(SiteId siteId, UserId operatorId, Instant from, Instant to, String reason,
            CurrentUser caller) {
        Site site = access.requireSite(siteId, caller, "AGENDA_CLOSE", true);
        var problems = new InvalidInputException.Collector();
        problems.require(from != null, "from", "validation.required");
        problems.require(to != null, "to", "validation.required");
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason, Closure.REASON_MAX, "reason");
        problems.throwIfAny();
        problems.require(to.isAfter(from), "to", "agenda.closure.ends-before-start");
        problems.throwIfAny();
        Closure closure;
        if (operatorId == null) {
            if (!caller.isSupervisor() && caller.role() != Role.ADMIN) {
                audit.denied("AGENDA_CLOSE", AgendaAccess.OBJECT, siteId);
                throw new AccessDeniedException("Chiude la sede un supervisore o un amministratore");
            }
            closure = Closure.ofSite(siteId, from, to, reason, caller.id(), clock.instant());
        } else {
            access.requireOperatorAt(site, operatorId);
            access.requireManages(operatorId, caller, siteId, "AGENDA_CLOSE");
            closure = Closure.ofOperator(operatorId, from, to, reason, caller.id(), clock.instant());
        }
        Closure saved = aggregates.insert(closure);
        audit.success("AGENDA_CLOSE", AgendaAccess.OBJECT, saved.id(), "site=" + siteId);
        return saved;
    }

    /** The closures of the site and the absences of its operators that end after the instant (ten years on). */
    @Transactional(readOnly = true)
    public List<Closure> closures(SiteId siteId, Instant from, CurrentUser caller) {
        access.requireSite(siteId, caller, "AGENDA_HOURS_READ", true);
        return closures.findOverlapping(siteId, from, from.plus(Duration.ofDays(3660)));
    }
}
