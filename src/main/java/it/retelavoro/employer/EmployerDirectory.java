package it.retelavoro.employer;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the registry of companies: a company's record and file for its serving organisation, search (others
 * learn that a company exists and who serves it), and, for the other modules, {@link #findEmployer} and
 * {@link #servingOrganisation} without a caller: the module asking decides what its caller may see. Reads
 * are audited ({@code EMPLOYER_READ}, {@code EMPLOYER_SEARCH}).
 */
@Service
@Transactional
public class EmployerDirectory {

    static final int NAME_SEARCH_LIMIT = 50;

    private final EmployerRepository employers;
    private final CompanyPactRepository pacts;
    private final EmployerDeliveryRepository deliveries;
    private final VacancyRepository vacancies;
    private final EmployerAccess access;
    private final AuditLog audit;

    EmployerDirectory(EmployerRepository employers, CompanyPactRepository pacts,
            EmployerDeliveryRepository deliveries, VacancyRepository vacancies, EmployerAccess access,
            AuditLog audit) {
        this.employers = employers;
        this.pacts = pacts;
        this.deliveries = deliveries;
        this.vacancies = vacancies;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The record of a company, for its serving organisation.
     *
     * @throws NotFoundException     when there is no such company
     * @throws AccessDeniedException when another organisation serves it
     */
    public Employer employer(EmployerId id, CurrentUser caller) {
        Employer employer = access.serving(id, caller, "EMPLOYER_READ");
        audit.success("EMPLOYER_READ", "EMPLOYER", id);
        return employer;
    }

    /**
     * The names of companies a module's own list names, for the lists whose rows that module already scoped to the
     * caller (the agenda of a site): no access check, no audit here.
     */
    public java.util.Map<EmployerId, String> names(java.util.Collection<EmployerId> ids) {
        return employers.findAllById(java.util.Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(Employer::id, Employer::name));
    }

    /**
     * Checks that the caller's organisation serves the company, before another module acts for it (the agenda's
     * appointments). Not audited on success: the caller audits its own act.
     *
     * @throws NotFoundException     when there is no such company
     * @throws AccessDeniedException when another organisation serves it (audited)
     */
    public void requireServed(EmployerId id, CurrentUser caller) {
        access.serving(id, caller, "EMPLOYER_ACT");
    }

    /**
     * The record with the Patti, deliveries and vacancies, for the serving organisation (one audited read):
     * everything the page of a company shows.
     */
    public EmployerFile employerFile(EmployerId id, CurrentUser caller) {
        Employer employer = access.serving(id, caller, "EMPLOYER_READ");
        audit.success("EMPLOYER_READ", "EMPLOYER", id, "file");
        return new EmployerFile(employer, pacts.findByEmployer(id), deliveries.findByEmployer(id),
                vacancies.findByEmployer(id));
    }

    /**
     * The company with the fiscal code (exact match, either kind), as far as the caller may see it.
     */
    public List<EmployerSummary> searchByFiscalCode(String fiscalCode, CurrentUser caller) {
        String code = EmployerFiscalCode.normalise(fiscalCode);
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("fiscalCode", "validation.required");
        }
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=fiscalCode");
        return employers.findByFiscalCode(code).map(found -> List.of(summary(found, caller, true))).orElse(List.of());
    }

    /**
     * The company registered with the fiscal code, for the flows that name a company by it (a Comunicazione
     * Obbligatoria): its id only, never its data, so not audited here; the caller audits what it does with it.
     */
    @Transactional(readOnly = true)
    public Optional<EmployerId> idByFiscalCode(String fiscalCode) {
        String code = EmployerFiscalCode.normalise(fiscalCode);
        return code == null || code.isBlank() ? Optional.empty()
                : employers.findIdByFiscalCode(code).map(EmployerId::new);
    }

    /**
     * Companies whose name contains the text. Sole traders served by other organisations are left out: their
     * name is personal data, and only an exact fiscal code may reveal who serves them.
     */
    public List<EmployerSummary> searchByName(String name, CurrentUser caller) {
        if (name == null || name.strip().length() < 2) {
            throw InvalidInputException.of("name", "employer.validation.search-too-short", 2);
        }
        String fragment = name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=name");
        return employers.findByNameContaining(fragment, NAME_SEARCH_LIMIT).stream()
                .filter(found -> found.isServedBy(caller.organisationId()) || !found.isSoleTrader())
                .map(found -> summary(found, caller, false))
                .toList();
    }

    /** The companies the caller's organisation registered most recently. */
    public List<EmployerSummary> latestOfMyOrganisation(CurrentUser caller, int limit) {
        audit.success("EMPLOYER_SEARCH", "EMPLOYER", null, "by=latest");
        return employers.findLatestOf(caller.organisationId(), limit).stream()
                .map(found -> summary(found, caller, false)).toList();
    }

    private EmployerSummary summary(Employer employer, CurrentUser caller, boolean fiscalCodeTyped) {
        boolean accessible = employer.isServedBy(caller.organisationId());
        boolean nameVisible = accessible || !employer.isSoleTrader();
        return new EmployerSummary(employer.id(),
                accessible || fiscalCodeTyped ? Optional.of(employer.fiscalCode().value()) : Optional.empty(),
                nameVisible ? Optional.of(employer.name()) : Optional.empty(), employer.organisationId(),
                access.organisationName(employer.organisationId()), accessible);
    }

    /** Any company by id, without access check: the calling module decides what its caller may see. */
    @Transactional(readOnly = true)
    public Optional<Employer> findEmployer(EmployerId id) {
        return employers.findById(id);
    }

    /** The organisation that took the company in charge, if the company exists. */
    @Transactional(readOnly = true)
    public Optional<OrganisationId> servingOrganisation(EmployerId id) {
        return employers.findById(id).map(Employer::organisationId);
    }
}
