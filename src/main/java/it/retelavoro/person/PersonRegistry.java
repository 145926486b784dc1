package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.person.PersonEvents.CitizenshipGroup;
import it.retelavoro.reference.BirthPlaces;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Countries;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration in the registry: one person, one record, keyed by the codice fiscale (omocodia normalised,
 * checked against the birth data). The registering organisation takes the person in charge. Audited as
 * {@code PERSON_CREATE}; publishes {@link PersonEvents.PersonRegistered}.
 */
@Service
@Transactional
public class PersonRegistry {

    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final PersonRepository persons;
    private final PersonQueries queries;
    private final PersonAccess access;
    private final PersonDetailsRules detailsRules;
    private final BirthPlaces birthPlaces;
    private final Countries countries;
    private final Comuni comuni;
    private final AuditLog audit;
    private final TransactionLocks locks;
    private final Clock clock;

    PersonRegistry(PersonRepository persons, PersonQueries queries, PersonAccess access,
            PersonDetailsRules detailsRules, BirthPlaces birthPlaces, Countries countries, Comuni comuni,
            AuditLog audit, TransactionLocks locks, Clock clock) {
        this.persons = persons;
        this.queries = queries;
        this.access = access;
        this.detailsRules = detailsRules;
        this.birthPlaces = birthPlaces;
        this.countries = countries;
        this.comuni = comuni;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

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
        access.requireOperator(caller, "PERSON_CREATE", null);
        return register(registration, caller.organisationId(), caller);
    }

    /**
     * Registers a person a national flow declares (a DID made on line), taken in charge by the CPI given, on behalf
     * of the flow's system: the same checks as {@link #register}; names that do not carry the letters of the
     * codice fiscale are noted on the record, not refused.
     *
     * @throws AccessDeniedException when the caller is not a system of the flows or an administrator
     */
    public Person registerFromFlow(PersonRegistration registration, OrganisationId cpi, CurrentUser caller) {
        access.requireFlow(caller, "PERSON_CREATE");
        return register(registration, cpi, caller);
    }

    /** The person with this codice fiscale or an omocode of it, for a system of the flows; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> byFiscalCodeForFlow(String fiscalCode, CurrentUser caller) {
        access.requireFlow(caller, "PERSON_LOOKUP");
        if (fiscalCode == null || !FiscalCode.isValid(fiscalCode.strip().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return queries.byFiscalCode(new FiscalCode(fiscalCode.strip().toUpperCase(Locale.ROOT)).normalised().value());
    }

    /**
     * The normalised codice fiscale (omocodia removed) of a registered person, as a key only: for a module that
     * keeps records of a codice fiscale received before the person was registered (the Comunicazioni
     * Obbligatorie of the interop module) and joins them to the person when {@link PersonEvents.PersonRegistered}
     * announces them, since the event carries no codice fiscale (it is persisted). Its caller never shows the code
     * nor passes it on; no caller check and no audit, since nothing is read but the key of records the caller
     * already holds. Empty when no person has the id.
     */
    @Transactional(readOnly = true)
    public Optional<String> fiscalCodeKey(PersonId id) {
        return queries.summary(id).map(PersonSummary::fiscalCode);
    }

    private Person register(PersonRegistration registration, OrganisationId inChargeOf, CurrentUser caller) {
        FiscalCode fiscalCode = validate(registration);
        // a second registration of the same code waits for the first to commit, then finds it here
        locks.lock("person.fiscal-code", fiscalCode.normalised().value());
        queries.byFiscalCode(fiscalCode.normalised().value()).ifPresent(existing -> {
            throw duplicate(existing, caller);
        });
        if (registration.namesDifferFromFiscalCode() && !registration.namesMismatchConfirmed()) {
            throw new FiscalCodeNamesMismatch(FiscalCode.surnameLetters(registration.lastName())
                    + FiscalCode.nameLetters(registration.firstName()));
        }
        PersonDetails details = detailsRules.normalise(registration.details());
        String citizenship = registration.citizenship().strip().toUpperCase(Locale.ROOT);
        Person person = Person.register(fiscalCode, registration.firstName(), registration.lastName(),
                registration.birthDate(), Sex.parse(registration.sex()).orElseThrow(),
                registration.birthPlace().strip().toUpperCase(Locale.ROOT), citizenship, details,
                inChargeOf, caller.id(), clock.instant(), new Person.Registration(LocalDate.now(clock),
                        citizenshipGroup(citizenship), residenceProvince(details.residence())));
        if (registration.namesDifferFromFiscalCode()) {
            person.noteFiscalCodeNameMismatch();
        }
        try {
            person = persons.save(person);
        } catch (DuplicateKeyException e) {
            // registered meanwhile by someone else
            throw queries.byFiscalCode(fiscalCode.normalised().value()).map(existing -> duplicate(existing, caller))
                    .orElseThrow(() -> e);
        }
        audit.success("PERSON_CREATE", PersonAccess.OBJECT, person.id());
        return person;
    }

    private ConflictException duplicate(PersonSummary existing, CurrentUser caller) {
        if (caller.belongsTo(existing.inChargeOf())) {
            return new ConflictException("person.duplicate.own", List.of(), "/api/v1/persons/" + existing.id());
        }
        return new ConflictException("person.duplicate.other",
                List.of(access.organisationName(existing.inChargeOf())), null);
    }

    private CitizenshipGroup citizenshipGroup(String citizenship) {
        return countries.byCode(citizenship)
                .map(country -> country.isItaly() ? CitizenshipGroup.ITALIAN
                        : country.europeanUnion() ? CitizenshipGroup.EU : CitizenshipGroup.NON_EU)
                .orElse(CitizenshipGroup.NON_EU);
    }

    private String residenceProvince(Address residence) {
        Address stored = residence == null ? null : Person.storedAddress(residence);
        return stored == null ? null : comuni.byCode(stored.comune()).map(Comune::provinceCode).orElse(null);
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
        requireName(problems, registration.firstName(), Person.FIRST_NAME_MAX, "firstName");
        requireName(problems, registration.lastName(), Person.LAST_NAME_MAX, "lastName");
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
        detailsRules.validate(registration.details(), problems);
        problems.throwIfAny();
        return fiscalCode;
    }

    private static void requireName(InvalidInputException.Collector problems, String name, int max, String field) {
        if (name == null || name.isBlank()) {
            problems.add(field, "validation.required");
        } else {
            problems.maxLength(name.strip(), max, field);
        }
    }
}
