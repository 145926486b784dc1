package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a person in charge passes from an organisation to another by a transfer: an act by an operator of
 * the organisation in charge or by an administrator, with a reason, kept in the history. Audited as
 * {@code PERSON_TRANSFER}; publishes {@link PersonEvents.PersonTransferred}.
 */
@Service
@Transactional
public class PersonTransfers {

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final TransferTargets transferTargets;
    private final PersonAccess access;
    private final NetworkManagement network;
    private final AuditLog audit;
    private final Clock clock;

    PersonTransfers(PersonRepository persons, PersonQueries queries, TransferTargets transferTargets,
            PersonAccess access, NetworkManagement network, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.queries = queries;
        this.transferTargets = transferTargets;
        this.access = access;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Hands the person to another organisation: an act by an operator of the organisation in charge or by an
     * administrator, with a reason, kept in the history. The old organisation loses access.
     */
    public InCharge transfer(PersonId id, OrganisationId to, String reason, CurrentUser caller) {
        Person person = access.load(id);
        boolean allowed = caller.role() == Role.ADMIN
                || (caller.role() == Role.OPERATOR && caller.belongsTo(person.inChargeOf()));
        if (!allowed) {
            audit.denied("PERSON_TRANSFER", PersonAccess.OBJECT, id);
            throw new AccessDeniedException("Solo l'organizzazione che ha in carico la persona la trasferisce");
        }
        var problems = new InvalidInputException.Collector();
        Optional<Organisation> target = to == null ? Optional.empty() : network.findOrganisation(to);
        problems.require(target.isPresent() && target.get().kind().deliversServices(), "toOrganisationId",
                "person.transfer.organisation");
        problems.require(target.isEmpty() || !person.isInChargeOf(target.get().id()), "toOrganisationId",
                "person.transfer.same-organisation");
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason == null ? null : reason.strip(), Person.TRANSFER_REASON_MAX, "reason");
        problems.throwIfAny();
        OrganisationId from = person.inChargeOf();
        person.transferTo(to, LocalDate.now(clock));
        persons.save(person);
        queries.recordTransfer(id, from, to, reason.strip(), clock.instant(), caller.id());
        audit.success("PERSON_TRANSFER", PersonAccess.OBJECT, id, "from=" + from + " to=" + to);
        return new InCharge(id, to, target.get().name());
    }

    /**
     * The organisations the caller may transfer the person to (every organisation delivering services but
     * the one in charge), as {@link InCharge} entries without person id.
     */
    @Transactional(readOnly = true)
    public List<InCharge> transferTargets(PersonId id, CurrentUser caller) {
        OrganisationId current = caller.role() == Role.ADMIN
                ? queries.summary(id).orElseThrow(() -> new NotFoundException("person", id)).inChargeOf()
                : access.requireInCharge(id, caller).inChargeOf();
        return transferTargets.except(current);
    }

    /** The transfers of a person, oldest first: for the organisation in charge and administrators. */
    public List<PersonTransfer> transfers(PersonId id, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            access.requireInCharge(id, caller);
        } else if (queries.summary(id).isEmpty()) {
            throw new NotFoundException("person", id);
        }
        audit.success("PERSON_TRANSFER_READ", PersonAccess.OBJECT, id);
        return queries.transfers(id);
    }
}
