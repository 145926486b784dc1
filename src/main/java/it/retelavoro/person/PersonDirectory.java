package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.person.SpecialCategoryVisibility.Visibility;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the registry: a person's record, the page of a person, search, who has a person in charge, and the
 * check the other modules make before acting on a person.
 *
 * <p>Only operators handle persons, and only the persons their organisation has in charge. Another
 * organisation's operator gets 403 on a person (404 when the id does not exist); search results hold only
 * the caller's organisation's persons. What another organisation may learn is who has a person in charge
 * ({@link #inCharge(String, CurrentUser)}, and the 409 of a second registration). Analysts and
 * administrators read no personal data here (403). Reads are audited ({@code PERSON_*}), denials too.
 */
@Service
@Transactional
public class PersonDirectory {

    private final PersonAccess access;
    private final PersonQueries queries;
    private final SpecialCategoryVisibility visibility;
    private final SpecialCategoryData specialCategories;
    private final TransferTargets transferTargets;
    private final AuditLog audit;

    PersonDirectory(PersonAccess access, PersonQueries queries, SpecialCategoryVisibility visibility,
            SpecialCategoryData specialCategories, TransferTargets transferTargets, AuditLog audit) {
        this.access = access;
        this.queries = queries;
        this.visibility = visibility;
        this.specialCategories = specialCategories;
        this.transferTargets = transferTargets;
        this.audit = audit;
    }

    /**
     * A person's data, for an operator of the organisation in charge. Audited as {@code PERSON_READ}.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException when the caller is not an operator of the organisation in charge
     */
    public Person person(PersonId id, CurrentUser caller) {
        Person person = access.inChargeOf(id, caller, "PERSON_READ");
        audit.success("PERSON_READ", PersonAccess.OBJECT, id);
        return person;
    }

    /**
     * Everything the page of a person shows, after one access check: the record (audited as
     * {@code PERSON_READ}), who has them in charge, the special categories the caller may see and record
     * ({@code PERSON_SPECIAL_READ} when some are seen), the transfers ({@code PERSON_TRANSFER_READ}) and
     * where the person may be transferred.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException when the caller is not an operator of the organisation in charge
     */
    public PersonPage personPage(PersonId id, CurrentUser caller) {
        Person person = person(id, caller);
        OrganisationId owner = person.inChargeOf();
        Visibility visible = visibility.of(caller, owner);
        Optional<SpecialCategories> special = specialCategories.visibleTo(id, visible);
        Optional<SpecialCategories> recordable = special.map(seen -> visible.recordable());
        audit.success("PERSON_TRANSFER_READ", PersonAccess.OBJECT, id);
        return new PersonPage(person, new InCharge(id, owner, access.organisationName(owner)), special, recordable,
                queries.transfers(id), transferTargets.except(owner));
    }

    /**
     * Checks that the caller is an operator of the organisation that has the person in charge, for the
     * modules that act on the person's pathway. Not audited on success: the caller audits its own action.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException otherwise (audited)
     */
    @Transactional(readOnly = true)
    public PersonSummary requireInCharge(PersonId id, CurrentUser caller) {
        return access.requireInCharge(id, caller);
    }

    /**
     * Checks that the caller may read the person's pathway: an operator of the organisation in charge (all of
     * it), or of an organisation that lost the person by a taking over on the person's choice (only the acts it
     * registered itself: the caller compares {@link PersonSummary#inChargeOf()} with its organisation). Not
     * audited on success: the caller audits its own read.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException otherwise (audited)
     */
    @Transactional(readOnly = true)
    public PersonSummary requireReadable(PersonId id, CurrentUser caller) {
        return access.requireReadable(id, caller);
    }

    /**
     * The names of persons a module's own list names, for the lists whose rows that module already scoped to the
     * caller (a CPI's DIDs, its changes): no access check, no audit here; the caller audits its list.
     */
    @Transactional(readOnly = true)
    public java.util.Map<PersonId, PersonSummary> summaries(java.util.Collection<PersonId> ids) {
        return queries.summaries(java.util.Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(PersonSummary::id, summary -> summary));
    }

    /**
     * Persons of the caller's organisation by codice fiscale (an omocode finds the same person) or by the
     * start of "surname name" or "name surname", case and accents ignored; at most 50.
     */
    public List<PersonSummary> search(String fiscalCode, String name, CurrentUser caller) {
        access.requireOperator(caller, "PERSON_SEARCH", null);
        List<PersonSummary> found;
        if (fiscalCode != null && !fiscalCode.isBlank()) {
            found = FiscalCode.isValid(fiscalCode)
                    ? queries.byFiscalCode(new FiscalCode(fiscalCode).normalised().value())
                            .filter(person -> caller.belongsTo(person.inChargeOf())).map(List::of).orElse(List.of())
                    : List.of();
        } else if (name != null && Person.fold(name).length() >= 2) {
            found = queries.byNamePrefix(Person.fold(name), caller.organisationId());
        } else {
            found = List.of();
        }
        audit.success("PERSON_SEARCH", PersonAccess.OBJECT, null, "rows=" + found.size());
        return found;
    }

    /**
     * Who has the person with this codice fiscale in charge: what any operator may learn of a person of
     * another organisation (e.g. to ask for a transfer). Audited as {@code PERSON_IN_CHARGE_READ}.
     *
     * @throws NotFoundException when nobody has the person in charge (or the code is not valid)
     */
    public InCharge inCharge(String fiscalCode, CurrentUser caller) {
        access.requireOperator(caller, "PERSON_IN_CHARGE_READ", null);
        if (!FiscalCode.isValid(fiscalCode)) {
            throw new NotFoundException("person", "?");
        }
        PersonSummary person = queries.byFiscalCode(new FiscalCode(fiscalCode).normalised().value())
                .orElseThrow(() -> new NotFoundException("person", "?"));
        audit.success("PERSON_IN_CHARGE_READ", PersonAccess.OBJECT, person.id());
        return new InCharge(person.id(), person.inChargeOf(), access.organisationName(person.inChargeOf()));
    }

    /** Who has the person in charge, for the caller's own person page. */
    @Transactional(readOnly = true)
    public InCharge inCharge(PersonId id, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(id, caller);
        return new InCharge(person.id(), person.inChargeOf(), access.organisationName(person.inChargeOf()));
    }

    /** The organisation's name, for showing who has a person in charge. */
    @Transactional(readOnly = true)
    public String organisationName(OrganisationId id) {
        return access.organisationName(id);
    }
}
