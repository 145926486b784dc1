package it.retelavoro.interop.co;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the work history the Comunicazioni Obbligatorie make (issue 15, part 1). Who sees it:
 * <ul>
 * <li>a person's: the operators of the organisation that has the person in charge ({@link PersonDirectory#requireInCharge},
 * whose denial is audited as {@code PERSON_ACCESS}); nobody else, agencies included;</li>
 * <li>the communications of a worker not in the registry (kept until they are registered, then attached): only the
 * operators of a CPI with a site in the province of the worker's domicile, as the communications give it;
 * agencies never (403, audited).</li>
 * </ul>
 * A person is always in charge of some organisation in this registry; "a CO of a person in charge of nobody" is the
 * second case. Every read is audited ({@code CO_WORK_HISTORY_READ}, {@code CO_UNATTACHED_READ}).
 */
@Service
@Transactional(readOnly = true)
public class WorkHistory {

    private static final Pattern WORKER_FISCAL_CODE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\\d{11}");

    /** A person's work history, with who they are for the page's heading. */
    public record PersonWorkHistory(PersonSummary person, List<WorkHistoryEntry> employments) {
        public PersonWorkHistory {
            employments = List.copyOf(employments);
        }
    }

    private final CoWorkHistoryQueries store;
    private final PersonDirectory directory;
    private final NetworkManagement network;
    private final CoCodeTables codeTables;
    private final Comuni comuni;
    private final AtecoClassification ateco;
    private final Occupations occupations;
    private final AuditLog audit;

    WorkHistory(CoWorkHistoryQueries store, PersonDirectory directory, NetworkManagement network, CoCodeTables codeTables,
            Comuni comuni, AtecoClassification ateco, Occupations occupations, AuditLog audit) {
        this.store = store;
        this.directory = directory;
        this.network = network;
        this.codeTables = codeTables;
        this.comuni = comuni;
        this.ateco = ateco;
        this.occupations = occupations;
        this.audit = audit;
    }

    /**
     * The person's employments from the CO, most recent first, for an operator of the organisation in charge.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException when the caller is not an operator of the organisation in charge (audited)
     */
    public PersonWorkHistory ofPerson(PersonId id, CurrentUser caller, Locale locale) {
        PersonSummary person = directory.requireInCharge(id, caller);
        List<WorkHistoryEntry> employments = store.employmentsOf(id).stream()
                .map(employment -> entry(employment, locale)).toList();
        audit.success("CO_WORK_HISTORY_READ", "PERSON", id, "rows=" + employments.size());
        return new PersonWorkHistory(person, employments);
    }

    /**
     * The person's employments from the CO, most recent first, as the person sees them in their own area (issue 17):
     * the caller found the person from the codice fiscale their identity provider vouched for. Audited as
     * {@code CO_WORK_HISTORY_SELF_READ}.
     */
    public List<WorkHistoryEntry> ofThemselves(PersonId id, Locale locale) {
        List<WorkHistoryEntry> employments = store.employmentsOf(id).stream()
                .map(employment -> entry(employment, locale)).toList();
        audit.success("CO_WORK_HISTORY_SELF_READ", "PERSON", id, "rows=" + employments.size());
        return employments;
    }

    /**
     * The employments from the CO of a worker not in the registry, most recent first: those whose worker's
     * domicile is in a province where the caller's CPI has a site (the others are left out, saying nothing of
     * them).
     *
     * @param fiscalCode the worker's codice fiscale (an omocode finds the same worker) or provisional code
     * @throws AccessDeniedException when the caller is not an operator of a CPI (audited)
     * @throws InvalidInputException when the code has not the form of a codice fiscale
     */
    public List<WorkHistoryEntry> unattached(String fiscalCode, CurrentUser caller, Locale locale) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            audit.denied("CO_UNATTACHED_READ", "CO_EMPLOYMENT", null);
            throw new AccessDeniedException("Solo i CPI vedono le comunicazioni di chi non è registrato");
        }
        String code = fiscalCode == null ? "" : fiscalCode.strip().toUpperCase(Locale.ROOT);
        if (!WORKER_FISCAL_CODE.matcher(code).matches()) {
            throw InvalidInputException.of("fiscalCode", "interop.co.fiscal-code.invalid");
        }
        Set<String> provinces = network.allSites(caller).stream().map(Site::comuneCode).map(this::province)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        List<WorkHistoryEntry> visible = store.unattachedEmploymentsOf(CoCommunication.fiscalCodeKey(code)).stream()
                .filter(employment -> province(employment.workerDomicileComune()).filter(provinces::contains)
                        .isPresent())
                .map(employment -> entry(employment, locale)).toList();
        if (visible.isEmpty()) {
            audit.success("CO_UNATTACHED_READ", "CO_EMPLOYMENT", null, "rows=0");
        }
        visible.forEach(entry -> audit.success("CO_UNATTACHED_READ", "CO_EMPLOYMENT", entry.id()));
        return visible;
    }

    private Optional<String> province(String comune) {
        return comune == null ? Optional.empty() : comuni.byCode(comune).map(Comune::provinceCode);
    }

    private WorkHistoryEntry entry(CoEmployment employment, Locale locale) {
        return new WorkHistoryEntry(employment.id(), WorkHistoryEntry.SOURCE, employment.employerFiscalCode(),
                employment.employerName(), employment.atecoCode(),
                employment.atecoCode() == null ? null : ateco.labelOf(employment.atecoCode()),
                employment.workplaceComune(),
                employment.workplaceComune() == null ? null : comuni.labelOf(employment.workplaceComune()),
                employment.userCompanyFiscalCode(), employment.userCompanyName(), employment.startDate(),
                employment.endDate(), employment.contractTypeCode(),
                label(CoCodeTable.CONTRACT_TYPES, employment.contractTypeCode()), employment.workingTimeCode(),
                label(CoCodeTable.WORKING_TIME, employment.workingTimeCode()), employment.occupationCode(),
                employment.occupationCode() == null ? null : occupations.labelOf(employment.occupationCode(), locale),
                employment.cessationDate(), employment.cessationCauseCode(),
                label(CoCodeTable.CESSATION_CAUSES, employment.cessationCauseCode()),
                store.codesOf(employment.id()));
    }

    private String label(CoCodeTable table, String code) {
        return codeTables.label(table, code).orElse(null);
    }
}
