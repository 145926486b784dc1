package it.retelavoro.network;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.LanguageCodes;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.network.NetworkCommands.UserAssignment;
import it.retelavoro.network.NetworkEvents.OrganisationRegistered;
import it.retelavoro.network.NetworkEvents.SiteChanged;
import it.retelavoro.network.NetworkEvents.SiteOpened;
import it.retelavoro.network.NetworkEvents.UserAccountCreated;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.VatNumber;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the network: organisations, sites and user accounts.
 *
 * <p>Administrators change it; analysts read all of it; an operator reads their own organisation only.
 * Every change is audited in the same transaction.
 */
@Service
@Transactional
public class NetworkManagement {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final OrganisationRepository organisations;
    private final SiteRepository sites;
    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final Comuni comuni;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkManagement(OrganisationRepository organisations, SiteRepository sites, UserAccountRepository users,
            PasswordEncoder passwords, Comuni comuni, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.sites = sites;
        this.users = users;
        this.passwords = passwords;
        this.comuni = comuni;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- organisations -------------------------------------------------------------------------------

    public Organisation registerOrganisation(NewOrganisation command, CurrentUser caller) {
        requireAdmin(caller, "ORGANISATION_CREATE", "ORGANISATION", null);
        Organisation organisation = register(command);
        audit.success("ORGANISATION_CREATE", "ORGANISATION", organisation.id());
        return organisation;
    }

    Organisation register(NewOrganisation command) {
        var problems = new InvalidInputException.Collector();
        problems.require(command.name() != null && !command.name().isBlank(), "name", "validation.required");
        problems.maxLength(command.name(), Organisation.NAME_MAX, "name");
        problems.require(command.kind() != null, "kind", "validation.required");
        problems.maxLength(command.accreditationReference(), Organisation.ACCREDITATION_REFERENCE_MAX,
                "accreditationReference");
        problems.require(command.fiscalCode() != null && VatNumber.isValid(command.fiscalCode().strip()),
                "fiscalCode", "validation.vat-number");
        problems.throwIfAny();
        String fiscalCode = command.fiscalCode().strip();
        if (organisations.existsByNameIgnoringCase(command.name().strip())) {
            throw new ConflictException("network.organisation.duplicate-name", List.of(command.name().strip()), null);
        }
        if (command.kind() != OrganisationKind.CPI && organisations.existsNonCpiWithFiscalCode(fiscalCode)) {
            throw new ConflictException("network.organisation.duplicate-fiscal-code", List.of(fiscalCode), null);
        }
        Organisation organisation = organisations.save(Organisation.register(command.name(), command.kind(),
                fiscalCode, command.accreditationReference(), clock.instant()));
        events.publishEvent(new OrganisationRegistered(organisation.id(), organisation.kind(), organisation.name()));
        return organisation;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations(CurrentUser caller) {
        if (caller.seesWholeRegion()) {
            return organisations.findAllOrdered();
        }
        return organisations.findById(caller.organisationId()).map(List::of).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Organisation organisation(OrganisationId id, CurrentUser caller) {
        requireVisible(id, caller, "ORGANISATION_READ", "ORGANISATION");
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    /**
     * The directory of the organisations that deliver services (CPI and accredited agencies), for any
     * authenticated caller: names and kinds are public facts of the network, and a person or a company
     * may be transferred to any of them.
     */
    @Transactional(readOnly = true)
    public List<Organisation> serviceOrganisations() {
        return organisations.findAllOrdered().stream()
                .filter(organisation -> organisation.kind().deliversServices()).toList();
    }

    /** Any organisation by id, for modules that show who has a person or a company in charge. */
    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(OrganisationId id) {
        return organisations.findById(id);
    }

    /** The regional administration's organisation, if registered. */
    Optional<Organisation> region() {
        return organisations.findAllOrdered().stream()
                .filter(organisation -> organisation.kind() == OrganisationKind.REGION).findFirst();
    }

    // --- sites ---------------------------------------------------------------------------------------

    public Site openSite(OrganisationId organisationId, SiteDetails details, CurrentUser caller) {
        requireAdmin(caller, "SITE_CREATE", "ORGANISATION", organisationId);
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation", organisationId));
        Site site = open(organisation, details);
        audit.success("SITE_CREATE", "SITE", site.id(), "organisation=" + organisationId);
        return site;
    }

    Site open(Organisation organisation, SiteDetails details) {
        validate(details);
        if (!organisation.kind().deliversServices()) {
            throw InvalidInputException.of("organisationId", "network.site.region-has-no-sites");
        }
        Site opened = Site.open(organisation.id(), details.name(), details.address(),
                comuni.byCode(details.comune()).orElseThrow().belfioreCode(), details.features(), clock.instant());
        if (details.contacts() != null) {
            opened.reachableAt(details.contacts());
        }
        Site site = sites.save(opened);
        events.publishEvent(new SiteOpened(site.id(), site.organisationId(), site.comuneCode()));
        return site;
    }

    public Site changeSite(SiteId siteId, SiteDetails details, int expectedVersion, CurrentUser caller) {
        requireAdmin(caller, "SITE_UPDATE", "SITE", siteId);
        validate(details);
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
        if (site.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("site " + siteId);
        }
        site.describe(details.name(), details.address(), comuni.byCode(details.comune()).orElseThrow().belfioreCode());
        site.equip(details.features());
        if (details.contacts() != null) {
            site.reachableAt(details.contacts());
        }
        Site saved = sites.save(site);
        events.publishEvent(new SiteChanged(saved.id(), saved.organisationId()));
        audit.success("SITE_UPDATE", "SITE", saved.id());
        return saved;
    }

    private void validate(SiteDetails details) {
        var problems = new InvalidInputException.Collector();
        problems.require(details.name() != null && !details.name().isBlank(), "name", "validation.required");
        problems.maxLength(details.name(), Site.NAME_MAX, "name");
        problems.maxLength(details.address(), Site.ADDRESS_MAX, "address");
        problems.require(details.comune() != null && comuni.exists(details.comune()), "comune",
                "validation.comune");
        if (details.contacts() != null) {
            validate(details.contacts(), problems);
        }
        problems.throwIfAny();
    }

    private static void validate(SiteContacts contacts, InvalidInputException.Collector problems) {
        problems.maxLength(contacts.openingHours(), Site.OPENING_HOURS_MAX, "openingHours");
        String phone = contacts.phone() == null ? "" : contacts.phone().strip();
        problems.require(phone.isEmpty() || (phone.length() <= Site.PHONE_MAX
                && SiteContacts.PHONE.matcher(phone).matches()), "phone", "network.site.phone.invalid");
        String email = contacts.email() == null ? "" : contacts.email().strip();
        problems.require(email.isEmpty() || (email.length() <= Site.EMAIL_MAX
                && SiteContacts.EMAIL.matcher(email).matches()), "email", "network.site.email.invalid");
    }

    @Transactional(readOnly = true)
    public List<Site> sites(OrganisationId organisationId, CurrentUser caller) {
        requireVisible(organisationId, caller, "SITE_READ", "ORGANISATION");
        return sites.findByOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public List<Site> allSites(CurrentUser caller) {
        if (caller.seesWholeRegion()) {
            return sites.findAllOrdered();
        }
        return sites.findByOrganisation(caller.organisationId());
    }

    @Transactional(readOnly = true)
    public Site site(SiteId siteId, CurrentUser caller) {
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
        requireVisible(site.organisationId(), caller, "SITE_READ", "SITE");
        return site;
    }

    /** The sites of an organisation, for modules that plan the work there (public facts of the network). */
    @Transactional(readOnly = true)
    public List<Site> sitesOf(OrganisationId organisationId) {
        return sites.findByOrganisation(organisationId);
    }

    /** Any site by id, for modules that check where a service is delivered. */
    @Transactional(readOnly = true)
    public Optional<Site> findSite(SiteId siteId) {
        return sites.findById(siteId);
    }

    // --- users ---------------------------------------------------------------------------------------

    public UserAccount createUser(NewUser command, CurrentUser caller) {
        requireAdmin(caller, "USER_CREATE", "USER", null);
        UserAccount account = create(command, true);
        audit.success("USER_CREATE", "USER", account.id(), "role=" + account.role());
        return account;
    }

    /**
     * Creates an account. {@code enforcePasswordPolicy} is false only for the demo network, whose
     * documented password is {@code demo}.
     */
    UserAccount create(NewUser command, boolean enforcePasswordPolicy) {
        var problems = new InvalidInputException.Collector();
        String username = command.username() == null ? "" : command.username().strip().toLowerCase();
        problems.require(USERNAME.matcher(username).matches(), "username", "validation.username");
        problems.require(command.password() != null && !command.password().isBlank(), "password",
                "validation.required");
        if (enforcePasswordPolicy && command.password() != null) {
            problems.require(command.password().length() >= MIN_PASSWORD_LENGTH, "password",
                    "validation.password-length", MIN_PASSWORD_LENGTH);
        }
        problems.require(command.password() == null || command.password().getBytes(StandardCharsets.UTF_8).length
                <= UserAccount.PASSWORD_MAX_BYTES, "password", "validation.password-bytes",
                UserAccount.PASSWORD_MAX_BYTES);
        problems.maxLength(command.fullName(), UserAccount.FULL_NAME_MAX, "fullName");
        problems.maxLength(command.email(), UserAccount.EMAIL_MAX, "email");
        problems.require(command.role() != null, "role", "validation.required");
        problems.require(command.organisationId() != null, "organisationId", "validation.required");
        requireLanguages(problems, command.languages());
        problems.throwIfAny();
        String fullName = command.fullName() == null || command.fullName().isBlank() ? username : command.fullName();
        Organisation organisation = organisations.findById(command.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisationId", "validation.organisation"));
        checkRoleFitsOrganisation(command.role(), organisation, command.siteIds());
        requireSitesOf(organisation.id(), command.siteIds());
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("network.user.duplicate-username", List.of(username), null);
        }
        UserAccount created = UserAccount.create(username, passwords.encode(command.password()), fullName,
                command.email(), command.role(), organisation.id(), command.siteIds(), command.competences(),
                clock.instant());
        created.speak(command.languages());
        UserAccount account = users.save(created);
        events.publishEvent(new UserAccountCreated(account.id(), account.organisationId()));
        return account;
    }

    private static void requireLanguages(InvalidInputException.Collector problems, java.util.Set<String> languages) {
        for (String language : languages) {
            problems.require(LanguageCodes.isValid(language), "languages", "network.user.language-invalid", language);
        }
    }

    private void requireSitesOf(OrganisationId organisation, java.util.Set<SiteId> siteIds) {
        for (SiteId siteId : siteIds) {
            boolean ofOrganisation = sites.findById(siteId)
                    .map(site -> site.organisationId().equals(organisation)).orElse(false);
            if (!ofOrganisation) {
                throw InvalidInputException.of("siteIds", "network.user.site-of-other-organisation", siteId);
            }
        }
    }

    private static void checkRoleFitsOrganisation(Role role, Organisation organisation, java.util.Set<SiteId> siteIds) {
        if (role == Role.OPERATOR) {
            if (!organisation.kind().deliversServices()) {
                throw InvalidInputException.of("role", "network.user.operator-needs-service-organisation");
            }
            if (siteIds.isEmpty()) {
                throw InvalidInputException.of("siteIds", "network.user.operator-needs-site");
            }
        } else if (organisation.kind() != OrganisationKind.REGION) {
            throw InvalidInputException.of("role", "network.user.regional-role-needs-region");
        }
    }

    public UserAccount assignUser(UserId userId, UserAssignment assignment, int expectedVersion, CurrentUser caller) {
        requireAdmin(caller, "USER_UPDATE", "USER", userId);
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (account.version() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("user " + userId);
        }
        Organisation organisation = organisations.findById(account.organisationId()).orElseThrow();
        checkRoleFitsOrganisation(account.role(), organisation, assignment.siteIds());
        requireSitesOf(organisation.id(), assignment.siteIds());
        if (!assignment.enabled() && account.id().equals(caller.id())) {
            throw InvalidInputException.of("enabled", "network.user.cannot-disable-self");
        }
        var problems = new InvalidInputException.Collector();
        requireLanguages(problems, assignment.languages());
        problems.throwIfAny();
        account.assign(assignment.siteIds(), assignment.competences());
        account.speak(assignment.languages());
        if (assignment.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        UserAccount saved = users.save(account);
        audit.success("USER_UPDATE", "USER", saved.id(), "enabled=" + saved.enabled());
        return saved;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(CurrentUser caller) {
        if (caller.seesWholeRegion()) {
            return users.findAllOrdered();
        }
        return users.findByOrganisation(caller.organisationId());
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(OrganisationId organisationId, CurrentUser caller) {
        requireVisible(organisationId, caller, "USER_READ", "ORGANISATION");
        return users.findByOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public UserAccount user(UserId userId, CurrentUser caller) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        requireVisible(account.organisationId(), caller, "USER_READ", "USER");
        return account;
    }

    /** Any user by id, for modules that check who delivers a service. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findUser(UserId userId) {
        return users.findById(userId);
    }

    /**
     * The enabled operators who work at the site, by name: for the modules that plan their work there (the agenda's
     * hours and views). No caller: the module checks its own caller.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> operatorsAt(SiteId siteId) {
        return sites.findById(siteId).map(site -> users.findByOrganisation(site.organisationId()).stream()
                .filter(user -> user.enabled() && user.role() == Role.OPERATOR && user.worksAt(siteId)).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findUserByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean hasEnabledAdministrator() {
        return users.countEnabledAdministrators() > 0;
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    // --- access --------------------------------------------------------------------------------------

    private void requireAdmin(CurrentUser caller, String action, String objectType, Object objectId) {
        if (caller.role() != Role.ADMIN) {
            audit.denied(action, objectType, objectId);
            throw new AccessDeniedException("Solo un amministratore può modificare la rete");
        }
    }

    private void requireVisible(OrganisationId organisation, CurrentUser caller, String action, String objectType) {
        if (!caller.seesWholeRegion() && !caller.belongsTo(organisation)) {
            audit.denied(action, objectType, organisation);
            throw new AccessDeniedException("Organizzazione non accessibile");
        }
    }
}
