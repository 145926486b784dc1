package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.Citizen;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as the person it is about sees it (issue 17): the citizen logged in with SPID or CIE finds the
 * record of their codice fiscale (or of an omocode of it), and nothing else. The codice fiscale is the one the
 * identity provider vouched for, so there is no further check; each read is audited as {@code PERSON_SELF_READ}
 * (without an operator, so it is not in the person's access log of others' reads).
 */
@Service
@Transactional(readOnly = true)
public class OwnRecords {

    private final PersonQueries queries;
    private final PersonRepository persons;
    private final PersonAccess access;
    private final AuditLog audit;

    OwnRecords(PersonQueries queries, PersonRepository persons, PersonAccess access, AuditLog audit) {
        this.queries = queries;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The person the citizen is, when the registry has them: the record of exactly the codice fiscale the provider
     * vouched for, as issued. An omocode is issued to tell apart two persons whose codes would be the same: the
     * record of the base code (or of another omocode of it) is someone else's, so it is no one's record here (the
     * citizen is told to go to a CPI). Not audited: only whether they are there.
     */
    public Optional<PersonId> idOf(Citizen citizen) {
        String code = citizen.fiscalCode().strip().toUpperCase(Locale.ROOT);
        if (!FiscalCode.isValid(code)) {
            return Optional.empty();
        }
        return queries.byFiscalCode(new FiscalCode(code).normalised().value()).map(PersonSummary::id)
                .flatMap(persons::findById)
                .filter(person -> code.equals(person.fiscalCodeAsIssued()))
                .map(Person::id);
    }

    /** The citizen's own record with who has them in charge, audited. */
    public Optional<OwnRecord> record(Citizen citizen) {
        return idOf(citizen).flatMap(persons::findById).map(person -> {
            audit.success("PERSON_SELF_READ", PersonAccess.OBJECT, person.id());
            return new OwnRecord(person, new InCharge(person.id(), person.inChargeOf(),
                    access.organisationName(person.inChargeOf())));
        });
    }

    /** A person's record and who has them in charge, as they see it. */
    public record OwnRecord(Person person, InCharge inCharge) {
    }
}
