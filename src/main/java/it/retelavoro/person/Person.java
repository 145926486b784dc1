package it.retelavoro.person;

import it.retelavoro.person.PersonEvents.CitizenshipGroup;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.person.PersonEvents.ProfileChanged;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person registered in the network: identity (codice fiscale, names, birth, citizenship), residence,
 * contacts, education, consent to matching, professional profile, and the organisation that has them in
 * charge. One person, one record: the normalised codice fiscale is unique.
 *
 * <p>The special categories of data (complex targets, need of cultural mediation) are not here: they live
 * in a table of their own that only {@link SpecialCategoryData} reads, for those allowed.
 *
 * <p>Its changes register their events ({@link PersonRegistered}, {@link ProfileChanged},
 * {@link PersonTransferred}), published when the repository saves it.
 */
@Table("person")
public class Person extends AbstractAggregateRoot<Person> {

    /** The longest first name (the column's length). */
    public static final int FIRST_NAME_MAX = 100;
    /** The longest last name (the column's length). */
    public static final int LAST_NAME_MAX = 100;
    /** The longest street address of a residence or domicile. */
    public static final int ADDRESS_MAX = 300;
    /** The longest e-mail address. */
    public static final int EMAIL_MAX = 200;
    /** The longest employer name of a work experience. */
    public static final int EXPERIENCE_EMPLOYER_MAX = 200;
    /** The longest description of a work experience. */
    public static final int EXPERIENCE_DESCRIPTION_MAX = 2000;
    /** The longest reason of a transfer. */
    public static final int TRANSFER_REASON_MAX = 500;
    /** The longest reference of the signed choice of a taking over (protocol number, file name). */
    public static final int CHOICE_DOCUMENT_REFERENCE_MAX = 100;

    @Id
    private PersonId id;
    private String fiscalCode;
    private String fiscalCodeAsIssued;
    private String firstName;
    private String lastName;
    private String searchName;
    private String searchNameReversed;
    private LocalDate birthDate;
    private Sex sex;
    private String birthPlace;
    private String citizenship;
    @Embedded.Nullable(prefix = "residence_")
    private Address residence;
    @Embedded.Nullable(prefix = "domicile_")
    private Address domicile;
    private String phone;
    private String email;
    private String educationLevel;
    private boolean matchingConsent;
    /** Set at registration when the codice fiscale does not carry the letters of the names (issue 14). */
    private boolean fiscalCodeNameMismatch;
    private LocalDate matchingConsentDate;
    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<WorkExperience> experiences;
    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<LanguageSkill> languages;
    @MappedCollection(idColumn = "person_id")
    private Set<LicenceRow> drivingLicences;
    @MappedCollection(idColumn = "person_id")
    private Set<DesiredOccupationRow> desiredOccupations;
    private WorkingHours availableHours;
    private Integer maxKm;
    @MappedCollection(idColumn = "person_id")
    private Set<ProvinceRow> mobilityProvinces;
    private boolean willingToRelocate;
    private OrganisationId inChargeOf;
    private Instant registeredAt;
    private UserId registeredBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Person(PersonId id, String fiscalCode, String fiscalCodeAsIssued, String firstName, String lastName,
            String searchName, String searchNameReversed, LocalDate birthDate, Sex sex, String birthPlace,
            String citizenship, Address residence, Address domicile, String phone, String email,
            String educationLevel, boolean matchingConsent, LocalDate matchingConsentDate,
            List<WorkExperience> experiences, List<LanguageSkill> languages, Set<LicenceRow> drivingLicences,
            Set<DesiredOccupationRow> desiredOccupations, WorkingHours availableHours, Integer maxKm,
            Set<ProvinceRow> mobilityProvinces, boolean willingToRelocate, OrganisationId inChargeOf,
            Instant registeredAt, UserId registeredBy, Integer version) {
        this.id = id;
        this.fiscalCode = fiscalCode;
        this.fiscalCodeAsIssued = fiscalCodeAsIssued;
        this.firstName = firstName;
        this.lastName = lastName;
        this.searchName = searchName;
        this.searchNameReversed = searchNameReversed;
        this.birthDate = birthDate;
        this.sex = sex;
        this.birthPlace = birthPlace;
        this.citizenship = citizenship;
        this.residence = residence;
        this.domicile = domicile;
        this.phone = phone;
        this.email = email;
        this.educationLevel = educationLevel;
        this.matchingConsent = matchingConsent;
        this.matchingConsentDate = matchingConsentDate;
        this.experiences = experiences == null ? new ArrayList<>() : new ArrayList<>(experiences);
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
        this.drivingLicences = drivingLicences == null ? new HashSet<>() : new HashSet<>(drivingLicences);
        this.desiredOccupations = desiredOccupations == null ? new HashSet<>() : new HashSet<>(desiredOccupations);
        this.availableHours = availableHours;
        this.maxKm = maxKm;
        this.mobilityProvinces = mobilityProvinces == null ? new HashSet<>() : new HashSet<>(mobilityProvinces);
        this.willingToRelocate = willingToRelocate;
        this.inChargeOf = inChargeOf;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.version = version;
    }

    /**
     * A new person in charge of the registering organisation; the data are validated by the caller, who also
     * classifies the citizenship and finds the province of residence for the {@link PersonRegistered} event.
     */
    static Person register(FiscalCode fiscalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
            String birthPlace, String citizenship, PersonDetails details, OrganisationId organisation, UserId by,
            Instant now, Registration registration) {
        String first = tidy(firstName);
        String last = tidy(lastName);
        Person person = new Person(PersonId.random(), fiscalCode.normalised().value(), fiscalCode.value(), first,
                last, fold(last + " " + first), fold(first + " " + last), Objects.requireNonNull(birthDate),
                Objects.requireNonNull(sex), birthPlace, citizenship, null, null, null, null, null, false, null,
                List.of(), List.of(), Set.of(), Set.of(), null, null, Set.of(), false, organisation, now, by, null);
        person.describe(details);
        person.registerEvent(new PersonRegistered(person.id, organisation, registration.on(), person.sex,
                person.birthDate.getYear(), registration.citizenshipGroup(), person.educationLevel,
                registration.residenceProvince()));
        return person;
    }

    /**
     * What the registration event says beyond the person's own data, from the reference data.
     *
     * @param on                the day of registration
     * @param citizenshipGroup  Italian, EU or non-EU
     * @param residenceProvince province code of the comune of residence, null when not recorded
     */
    record Registration(LocalDate on, CitizenshipGroup citizenshipGroup, String residenceProvince) {
    }

    /** Replaces residence, contacts, education, consent and profile, and tells the readers of the profile. */
    void update(PersonDetails details) {
        describe(details);
        registerEvent(new ProfileChanged(id));
    }

    /** The person gives or withdraws their consent to matching (issue 17: their own area). */
    void consentToMatching(boolean given, LocalDate on) {
        this.matchingConsent = given;
        this.matchingConsentDate = given ? on : null;
    }

    private void describe(PersonDetails details) {
        this.residence = storedAddress(details.residence());
        this.domicile = storedAddress(details.domicile());
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
        this.educationLevel = blankToNull(details.educationLevel());
        this.matchingConsent = details.matchingConsent();
        this.matchingConsentDate = details.matchingConsent() ? details.matchingConsentDate() : null;
        Profile profile = details.profile();
        this.experiences = new ArrayList<>(profile.experiences());
        this.languages = new ArrayList<>(profile.languages());
        this.drivingLicences = profile.drivingLicences().stream().map(LicenceRow::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.desiredOccupations = profile.desiredOccupations().stream().map(DesiredOccupationRow::new)
                .collect(Collectors.toCollection(HashSet::new));
        Availability availability = profile.availability();
        this.availableHours = availability.hours();
        this.maxKm = availability.maxKm();
        this.mobilityProvinces = availability.provinces().stream().map(ProvinceRow::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.willingToRelocate = availability.willingToRelocate();
    }

    /**
     * Hands the person's pathway to another organisation on a day.
     *
     * @throws IllegalArgumentException when the organisation has the person in charge already
     */
    void transferTo(OrganisationId organisation, LocalDate on) {
        if (organisation.equals(inChargeOf)) {
            throw new IllegalArgumentException("already in charge of " + organisation);
        }
        OrganisationId from = inChargeOf;
        this.inChargeOf = Objects.requireNonNull(organisation);
        registerEvent(new PersonTransferred(id, from, organisation, on));
    }

    /**
     * Another organisation takes the person in charge on the person's own choice, signed on {@code choiceDate}
     * ("L'utente vi accede da qualsiasi punto della rete"): the same move as a transfer, for monitoring, and
     * {@link PersonEvents.PersonTakenOver} for the organisation that had them.
     *
     * @throws IllegalArgumentException when the organisation has the person in charge already
     */
    void takeOverByChoice(OrganisationId organisation, LocalDate choiceDate, LocalDate on) {
        OrganisationId from = inChargeOf;
        transferTo(organisation, on);
        registerEvent(new PersonEvents.PersonTakenOver(id, from, organisation, choiceDate, on));
    }

    /** Whether this organisation has the person in charge. */
    public boolean isInChargeOf(OrganisationId organisation) {
        return inChargeOf.equals(organisation);
    }

    public PersonId id() {
        return id;
    }

    /** The base codice fiscale (omocodia removed): the person's key in the registry. */
    public String fiscalCode() {
        return fiscalCode;
    }

    /** The codice fiscale as the person declared it, an omocode if the Agenzia delle Entrate issued one. */
    public String fiscalCodeAsIssued() {
        return fiscalCodeAsIssued;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** Cadastral code of the comune or foreign state of birth. */
    public String birthPlace() {
        return birthPlace;
    }

    /** ISO 3166-1 alpha-2. */
    public String citizenship() {
        return citizenship;
    }

    public PersonDetails details() {
        return new PersonDetails(residence, domicile, phone, email, educationLevel, matchingConsent,
                matchingConsentDate, profile());
    }

    public Profile profile() {
        Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);
        drivingLicences.forEach(row -> licences.add(row.licence()));
        return new Profile(experiences, languages, licences,
                desiredOccupations.stream().map(DesiredOccupationRow::occupation).collect(Collectors.toSet()),
                new Availability(availableHours, maxKm,
                        mobilityProvinces.stream().map(ProvinceRow::province).collect(Collectors.toSet()),
                        willingToRelocate));
    }

    public boolean matchingConsent() {
        return matchingConsent;
    }

    public OrganisationId inChargeOf() {
        return inChargeOf;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Integer version() {
        return version;
    }

    /** Lower case, accents and extra spaces removed: how names are searched. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The address as stored: null when it says nothing, the comune's code in upper case. */
    static Address storedAddress(Address address) {
        if (address == null || (blankToNull(address.address()) == null && blankToNull(address.comune()) == null)) {
            return null;
        }
        return new Address(blankToNull(address.address()),
                address.comune() == null ? null : address.comune().strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the codice fiscale, as registered, does not carry the letters of the surname and name: the
     * operator was warned and confirmed the document's data (codes issued with errors exist).
     */
    public boolean fiscalCodeNameMismatch() {
        return fiscalCodeNameMismatch;
    }

    void noteFiscalCodeNameMismatch() {
        this.fiscalCodeNameMismatch = true;
    }

    @Table("person_driving_licence")
    record LicenceRow(DrivingLicence licence) {
    }

    @Table("person_desired_occupation")
    record DesiredOccupationRow(String occupation) {
    }

    @Table("person_mobility_province")
    record ProvinceRow(String province) {
    }
}
