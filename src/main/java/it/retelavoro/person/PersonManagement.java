package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.PersonEvents.CitizenshipGroup;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.reference.BirthPlaces;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Countries;
import it.retelavoro.reference.EducationLevels;
import it.retelavoro.reference.Languages;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person registry: registration (one person, one record), reading and updating a person's data, search,
 * the special categories of data, and the transfer of a person between organisations.
 *
 * <p>Who may do what:
 * <ul>
 * <li>Only operators handle persons, and only the persons their organisation has in charge. Another
 * organisation's operator gets 403 on a person (404 when the id does not exist); search results hold only
 * the caller's organisation's persons. What another organisation may learn is who has a person in charge
 * ({@link #inCharge(String, CurrentUser)}, and the 409 of a second registration).</li>
 * <li>Analysts and administrators read no personal data here (403); an administrator may transfer a person.</li>
 * <li>Special categories (complex targets, cultural mediation) are shown target by target to operators of the
 * organisation in charge who have the competences the repertorio asks for that target (catalogue version in
 * force), and wholly to the CPI operators of the organisation in charge.</li>
 * </ul>
 * Every read and write is audited ({@code PERSON_*} actions, object type {@code PERSON}), denials too.
 */
@Service
@Transactional
public class PersonManagement {

    static final String OBJECT = "PERSON";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./-]{6,25}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final SpecialCategoryStore specialCategories;
    private final TransferTargets transferTargets;
    private final NetworkManagement network;
    private final Catalogue catalogue;
    private final BirthPlaces birthPlaces;
    private final Comuni comuni;
    private final Countries countries;
    private final EducationLevels educationLevels;
    private final Occupations occupations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;

    PersonManagement(PersonRepository persons, PersonQueries queries, SpecialCategoryStore specialCategories,
            TransferTargets transferTargets, NetworkManagement network, Catalogue catalogue, BirthPlaces birthPlaces, Comuni comuni,
            Countries countries, EducationLevels educationLevels, Occupations occupations, AuditLog audit,
            ApplicationEventPublisher events, TransactionLocks locks, Clock clock) {
        this.persons = persons;
        this.queries = queries;
        this.specialCategories = specialCategories;
        this.transferTargets = transferTargets;
        this.network = network;
        this.catalogue = catalogue;
        this.birthPlaces = birthPlaces;
        this.comuni = comuni;
        this.countries = countries;
        this.educationLevels = educationLevels;
        this.occupations = occupations;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    // --- registration --------------------------------------------------------------------------------

    /**
     * Registers a person, taken in charge by the caller's organisation.
     *
     * @throws InvalidInputException every invalid or inconsistent field ({@code fiscalCode}, {@code birthDate},
     *                               {@code sex}, {@code birthPlace}, {@code residence.comune}, ...)
     * @throws ConflictException     when the person (same codice fiscale or an omocode of it) is registered:
     *                               with a pointer to them if the caller's organisation has them in charge,
     *                               else only the name of the organisation that has them
     * @throws AccessDeniedException when the caller is not an operator
     */
    public Person register(PersonRegistration registration, CurrentUser caller) {
        requireOperator(caller, "PERSON_CREATE", null);
        FiscalCode fiscalCode = validate(registration);
        // a second registration of the same code waits for the first to commit, then finds it here
        locks.lock("person.fiscal-code", fiscalCode.normalised().value());
        queries.byFiscalCode(fiscalCode.normalised().value()).ifPresent(existing -> {
            throw duplicate(existing, caller);
        });
        Person person = Person.register(fiscalCode, registration.firstName(), registration.lastName(),
                registration.birthDate(), Sex.parse(registration.sex()).orElseThrow(),
                registration.birthPlace().strip().toUpperCase(Locale.ROOT),
                registration.citizenship().strip().toUpperCase(Locale.ROOT), withConsentDate(registration.details()),
                caller.organisationId(), caller.id(), clock.instant());
        try {
            person = persons.save(person);
        } catch (DuplicateKeyException e) {
            // registered meanwhile by someone else
            throw queries.byFiscalCode(fiscalCode.normalised().value()).map(existing -> duplicate(existing, caller))
                    .orElseThrow(() -> e);
        }
        audit.success("PERSON_CREATE", OBJECT, person.id());
        events.publishEvent(registered(person));
        return person;
    }

    private ConflictException duplicate(PersonSummary existing, CurrentUser caller) {
        if (caller.belongsTo(existing.inChargeOf())) {
            return new ConflictException("person.duplicate.own", List.of(),
                    "/api/v1/persons/" + existing.id());
        }
        return new ConflictException("person.duplicate.other", List.of(organisationName(existing.inChargeOf())),
                null);
    }

    private PersonRegistered registered(Person person) {
        CitizenshipGroup group = countries.byCode(person.citizenship())
                .map(country -> country.isItaly() ? CitizenshipGroup.ITALIAN
                        : country.europeanUnion() ? CitizenshipGroup.EU : CitizenshipGroup.NON_EU)
                .orElse(CitizenshipGroup.NON_EU);
        PersonDetails details = person.details();
        String province = details.residence() == null ? null
                : comuni.byCode(details.residence().comune()).map(Comune::provinceCode).orElse(null);
        return new PersonRegistered(person.id(), person.inChargeOf(), LocalDate.now(clock), person.sex(),
                person.birthDate().getYear(), group, details.educationLevel(), province);
    }

    private FiscalCode validate(PersonRegistration registration) {
        var problems = new InvalidInputException.Collector();
        FiscalCode fiscalCode = null;
        if (registration.fiscalCode() == null || registration.fiscalCode().isBlank()) {
            problems.add("fiscalCode", "validation.required");
        } else if (!FiscalCode.hasValidFormat(registration.fiscalCode())) {
            problems.add("fiscalCode", "person.fiscal-code.format");
        } else if (!FiscalCode.isValid(registration.fiscalCode())) {
            problems.add("fiscalCode", "person.fiscal-code.check-character");
        } else {
            fiscalCode = new FiscalCode(registration.fiscalCode());
        }
        requireName(problems, registration.firstName(), "firstName");
        requireName(problems, registration.lastName(), "lastName");
        LocalDate birthDate = registration.birthDate();
        if (birthDate == null) {
            problems.add("birthDate", "validation.required");
        } else if (birthDate.isAfter(LocalDate.now(clock)) || birthDate.isBefore(OLDEST_BIRTH)) {
            problems.add("birthDate", "person.birth-date.range");
            birthDate = null;
        }
        Optional<Sex> sex = Sex.parse(registration.sex());
        if (sex.isEmpty()) {
            problems.add("sex", registration.sex() == null || registration.sex().isBlank() ? "validation.required"
                    : "person.sex.invalid");
        }
        boolean placeKnown = birthPlaces.exists(registration.birthPlace());
        problems.require(placeKnown, "birthPlace", "person.birth-place.unknown");
        problems.require(countries.exists(registration.citizenship()), "citizenship", "person.citizenship.unknown");
        if (fiscalCode != null) {
            if (birthDate != null && !fiscalCode.matchesBirthDate(birthDate)) {
                problems.add("birthDate", "person.fiscal-code.birth-date-mismatch");
            }
            if (sex.isPresent() && fiscalCode.sex() != sex.get()) {
                problems.add("sex", "person.fiscal-code.sex-mismatch");
            }
            if (placeKnown && !fiscalCode.birthPlaceCode().equalsIgnoreCase(registration.birthPlace().strip())) {
                problems.add("birthPlace", "person.fiscal-code.birth-place-mismatch");
            }
        }
        validate(registration.details(), problems);
        problems.throwIfAny();
        return fiscalCode;
    }

    private static void requireName(InvalidInputException.Collector problems, String name, String field) {
        if (name == null || name.isBlank()) {
            problems.add(field, "validation.required");
        } else if (name.strip().length() > 100) {
            problems.add(field, "validation.too-long", 100);
        }
    }

    private void validate(PersonDetails details, InvalidInputException.Collector problems) {
        validate(details.residence(), "residence", problems);
        validate(details.domicile(), "domicile", problems);
        if (details.phone() != null && !details.phone().isBlank()) {
            problems.require(PHONE.matcher(details.phone().strip()).matches(), "phone", "person.phone.invalid");
        }
        if (details.email() != null && !details.email().isBlank()) {
            problems.require(details.email().strip().length() <= 200 && EMAIL.matcher(details.email().strip())
                    .matches(), "email", "person.email.invalid");
        }
        if (details.educationLevel() != null && !details.educationLevel().isBlank()) {
            problems.require(educationLevels.exists(details.educationLevel()), "educationLevel",
                    "person.education-level.unknown");
        }
        if (details.matchingConsentDate() != null) {
            problems.require(!details.matchingConsentDate().isAfter(LocalDate.now(clock)), "matchingConsentDate",
                    "person.date.future");
            problems.sensibleDate(details.matchingConsentDate(), "matchingConsentDate");
        }
        Profile profile = details.profile();
        for (int i = 0; i < profile.experiences().size(); i++) {
            WorkExperience experience = profile.experiences().get(i);
            String field = "profile.experiences[" + i + "]";
            if (experience == null) {
                problems.add(field, "validation.required");
                continue;
            }
            if (experience.employer() == null || experience.employer().isBlank()) {
                problems.add(field + ".employer", "validation.required");
            } else if (experience.employer().strip().length() > 200) {
                problems.add(field + ".employer", "validation.too-long", 200);
            }
            if (experience.occupation() != null && !experience.occupation().isBlank()) {
                problems.require(occupations.exists(experience.occupation()), field + ".occupation",
                        "person.occupation.unknown");
            }
            problems.sensibleDate(experience.from(), field + ".from").sensibleDate(experience.to(), field + ".to");
            if (experience.from() != null && experience.to() != null) {
                problems.require(!experience.to().isBefore(experience.from()), field + ".to", "person.period.order");
            }
            if (experience.description() != null) {
                problems.require(experience.description().length() <= 2000, field + ".description",
                        "validation.too-long", 2000);
            }
        }
        Set<String> languagesSeen = new HashSet<>();
        for (int i = 0; i < profile.languages().size(); i++) {
            LanguageSkill skill = profile.languages().get(i);
            String field = "profile.languages[" + i + "]";
            if (skill == null || !Languages.exists(skill.language())) {
                problems.add(field + ".language", "person.language.unknown");
                continue;
            }
            problems.require(languagesSeen.add(skill.language().strip().toLowerCase(Locale.ROOT)),
                    field + ".language", "person.language.repeated");
            problems.require(skill.motherTongue() || skill.level() != null, field + ".level", "validation.required");
        }
        for (String occupation : profile.desiredOccupations()) {
            problems.require(occupations.exists(occupation), "profile.desiredOccupations", "person.occupation.unknown");
        }
        Availability availability = profile.availability();
        if (availability.maxKm() != null) {
            problems.require(availability.maxKm() >= 0 && availability.maxKm() <= 2000,
                    "profile.availability.maxKm", "person.max-km.range");
        }
        for (String province : availability.provinces()) {
            problems.require(province != null && PROVINCE.matcher(province.strip().toUpperCase(Locale.ROOT))
                    .matches(), "profile.availability.provinces", "person.province.invalid");
        }
    }

    private void validate(Address address, String field, InvalidInputException.Collector problems) {
        if (address == null) {
            return;
        }
        boolean hasAddress = address.address() != null && !address.address().isBlank();
        boolean hasComune = address.comune() != null && !address.comune().isBlank();
        if (hasAddress || hasComune) {
            problems.require(hasComune && comuni.exists(address.comune()), field + ".comune", "validation.comune");
        }
        if (hasAddress) {
            problems.require(address.address().strip().length() <= 300, field + ".address", "validation.too-long",
                    300);
        }
    }

    /** Normalises the details as stored: a consent given without a date is given today. */
    private PersonDetails withConsentDate(PersonDetails details) {
        Profile profile = details.profile();
        Availability availability = profile.availability();
        Set<String> provinces = new HashSet<>();
        availability.provinces().forEach(province -> provinces.add(province.strip().toUpperCase(Locale.ROOT)));
        List<LanguageSkill> languages = profile.languages().stream()
                .map(skill -> new LanguageSkill(skill.language().strip().toLowerCase(Locale.ROOT),
                        skill.motherTongue() && skill.level() == null ? null : skill.level(), skill.motherTongue()))
                .toList();
        List<WorkExperience> experiences = profile.experiences().stream()
                .map(experience -> new WorkExperience(experience.employer().strip(),
                        experience.occupation() == null || experience.occupation().isBlank() ? null
                                : experience.occupation().strip(),
                        experience.from(), experience.to(),
                        experience.description() == null || experience.description().isBlank() ? null
                                : experience.description().strip()))
                .toList();
        Set<String> desired = new HashSet<>();
        profile.desiredOccupations().forEach(code -> desired.add(code.strip()));
        Profile normalised = new Profile(experiences, languages, profile.drivingLicences(), desired,
                new Availability(availability.hours(), availability.maxKm(), provinces,
                        availability.willingToRelocate()));
        LocalDate consentDate = details.matchingConsent()
                ? Optional.ofNullable(details.matchingConsentDate()).orElse(LocalDate.now(clock)) : null;
        return new PersonDetails(details.residence(), details.domicile(), details.phone(), details.email(),
                details.educationLevel() == null ? null : details.educationLevel().strip().toUpperCase(Locale.ROOT),
                details.matchingConsent(), consentDate, normalised);
    }

    // --- reading and updating ------------------------------------------------------------------------

    /**
     * A person's data, for an operator of the organisation in charge. Audited as {@code PERSON_READ}.
     *
     * @throws NotFoundException     when no person has the id
     * @throws AccessDeniedException when the caller is not an operator of the organisation in charge
     */
    @Transactional
    public Person person(PersonId id, CurrentUser caller) {
        Person person = inChargeOf(id, caller, "PERSON_READ");
        audit.success("PERSON_READ", OBJECT, id);
        return person;
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
        requireOperator(caller, "PERSON_ACCESS", id);
        PersonSummary summary = queries.summary(id).orElseThrow(() -> new NotFoundException("person", id));
        if (!caller.belongsTo(summary.inChargeOf())) {
            audit.denied("PERSON_ACCESS", OBJECT, id);
            throw new AccessDeniedException("Persona in carico a un'altra organizzazione");
        }
        return summary;
    }

    /**
     * Replaces residence, contacts, education, consent and profile (not the identity).
     *
     * @throws OptimisticLockingFailureException when the person changed since {@code expectedVersion}
     */
    public Person update(PersonId id, PersonDetails details, int expectedVersion, CurrentUser caller) {
        Person person = inChargeOf(id, caller, "PERSON_UPDATE");
        if (person.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("person " + id);
        }
        var problems = new InvalidInputException.Collector();
        validate(details, problems);
        problems.throwIfAny();
        person.describe(withConsentDate(details));
        Person saved = persons.save(person);
        audit.success("PERSON_UPDATE", OBJECT, id);
        events.publishEvent(new PersonEvents.ProfileChanged(id));
        return saved;
    }

    /**
     * Persons of the caller's organisation by codice fiscale (an omocode finds the same person) or by the
     * start of "surname name" or "name surname", case and accents ignored; at most 50.
     */
    @Transactional
    public List<PersonSummary> search(String fiscalCode, String name, CurrentUser caller) {
        requireOperator(caller, "PERSON_SEARCH", null);
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
        audit.success("PERSON_SEARCH", OBJECT, null, "rows=" + found.size());
        return found;
    }

    /**
     * Who has the person with this codice fiscale in charge: what any operator may learn of a person of
     * another organisation (e.g. to ask for a transfer). Audited as {@code PERSON_IN_CHARGE_READ}.
     *
     * @throws NotFoundException when nobody has the person in charge (or the code is not valid)
     */
    @Transactional
    public InCharge inCharge(String fiscalCode, CurrentUser caller) {
        requireOperator(caller, "PERSON_IN_CHARGE_READ", null);
        if (!FiscalCode.isValid(fiscalCode)) {
            throw new NotFoundException("person", "?");
        }
        PersonSummary person = queries.byFiscalCode(new FiscalCode(fiscalCode).normalised().value())
                .orElseThrow(() -> new NotFoundException("person", "?"));
        audit.success("PERSON_IN_CHARGE_READ", OBJECT, person.id());
        return new InCharge(person.id(), person.inChargeOf(), organisationName(person.inChargeOf()));
    }

    /** Who has the person in charge, for the caller's own person page. */
    @Transactional(readOnly = true)
    public InCharge inCharge(PersonId id, CurrentUser caller) {
        PersonSummary person = requireInCharge(id, caller);
        return new InCharge(person.id(), person.inChargeOf(), organisationName(person.inChargeOf()));
    }

    // --- special categories --------------------------------------------------------------------------

    /**
     * The special categories the caller may see, or empty when the caller may see none of them at all
     * (then the data must be absent from what they receive, not shown as empty). Audited when some are seen.
     */
    @Transactional
    public Optional<SpecialCategories> specialCategories(PersonId id, CurrentUser caller) {
        Person person = inChargeOf(id, caller, "PERSON_SPECIAL_READ");
        Visibility visibility = visibility(caller, person.inChargeOf());
        if (!visibility.seesAny()) {
            return Optional.empty();
        }
        RecipientProfile recorded = specialCategories.of(id);
        Set<ComplexTarget> visible = EnumSet.noneOf(ComplexTarget.class);
        recorded.targets().stream().filter(visibility.targets()::contains).forEach(visible::add);
        audit.success("PERSON_SPECIAL_READ", OBJECT, id);
        return Optional.of(new SpecialCategories(visible,
                visibility.culturalMediation() ? recorded.needsCulturalMediation() : null));
    }

    /**
     * What the caller may record for this person: the complex targets they are qualified for, and
     * {@code culturalMediation} TRUE when they may record the mediation (null otherwise). For forms; empty
     * when they may record nothing.
     */
    @Transactional(readOnly = true)
    public Optional<SpecialCategories> recordableSpecialCategories(PersonId id, CurrentUser caller) {
        PersonSummary person = requireInCharge(id, caller);
        Visibility visibility = visibility(caller, person.inChargeOf());
        return visibility.seesAny() ? Optional.of(new SpecialCategories(visibility.targets(),
                visibility.culturalMediation() ? Boolean.TRUE : null)) : Optional.empty();
    }

    /**
     * Records the special categories the caller is qualified for: {@code targets} replaces the targets the
     * caller may see (those they may not see are kept as they are); {@code culturalMediation} null leaves it
     * unchanged. Audited as {@code PERSON_SPECIAL_UPDATE}.
     *
     * @throws AccessDeniedException when the caller may see no special category, or records a target or the
     *                               mediation they may not see
     */
    public SpecialCategories recordSpecialCategories(PersonId id, Set<ComplexTarget> targets,
            Boolean culturalMediation, CurrentUser caller) {
        Person person = inChargeOf(id, caller, "PERSON_SPECIAL_UPDATE");
        Visibility visibility = visibility(caller, person.inChargeOf());
        Set<ComplexTarget> wanted = targets == null ? Set.of() : targets;
        if (!visibility.seesAny() || !visibility.targets().containsAll(wanted)
                || (culturalMediation != null && !visibility.culturalMediation())) {
            audit.denied("PERSON_SPECIAL_UPDATE", OBJECT, id);
            throw new AccessDeniedException("Competenze non sufficienti per registrare questi dati");
        }
        RecipientProfile recorded = specialCategories.of(id);
        Set<ComplexTarget> result = EnumSet.noneOf(ComplexTarget.class);
        recorded.targets().stream().filter(target -> !visibility.targets().contains(target)).forEach(result::add);
        result.addAll(wanted);
        boolean mediation = culturalMediation == null ? recorded.needsCulturalMediation() : culturalMediation;
        specialCategories.record(id, new RecipientProfile(result, mediation), caller.id(), clock.instant());
        audit.success("PERSON_SPECIAL_UPDATE", OBJECT, id);
        events.publishEvent(new PersonEvents.SpecialCategoriesChanged(id));
        Set<ComplexTarget> visible = EnumSet.noneOf(ComplexTarget.class);
        result.stream().filter(visibility.targets()::contains).forEach(visible::add);
        return new SpecialCategories(visible, visibility.culturalMediation() ? mediation : null);
    }

    /**
     * The complex targets of a person, FOR AGGREGATE STATISTICS ONLY (the monitoring module's breakdown by
     * target, shown only to the roles allowed to see it): never display it per person, never return it to a
     * client. Not audited per call: it is read once per change, on {@link PersonEvents.SpecialCategoriesChanged}.
     */
    @Transactional(readOnly = true)
    public Set<ComplexTarget> complexTargetsForStatistics(PersonId id) {
        return Set.copyOf(specialCategories.of(id).targets());
    }

    /**
     * All the complex targets and the need of mediation of a person, FOR THE RULE ENGINE ONLY
     * ({@code Catalogue.ruleEngine(locale).check(...)} with this {@link RecipientProfile}): never display it,
     * never return it to a client. Works even when the caller may not see the data, so that a delivery by an
     * operator without the competence is refused by the rules; the caller must still have the person in
     * charge. Audited as {@code PERSON_SPECIAL_USE} when the person has special categories recorded: a person
     * without any gives the rules nothing special to use, and an audit row for each of their deliveries would
     * record no use of special data (the delivery itself is audited by the caller).
     */
    @Transactional
    public RecipientProfile complexTargetsFor(PersonId id, CurrentUser caller) {
        requireInCharge(id, caller);
        RecipientProfile profile = specialCategories.of(id);
        if (!profile.targets().isEmpty() || profile.needsCulturalMediation()) {
            audit.success("PERSON_SPECIAL_USE", OBJECT, id, "purpose=rule-check");
        }
        return profile;
    }

    private record Visibility(Set<ComplexTarget> targets, boolean culturalMediation) {
        boolean seesAny() {
            return !targets.isEmpty() || culturalMediation;
        }
    }

    /**
     * CPI operators of the organisation in charge see all; other operators of it see a target when they have
     * every competence the catalogue version in force asks for it; nobody else sees anything.
     */
    private Visibility visibility(CurrentUser caller, OrganisationId owner) {
        if (caller.role() != Role.OPERATOR || !caller.belongsTo(owner)) {
            return new Visibility(Set.of(), false);
        }
        if (caller.isCpi()) {
            return new Visibility(EnumSet.allOf(ComplexTarget.class), true);
        }
        Optional<CatalogueVersion> version = catalogue.current()
                .or(() -> catalogue.versions().all().stream().reduce((first, second) -> second));
        if (version.isEmpty()) {
            return new Visibility(Set.of(), false);
        }
        Set<Competence> competences = network.findUser(caller.id()).map(UserAccount::competences).orElse(Set.of());
        Set<ComplexTarget> targets = EnumSet.noneOf(ComplexTarget.class);
        for (ComplexTarget target : ComplexTarget.values()) {
            if (competences.containsAll(version.get().target(target).operatorCompetences())) {
                targets.add(target);
            }
        }
        return new Visibility(targets,
                competences.containsAll(version.get().culturalMediation().operatorCompetences()));
    }

    // --- transfer ------------------------------------------------------------------------------------

    /**
     * Hands the person to another organisation: an act by an operator of the organisation in charge or by an
     * administrator, with a reason, kept in the history. The old organisation loses access.
     */
    public InCharge transfer(PersonId id, OrganisationId to, String reason, CurrentUser caller) {
        Person person = persons.findById(id.value()).orElseThrow(() -> new NotFoundException("person", id));
        boolean allowed = caller.role() == Role.ADMIN
                || (caller.role() == Role.OPERATOR && caller.belongsTo(person.inChargeOf()));
        if (!allowed) {
            audit.denied("PERSON_TRANSFER", OBJECT, id);
            throw new AccessDeniedException("Solo l'organizzazione che ha in carico la persona la trasferisce");
        }
        var problems = new InvalidInputException.Collector();
        Optional<Organisation> target = to == null ? Optional.empty() : network.findOrganisation(to);
        problems.require(target.isPresent() && target.get().kind().deliversServices(), "toOrganisationId",
                "person.transfer.organisation");
        problems.require(target.isEmpty() || !target.get().id().equals(person.inChargeOf()), "toOrganisationId",
                "person.transfer.same-organisation");
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.require(reason == null || reason.strip().length() <= 500, "reason", "validation.too-long", 500);
        problems.throwIfAny();
        OrganisationId from = person.inChargeOf();
        person.transferTo(to);
        persons.save(person);
        queries.recordTransfer(id, from, to, reason.strip(), clock.instant(), caller.id());
        audit.success("PERSON_TRANSFER", OBJECT, id, "from=" + from + " to=" + to);
        events.publishEvent(new PersonTransferred(id, from, to, LocalDate.now(clock)));
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
                : requireInCharge(id, caller).inChargeOf();
        return transferTargets.except(current);
    }

    /** The transfers of a person, oldest first: for the organisation in charge and administrators. */
    @Transactional
    public List<PersonTransfer> transfers(PersonId id, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            requireInCharge(id, caller);
        } else if (queries.summary(id).isEmpty()) {
            throw new NotFoundException("person", id);
        }
        audit.success("PERSON_TRANSFER_READ", OBJECT, id);
        return queries.transfers(id);
    }

    /** The organisation's name, for showing who has a person in charge. */
    @Transactional(readOnly = true)
    public String organisationName(OrganisationId id) {
        return network.findOrganisation(id).map(Organisation::name).orElse(id.toString());
    }

    // --- access --------------------------------------------------------------------------------------

    private void requireOperator(CurrentUser caller, String action, PersonId id) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("Solo gli operatori trattano i dati delle persone");
        }
    }

    private Person inChargeOf(PersonId id, CurrentUser caller, String action) {
        requireOperator(caller, action, id);
        Person person = persons.findById(id.value()).orElseThrow(() -> new NotFoundException("person", id));
        if (!caller.belongsTo(person.inChargeOf())) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("Persona in carico a un'altra organizzazione");
        }
        return person;
    }
}
