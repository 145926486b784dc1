package it.retelavoro.monitoring;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every monitoring report asks of its question, decided once: a period of days, and whose figures. Analysts and
 * administrators see the region, or the organisation they name; an operator sees their own organisation and is
 * refused another one (the refusal audited).
 */
final class ReportScope {

    private ReportScope() {
    }

    /**
     * The organisation the caller's question is about: the one asked, or the region (empty), for who sees the whole
     * region; the caller's own organisation for an operator.
     *
     * @param action the audit action of a refusal
     * @throws AccessDeniedException an operator naming another organisation
     */
    static Optional<OrganisationId> organisation(Optional<OrganisationId> asked, CurrentUser caller, AuditLog audit,
            String action) {
        if (caller.seesWholeRegion()) {
            return asked;
        }
        if (asked.isPresent() && !caller.belongsTo(asked.get())) {
            audit.denied(action, "ORGANISATION", asked.get().value());
            throw new AccessDeniedException("an operator sees their own organisation only");
        }
        return Optional.of(caller.organisationId());
    }

    /**
     * A period of days, both ends included.
     *
     * @throws InvalidInputException a date missing, or from after to
     */
    static void requirePeriod(LocalDate from, LocalDate to) {
        var problems = new InvalidInputException.Collector();
        problems.require(from != null, "from", "validation.required");
        problems.require(to != null, "to", "validation.required");
        if (from != null && to != null) {
            problems.require(!from.isAfter(to), "to", "monitoring.period.to-before-from");
        }
        problems.throwIfAny();
    }
}
