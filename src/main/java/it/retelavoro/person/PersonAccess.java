package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access checks every use case of the registry makes, in one place: only operators handle persons, and
 * only those their organisation has in charge. A denial is audited with the action it refused.
 */
@Component
class PersonAccess {

    static final String OBJECT = "PERSON";

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final NetworkManagement network;
    private final AuditLog audit;

    PersonAccess(PersonRepository persons, PersonQueries queries, NetworkManagement network, AuditLog audit) {
        this.persons = persons;
        this.queries = queries;
        this.network = network;
        this.audit = audit;
    }

    void requireOperator(CurrentUser caller, String action, PersonId id) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("Solo gli operatori trattano i dati delle persone");
        }
    }

    /** A system of the national or regional flows, or an administrator sending their files. */
    void requireFlow(CurrentUser caller, String action) {
        if (!caller.sendsFlows()) {
            audit.denied(action, OBJECT, null);
            throw new AccessDeniedException("Solo i sistemi dei flussi nazionali e gli amministratori");
        }
    }

    /** The person, for an operator of the organisation in charge. */
    Person inChargeOf(PersonId id, CurrentUser caller, String action) {
        requireOperator(caller, action, id);
        Person person = load(id);
        if (!caller.belongsTo(person.inChargeOf())) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("Persona in carico a un'altra organizzazione");
        }
        return person;
    }

    /** The person's summary, for an operator of the organisation in charge (denials audited as PERSON_ACCESS). */
    PersonSummary requireInCharge(PersonId id, CurrentUser caller) {
        requireOperator(caller, "PERSON_ACCESS", id);
        PersonSummary summary = queries.summary(id).orElseThrow(() -> new NotFoundException("person", id));
        if (!caller.belongsTo(summary.inChargeOf())) {
            audit.denied("PERSON_ACCESS", OBJECT, id);
            throw new AccessDeniedException("Persona in carico a un'altra organizzazione");
        }
        return summary;
    }

    /**
     * The person's summary, for an operator of the organisation in charge or of an organisation that lost the
     * person by a taking over on the person's choice (which keeps reading what it registered); denials audited
     * as {@code PERSON_ACCESS}.
     */
    PersonSummary requireReadable(PersonId id, CurrentUser caller) {
        requireOperator(caller, "PERSON_ACCESS", id);
        PersonSummary summary = queries.summary(id).orElseThrow(() -> new NotFoundException("person", id));
        if (!caller.belongsTo(summary.inChargeOf()) && !queries.lostByChoice(id, caller.organisationId())) {
            audit.denied("PERSON_ACCESS", OBJECT, id);
            throw new AccessDeniedException("Persona in carico a un'altra organizzazione");
        }
        return summary;
    }

    Person load(PersonId id) {
        return persons.findLive(id.value()).orElseThrow(() -> new NotFoundException("person", id));
    }

    /** The organisation's name, for showing who has a person in charge. */
    String organisationName(OrganisationId id) {
        return network.findOrganisation(id).map(Organisation::name).orElse(id.toString());
    }
}
