package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAccess.isBlank;
import static it.retelavoro.employer.EmployerAccess.maxLength;
import static it.retelavoro.employer.EmployerAccess.requireText;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.employer.EmployerCommands.ContactDetails;
import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.SiteDetails;
import it.retelavoro.reference.AtecoClassification;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of companies: registration (one record per fiscal code, taken in charge by the organisation
 * whose operator registers it) and changes to the record. Audited as {@code EMPLOYER_CREATE} and
 * {@code EMPLOYER_UPDATE}; a registration publishes {@link EmployerEvents.EmployerRegistered}.
 */
@Service
@Transactional
public class EmployerRegistry {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ./()-]{5,30}");

    private final EmployerRepository employers;
    private final EmployerAccess access;
    private final Comuni comuni;
    private final AtecoClassification ateco;
    private final AuditLog audit;
    private final TransactionLocks locks;
    private final Clock clock;

    EmployerRegistry(EmployerRepository employers, EmployerAccess access, Comuni comuni, AtecoClassification ateco,
            AuditLog audit, TransactionLocks locks, Clock clock) {
        this.employers = employers;
        this.access = access;
        this.comuni = comuni;
        this.ateco = ateco;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Registers a company and takes it in charge for the caller's organisation.
     *
     * @throws InvalidInputException when a field is invalid (fiscal code, ATECO, comune, ...)
     * @throws ConflictException     when the fiscal code is registered already, pointing to the record
     */
    public Employer register(NewEmployer command, CurrentUser caller) {
        access.requireOperator(caller, "EMPLOYER_CREATE", null);
        var problems = new InvalidInputException.Collector();
        String fiscalCode = EmployerFiscalCode.normalise(command.fiscalCode());
        problems.require(EmployerFiscalCode.isValid(fiscalCode), "fiscalCode", "employer.validation.fiscal-code");
        EmployerDetails details = command.details() == null
                ? new EmployerDetails(null, null, null, null, null, null, null, null) : command.details();
        validate(details, problems);
        problems.throwIfAny();
        // a concurrent registration of the same code waits for this one, then finds it here
        locks.lock("employer.fiscal-code", fiscalCode);
        Optional<Employer> existing = employers.findByFiscalCode(fiscalCode);
        if (existing.isPresent()) {
            audit.failed("EMPLOYER_CREATE", "EMPLOYER", existing.get().id(), "duplicate");
            throw new ConflictException("employer.duplicate",
                    List.of(access.organisationName(existing.get().organisationId())),
                    "/api/v1/employers/" + existing.get().id());
        }
        EmployerFiscalCode code = new EmployerFiscalCode(fiscalCode);
        if (details.legalForm() == null && code.isNaturalPerson()) {
            details = new EmployerDetails(details.name(), LegalForm.DITTA_INDIVIDUALE, details.ateco(),
                    details.sizeClass(), details.comune(), details.address(), details.sites(), details.contacts());
        }
        Employer employer = employers.save(Employer.register(code, details, caller.organisationId(),
                LocalDate.now(clock), clock.instant()));
        audit.success("EMPLOYER_CREATE", "EMPLOYER", employer.id());
        return employer;
    }

    /**
     * Completes or corrects the record of a company (name, form, activity, size, office, sites, contacts),
     * e.g. during a B.2; the fiscal code never changes.
     *
     * @throws OptimisticLockingFailureException when the record changed since it was read
     */
    public Employer changeRecord(EmployerId id, EmployerDetails details, int expectedVersion, CurrentUser caller) {
        Employer employer = access.serving(id, caller, "EMPLOYER_UPDATE");
        var problems = new InvalidInputException.Collector();
        validate(details, problems);
        problems.throwIfAny();
        if (employer.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("employer " + id);
        }
        employer.describe(details);
        Employer saved = employers.save(employer);
        audit.success("EMPLOYER_UPDATE", "EMPLOYER", id);
        return saved;
    }

    private void validate(EmployerDetails details, InvalidInputException.Collector problems) {
        requireText(details.name(), Employer.NAME_MAX, "name", problems);
        boolean known = details.ateco() != null && ateco.isActivityCode(details.ateco());
        problems.require(known, "ateco", "employer.validation.ateco");
        if (known && !ateco.isLeafCode(details.ateco())) {
            // a company's activity is a subcategory (56.10.11): a division such as 56 only heads a family of them
            String level = ateco.byCode(details.ateco()).orElseThrow().level();
            problems.add("ateco", "employer.validation.ateco-leaf", details.ateco().strip(),
                    new DefaultMessageSourceResolvable("employer.ateco.level." + level));
        }
        problems.require(details.sizeClass() != null, "sizeClass", "validation.required");
        problems.require(details.comune() != null && comuni.exists(details.comune()), "comune", "validation.comune");
        maxLength(details.address(), Employer.ADDRESS_MAX, "address", problems);
        for (int i = 0; i < details.sites().size(); i++) {
            SiteDetails site = details.sites().get(i);
            problems.require(site != null && comuni.exists(site.comune()), "sites[" + i + "].comune",
                    "validation.comune");
            requireText(site == null ? null : site.address(), Employer.SITE_ADDRESS_MAX, "sites[" + i + "].address",
                    problems);
        }
        for (int i = 0; i < details.contacts().size(); i++) {
            ContactDetails contact = details.contacts().get(i);
            String field = "contacts[" + i + "].";
            requireText(contact == null ? null : contact.name(), Employer.CONTACT_NAME_MAX, field + "name", problems);
            if (contact != null) {
                maxLength(contact.role(), Employer.CONTACT_ROLE_MAX, field + "role", problems);
                problems.require(isBlank(contact.phone()) || PHONE.matcher(contact.phone().strip()).matches(),
                        field + "phone", "employer.validation.phone");
                problems.require(isBlank(contact.email()) || (EMAIL.matcher(contact.email().strip()).matches()
                        && contact.email().strip().length() <= Employer.CONTACT_EMAIL_MAX), field + "email",
                        "employer.validation.email");
            }
        }
    }
}
