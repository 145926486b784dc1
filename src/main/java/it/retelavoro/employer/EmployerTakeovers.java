package it.retelavoro.employer;

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
 * Taking a company in charge on its own choice (issue 13, point 5). The repertorio says of B.2 "L'impresa vi
 * accede da qualsiasi punto della rete pubblico/privata regionale": the company chooses the operator. Any
 * organisation that delivers services takes a company in charge from another by registering the company's signed
 * choice (date, document reference); the move happens at once.
 *
 * <p>The organisation that served the company is told (a notice on its home page and
 * {@link EmployerEvents.EmployerTakenOver}); it keeps reading the services it delivered and keeps handling the
 * vacancies it registered (their referrals and feedback are its acts). Audited as {@code EMPLOYER_TAKEOVER}.
 */
@Service
@Transactional
public class EmployerTakeovers {

    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final EmployerTakeoverRecords records;
    private final OrganisationNotices notices;
    private final TransactionLocks locks;
    private final AuditLog audit;
    private final Clock clock;

    EmployerTakeovers(EmployerRepository employers, EmployerAccess access, EmployerTakeoverRecords records,
            OrganisationNotices notices, TransactionLocks locks, AuditLog audit, Clock clock) {
        this.employers = employers;
        this.access = access;
        this.records = records;
        this.notices = notices;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The company's signed choice of an organisation: the day it was signed and the reference of the document. */
    public record CompanyChoice(LocalDate choiceDate, String documentReference) {
    }

    /**
     * The caller's organisation takes the company in charge on the company's choice.
     *
     * @return the company, now served by the caller's organisation
     * @throws AccessDeniedException when the caller is not an operator of an organisation delivering services
     * @throws InvalidInputException {@code choiceDate} missing, in the future or not sensible;
     *                               {@code documentReference} missing or too long
     * @throws ConflictException     when the caller's organisation serves the company already
     */
    public Employer takeOver(EmployerId id, CompanyChoice choice, CurrentUser caller) {
        access.requireOperator(caller, "EMPLOYER_TAKEOVER", id);
        if (!caller.organisationKind().deliversServices()) {
            audit.denied("EMPLOYER_TAKEOVER", "EMPLOYER", id);
            throw new AccessDeniedException("Solo chi eroga i servizi prende in carico un'impresa");
        }
        validate(choice);
        locks.lock("employer.takeover", id.value());
        Employer employer = access.load(id);
        if (employer.isServedBy(caller.organisationId())) {
            throw new ConflictException("employer.takeover.already-served", List.of(), "/api/v1/employers/" + id);
        }
        OrganisationId from = employer.organisationId();
        String reference = choice.documentReference().strip();
        employer.takeOverByChoice(caller.organisationId(), choice.choiceDate(), LocalDate.now(clock));
        Employer saved = employers.save(employer);
        records.record(id, from, caller.organisationId(), choice.choiceDate(), reference, clock.instant(), caller.id());
        notices.post(from, "employer.takeover.notice", List.of(saved.name(), saved.fiscalCode().value(),
                access.organisationName(caller.organisationId()),
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(choice.choiceDate())), null);
        audit.success("EMPLOYER_TAKEOVER", "EMPLOYER", id, "from=" + from + " to=" + caller.organisationId()
                + " choiceDate=" + choice.choiceDate());
        return saved;
    }

    private void validate(CompanyChoice choice) {
        var problems = new InvalidInputException.Collector();
        LocalDate date = choice == null ? null : choice.choiceDate();
        String reference = choice == null ? null : choice.documentReference();
        if (date == null) {
            problems.add("choiceDate", "validation.required");
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add("choiceDate", "employer.takeover.future-date");
        } else {
            problems.sensibleDate(date, "choiceDate");
        }
        EmployerAccess.requireText(reference, Employer.CHOICE_DOCUMENT_REFERENCE_MAX, "documentReference", problems);
        problems.throwIfAny();
    }
}
