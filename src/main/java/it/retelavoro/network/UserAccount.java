package it.retelavoro.network;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account of one organisation. An operator works at some of the organisation's sites and may have
 * the competences the repertorio asks for complex targets, and speaks some languages.
 */
@Table("user_account")
public class UserAccount {

    /** Longest full name and email: the columns' lengths, checked before saving. */
    public static final int FULL_NAME_MAX = 200;
    public static final int EMAIL_MAX = 200;
    /** Longest identity link: the column's length. */
    public static final int IDENTITY_LINK_MAX = 200;
    /** Longest list of language codes a form accepts (two letters each, one row each in {@code user_language}). */
    public static final int LANGUAGES_MAX = 300;
    /** bcrypt reads only the first 72 bytes of a password: a longer one would be silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;

    @Id
    private UserId id;
    private String username;
    private String passwordHash;
    private String fullName;
    private String email;
    private Role role;
    private OrganisationId organisationId;
    private boolean enabled;
    private Instant createdAt;
    @MappedCollection(idColumn = "user_id")
    private Set<UserSite> sites;
    @MappedCollection(idColumn = "user_id")
    private Set<UserCompetence> competences;
    @MappedCollection(idColumn = "user_id")
    private Set<UserLanguage> languages;
    @Version
    private Integer version;
    /** An operator with the supervisor's authority of their organisation (issue 13); set by an administrator. */
    private boolean supervisor;
    /**
     * The identity of the Region's staff provider this account is linked to (issue 17): the value of the configured
     * claim; set by an administrator.
     */
    private String identityLink;

    @PersistenceCreator
    UserAccount(UserId id, String username, String passwordHash, String fullName, String email, Role role,
            OrganisationId organisationId, boolean enabled, Instant createdAt, Set<UserSite> sites,
            Set<UserCompetence> competences, Set<UserLanguage> languages, Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.sites = sites == null ? new HashSet<>() : new HashSet<>(sites);
        this.competences = competences == null ? new HashSet<>() : new HashSet<>(competences);
        this.languages = languages == null ? new HashSet<>() : new HashSet<>(languages);
        this.version = version;
    }

    static UserAccount create(String username, String passwordHash, String fullName, String email, Role role,
            OrganisationId organisation, Collection<SiteId> sites, Collection<Competence> competences, Instant now) {
        UserAccount account = new UserAccount(new UserId(UUID.randomUUID()),
                Objects.requireNonNull(username).strip(), Objects.requireNonNull(passwordHash),
                Objects.requireNonNull(fullName).strip(),
                email == null || email.isBlank() ? null : email.strip(), Objects.requireNonNull(role),
                organisation, true, now, Set.of(), Set.of(), Set.of(), null);
        account.assign(sites, competences);
        return account;
    }

    /** Replaces the sites the user works at and the competences they have. */
    void assign(Collection<SiteId> newSites, Collection<Competence> newCompetences) {
        this.sites = newSites.stream().map(UserSite::new)
                .collect(Collectors.toCollection(HashSet::new));
        this.competences = newCompetences.stream().map(UserCompetence::new)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Replaces the languages the operator speaks (ISO 639-1 codes, checked by the caller). */
    void speak(Collection<String> newLanguages) {
        this.languages = newLanguages.stream().map(UserLanguage::new).collect(Collectors.toCollection(HashSet::new));
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public UserId id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<SiteId> sites() {
        return sites.stream().map(UserSite::siteId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean worksAt(SiteId site) {
        return sites.contains(new UserSite(site));
    }

    public Set<Competence> competences() {
        Set<Competence> result = EnumSet.noneOf(Competence.class);
        competences.forEach(entry -> result.add(entry.competence()));
        return result;
    }

    /** The languages the operator speaks, ISO 639-1 codes, compared by the rules with a person's language. */
    public Set<String> languages() {
        return languages.stream().map(UserLanguage::language)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Integer version() {
        return version;
    }

    /** Whether the operator supervises the registrations of their organisation (late cancellations). */
    public boolean supervisor() {
        return supervisor;
    }

    /**
     * Grants or withdraws the supervisor's authority.
     *
     * @throws IllegalStateException when the account is not an operator's
     */
    void designateSupervisor(boolean supervisor) {
        if (supervisor && role != Role.OPERATOR) {
            throw new IllegalStateException("Only an operator can be a supervisor");
        }
        this.supervisor = supervisor;
    }

    /** The identity of the staff provider the account is linked to, if any. */
    public java.util.Optional<String> identityLink() {
        return java.util.Optional.ofNullable(identityLink);
    }

    /**
     * Links the account to an identity of the staff provider, or unlinks it ({@code null}).
     *
     * @throws IllegalStateException when the account is a system's of the flows, which logs in with tokens only
     */
    void linkIdentity(String link) {
        if (link != null && role == Role.INTEGRATION) {
            throw new IllegalStateException("A system of the flows has no personal identity");
        }
        this.identityLink = link;
    }

    @Table("user_site")
    record UserSite(SiteId siteId) {
    }

    @Table("user_competence")
    record UserCompetence(Competence competence) {
    }

    @Table("user_language")
    record UserLanguage(String language) {
    }
}
