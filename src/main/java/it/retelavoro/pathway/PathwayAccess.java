package it.retelavoro.pathway;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.TransactionLocks;
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

    PathwayAccess(PersonDirectory persons, AuditLog audit, TransactionLocks locks) {
        this.persons = persons;
        this.audit = audit;
        this.locks = locks;
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

    /** Checks the caller may read a part of the person's pathway, and audits the read. */
    void read(PersonId personId, CurrentUser caller, String part) {
        requireInCharge(personId, caller);
        audit.success("PATHWAY_READ", PERSON, personId, "part=" + part);
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
