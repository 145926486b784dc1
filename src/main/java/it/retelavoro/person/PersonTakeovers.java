package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.OrganisationNotices;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a person in charge on the person's own choice (issue 13, point 5). The repertorio says of A.1, A.2
 * (and B.2 for companies) "L'utente vi accede da qualsiasi punto della rete pubblico/privata regionale": the
 * person chooses the operator. Any organisation that delivers services takes a person in charge from another
 * by registering the person's signed choice (its date and the reference of the document); the move happens at
 * once, without the other organisation's act.
 *
 * <p>The organisation that had the person is told (a notice on its home page, and
 * {@link PersonEvents.PersonTakenOver}), and keeps reading what it registered (see
 * {@link PersonDirectory#requireReadable}); monitoring sees the move as any transfer
 * ({@link PersonEvents.PersonTransferred}). Audited as {@code PERSON_TAKEOVER}.
 */
@Service
@Transactional
public class PersonTakeovers {

    /** The reason written in the history of transfers for a taking over. */
    static final String REASON = "Presa in carico su scelta della persona";

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final PersonAccess access;
    private final OrganisationNotices notices;
    private final TransactionLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    PersonTakeovers(PersonRepository persons, PersonQueries queries, PersonAccess access, OrganisationNotices notices,
            TransactionLocks locks, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.queries = queries;
        this.access = access;
        this.notices = notices;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's signed choice of an organisation: the day it was signed and the reference of the document. */
    public record PersonChoice(LocalDate choiceDate, String documentReference) {
    }

    /**
     * The caller's organisation takes the person in charge on the person's choice.
     *
     * @throws AccessDeniedException when the caller is not an operator of an organisation delivering services
     * @throws InvalidInputException {@code choiceDate} missing, in the future or not sensible;
     *                               {@code documentReference} missing or too long
     * @throws ConflictException     when the caller's organisation has the person in charge already
     */
    public InCharge takeOver(PersonId id, PersonChoice choice, CurrentUser caller) {
        access.requireOperator(caller, "PERSON_TAKEOVER", id);
        if (!caller.organisationKind().deliversServices()) {
            audit.denied("PERSON_TAKEOVER", PersonAccess.OBJECT, id);
            throw new AccessDeniedException("Solo chi eroga i servizi prende in carico una persona");
        }
        validate(choice);
        locks.lock("person.takeover", id.value());
        Person person = access.load(id);
        if (person.isInChargeOf(caller.organisationId())) {
            throw new ConflictException("person.takeover.already-in-charge", List.of(), "/api/v1/persons/" + id);
        }
        OrganisationId from = person.inChargeOf();
        LocalDate today = LocalDate.now(clock);
        String reference = choice.documentReference().strip();
        person.takeOverByChoice(caller.organisationId(), choice.choiceDate(), today);
        persons.save(person);
        queries.recordTakeover(id, from, caller.organisationId(), REASON, choice.choiceDate(), reference,
                clock.instant(), caller.id());
        String to = access.organisationName(caller.organisationId());
        notices.post(from, "person.takeover.notice", List.of(person.lastName() + " " + person.firstName(),
                person.fiscalCode(), to, DateTimeFormatter.ofPattern("dd/MM/yyyy").format(choice.choiceDate())),
                "/persons/" + id + "/registered");
        audit.success("PERSON_TAKEOVER", PersonAccess.OBJECT, id, "from=" + from + " to=" + caller.organisationId()
                + " choiceDate=" + choice.choiceDate());
        return new InCharge(id, caller.organisationId(), to);
    }

    private void validate(PersonChoice choice) {
        var problems = new InvalidInputException.Collector();
        LocalDate date = choice == null ? null : choice.choiceDate();
        String reference = choice == null ? null : choice.documentReference();
        if (date == null) {
            problems.add("choiceDate", "validation.required");
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add("choiceDate", "person.takeover.future-date");
        } else {
            problems.sensibleDate(date, "choiceDate");
        }
        problems.require(reference != null && !reference.isBlank(), "documentReference", "validation.required");
        problems.maxLength(reference == null ? null : reference.strip(), Person.CHOICE_DOCUMENT_REFERENCE_MAX,
                "documentReference");
        problems.throwIfAny();
    }
}
