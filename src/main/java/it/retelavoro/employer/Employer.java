package it.retelavoro.employer;

import it.retelavoro.employer.EmployerEvents.EmployerRegistered;
import it.retelavoro.shared.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company (datore di lavoro) of the registry: one per fiscal code, taken in charge by the organisation
 * that registered it, which alone sees and changes its record. For a sole trader (a personal codice
 * fiscale) the whole record is personal data. Its registration registers {@link EmployerRegistered}.
 */
@Table("employer")
public class Employer extends AbstractAggregateRoot<Employer> {

    /** The longest company name (the column's length). */
    /** The longest reference of the signed choice of a taking over (protocol number, file name). */
    public static final int CHOICE_DOCUMENT_REFERENCE_MAX = 100;
    public static final int NAME_MAX = 200;
    /** The longest address of the registered office. */
    public static final int ADDRESS_MAX = 300;
    /** The longest address of an operating site. */
    public static final int SITE_ADDRESS_MAX = 300;
    /** The longest name of a contact person. */
    public static final int CONTACT_NAME_MAX = 200;
    /** The longest role of a contact person. */
    public static final int CONTACT_ROLE_MAX = 100;
    /** The longest e-mail address of a contact person. */
    public static final int CONTACT_EMAIL_MAX = 200;

    @Id
    private EmployerId id;
    private String fiscalCode;
    private String name;
    private LegalForm legalForm;
    private String atecoCode;
    private SizeClass sizeClass;
    private String comuneCode;
    private String address;
    private OrganisationId organisationId;
    private LocalDate registeredOn;
    private Instant createdAt;
    @MappedCollection(idColumn = "employer_id", keyColumn = "position")
    private List<OperatingSite> sites;
    @MappedCollection(idColumn = "employer_id", keyColumn = "position")
    private List<ContactPerson> contacts;
    @Version
    private Integer version;

    @PersistenceCreator
    Employer(EmployerId id, String fiscalCode, String name, LegalForm legalForm, String atecoCode,
            SizeClass sizeClass, String comuneCode, String address, OrganisationId organisationId,
            LocalDate registeredOn, Instant createdAt,
            List<OperatingSite> sites, List<ContactPerson> contacts, Integer version) {
        this.id = id;
        this.fiscalCode = fiscalCode;
        this.name = name;
        this.legalForm = legalForm;
        this.atecoCode = atecoCode;
        this.sizeClass = sizeClass;
        this.comuneCode = comuneCode;
        this.address = address;
        this.organisationId = organisationId;
        this.registeredOn = registeredOn;
        this.createdAt = createdAt;
        this.sites = sites == null ? new ArrayList<>() : new ArrayList<>(sites);
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
        this.version = version;
    }

    /** A company taken in charge by the organisation on the day; the command has been validated. */
    static Employer register(EmployerFiscalCode fiscalCode, EmployerCommands.EmployerDetails details,
            OrganisationId takenInChargeBy, LocalDate on, Instant now) {
        Employer employer = new Employer(EmployerId.random(), fiscalCode.value(), null, null, null, null, null, null,
                takenInChargeBy, on, now, List.of(), List.of(), null);
        employer.describe(details);
        employer.registerEvent(new EmployerRegistered(employer.id, takenInChargeBy, on, employer.atecoCode,
                employer.sizeClass, employer.comuneCode, employer.isSoleTrader()));
        return employer;
    }

    /** Replaces the record's descriptive data (name, form, activity, size, office, sites, contacts). */
    void describe(EmployerCommands.EmployerDetails details) {
        this.name = details.name().strip();
        this.legalForm = details.legalForm();
        this.atecoCode = details.ateco().strip();
        this.sizeClass = details.sizeClass();
        this.comuneCode = details.comune().strip().toUpperCase(java.util.Locale.ROOT);
        this.address = blankToNull(details.address());
        this.sites = details.sites().stream()
                .map(site -> new OperatingSite(site.comune().strip().toUpperCase(java.util.Locale.ROOT),
                        site.address().strip()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        this.contacts = details.contacts().stream()
                .map(contact -> new ContactPerson(contact.name().strip(), blankToNull(contact.role()),
                        blankToNull(contact.phone()), blankToNull(contact.email())))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public EmployerId id() {
        return id;
    }

    public EmployerFiscalCode fiscalCode() {
        return new EmployerFiscalCode(fiscalCode);
    }

    /** Whether the company is a sole trader, identified by a natural person's codice fiscale. */
    public boolean isSoleTrader() {
        return fiscalCode().isNaturalPerson();
    }

    public String name() {
        return name;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    /** The ATECO 2007 code of the main activity, as ISTAT writes it. */
    public String atecoCode() {
        return atecoCode;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    /** The cadastral code of the comune of the registered office (sede legale). */
    public String comuneCode() {
        return comuneCode;
    }

    public String address() {
        return address;
    }

    /** The organisation that took the company in charge and serves it. */
    public OrganisationId organisationId() {
        return organisationId;
    }

    /**
     * Another organisation takes the company in charge on the company's own choice, signed on {@code choiceDate}
     * ("L'impresa vi accede da qualsiasi punto della rete"); the organisation that served it is told by
     * {@link EmployerEvents.EmployerTakenOver}.
     *
     * @throws IllegalArgumentException when the organisation serves the company already
     */
    void takeOverByChoice(OrganisationId organisation, LocalDate choiceDate, LocalDate on) {
        if (organisation.equals(organisationId)) {
            throw new IllegalArgumentException("already served by " + organisation);
        }
        OrganisationId from = organisationId;
        this.organisationId = organisation;
        registerEvent(new EmployerEvents.EmployerTakenOver(id, from, organisation, choiceDate, on));
    }

    public boolean isServedBy(OrganisationId organisation) {
        return organisationId.equals(organisation);
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<OperatingSite> sites() {
        return List.copyOf(sites);
    }

    public List<ContactPerson> contacts() {
        return List.copyOf(contacts);
    }

    public Integer version() {
        return version;
    }

    /** An operating site (unità operativa) of the company. */
    @Table("employer_site")
    public record OperatingSite(String comuneCode, String address) {
    }

    /** A person to contact at the company (personal data). */
    @Table("employer_contact")
    public record ContactPerson(String name, String role, String phone, String email) {
    }
}
