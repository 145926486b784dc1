package it.retelavoro.pathway;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.TransactionLocks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every use case of the pathway does around its work: checks that the caller's organisation has the
 * person in charge (another organisation gets 403, an unknown person 404, the refusal audited), takes the
 * person's pathway lock for a write, and audits what was done to the person.
 */
@Component
class PathwayAccess {

    static final String PERSON = "PERSON";

    private final PersonDirectory persons;
    private final AuditLog audit;
    private final TransactionLocks locks;
    private final RegistrationPeriods periods;

    PathwayAccess(PersonDirectory persons, AuditLog audit, TransactionLocks locks, RegistrationPeriods periods) {
        this.persons = persons;
        this.audit = audit;
        this.locks = locks;
        this.periods = periods;
    }

    /**
     * Refuses an act dated in a month the Region closed (issue 13, point 4): a delivery, whose back-dating the
     * rule engine judges with the delivery ({@code DeliveryCheck.registeredOn}).
     */
    void requireOpenPeriod(LocalDate date, Locale locale) {
        periods.requireOpen(date, locale);
    }

    /**
     * Refuses an act (a DID, an event) dated in a month the Region closed or more days ago than the catalogue
     * version allows ({@code backdatedRegistrationDays}); the messages in the request's language.
     */
    void requireRegistrable(LocalDate date) {
        periods.requireRegistrable(date, LocaleContextHolder.getLocale());
    }

    /** The person, when the caller's organisation has them in charge; see {@link PersonDirectory#requireInCharge}. */
    PersonSummary requireInCharge(PersonId personId, CurrentUser caller) {
        return persons.requireInCharge(personId, caller);
    }

    /**
     * Takes the person's pathway lock: the checks of a write (DID in force, Patto in force, the history the
     * rule engine judges) then see whatever a concurrent write for the same person committed.
     */
    void lockPathwayOf(PersonId personId) {
        locks.lock("pathway.person", personId.value());
    }

    /** Checks the caller may act on the person's pathway, then takes its lock. */
    PersonSummary requireInChargeAndLock(PersonId personId, CurrentUser caller) {
        PersonSummary person = requireInCharge(personId, caller);
        lockPathwayOf(personId);
        return person;
    }

    /**
     * Checks the caller may read a part of the person's pathway, and audits the read. The organisation in charge
     * reads all of it; an organisation that lost the person by a taking over on the person's choice reads the
     * acts it registered itself (issue 13, point 5): the answer says which.
     */
    ReadScope read(PersonId personId, CurrentUser caller, String part) {
        PersonSummary person = persons.requireReadable(personId, caller);
        boolean inCharge = caller.belongsTo(person.inChargeOf());
        audit.success("PATHWAY_READ", PERSON, personId, "part=" + part + (inCharge ? "" : " scope=own-acts"));
        return new ReadScope(inCharge ? null : caller.organisationId());
    }

    /** What of a pathway a reader sees: every act, or only those of one organisation. */
    record ReadScope(OrganisationId onlyOf) {

        boolean sees(OrganisationId registeredBy) {
            return onlyOf == null || onlyOf.equals(registeredBy);
        }

        <T> List<T> filter(List<T> acts, Function<T, OrganisationId> registeredBy) {
            return onlyOf == null ? acts : acts.stream().filter(act -> sees(registeredBy.apply(act))).toList();
        }
    }

    /** Audits a completed action on the person's pathway. */
    void done(String action, PersonId personId, String detail) {
        audit.success(action, PERSON, personId, detail);
    }

    /** Audits a completed action on another object (a delivery to an anonymous visitor, the DID queue). */
    void done(String action, String objectType, Object objectId, String detail) {
        audit.success(action, objectType, objectId, detail);
    }

    /** Audits an action refused for lack of rights; survives the rollback of the request. */
    void denied(String action, String objectType, Object objectId) {
        audit.denied(action, objectType, objectId);
    }
}
