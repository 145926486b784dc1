package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to what an operator records about a person beyond their identity: residence and domicile,
 * contacts, education, consent to matching and the professional profile. Audited as {@code PERSON_UPDATE};
 * publishes {@link PersonEvents.ProfileChanged}.
 */
@Service
@Transactional
public class PersonUpdates {

    private final PersonRepository persons;
    private final PersonAccess access;
    private final PersonDetailsRules detailsRules;
    private final AuditLog audit;
    private final Consents consents;

    PersonUpdates(PersonRepository persons, PersonAccess access, PersonDetailsRules detailsRules, AuditLog audit,
            Consents consents) {
        this.consents = consents;
        this.persons = persons;
        this.access = access;
        this.detailsRules = detailsRules;
        this.audit = audit;
    }

    /**
     * Replaces residence, contacts, education, consent and profile (not the identity).
     *
     * @throws OptimisticLockingFailureException when the person changed since {@code expectedVersion}
     */
    public Person update(PersonId id, PersonDetails details, int expectedVersion, CurrentUser caller) {
        Person person = access.inChargeOf(id, caller, "PERSON_UPDATE");
        if (person.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("person " + id);
        }
        var problems = new InvalidInputException.Collector();
        detailsRules.validate(details, problems);
        problems.throwIfAny();
        boolean consentBefore = person.matchingConsent();
        person.update(detailsRules.normalise(details));
        Person saved = persons.save(person);
        if (saved.matchingConsent() != consentBefore) {
            // the consent's history (issue 17): given or withdrawn at the desk
            consents.recordedByOperator(id, saved.matchingConsent());
        }
        audit.success("PERSON_UPDATE", PersonAccess.OBJECT, id);
        return saved;
    }
}
