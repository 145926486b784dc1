package it.retelavoro.employer;

import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyStateChanged;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A vacancy (offerta di lavoro) of a company, handled by the organisation that serves the company. Its
 * state changes only through {@link #changeState} (and {@link #expire}, {@link #fillIfComplete}, which the
 * system makes), which asks the current {@link VacancyState} whether the change is allowed, records it in
 * the history and registers {@link VacancyStateChanged}; the registration registers {@link VacancyRegistered}.
 */
@Table("vacancy")
public class Vacancy extends AbstractAggregateRoot<Vacancy> {

    /** Who changes a vacancy's state when no person does (the daily expiry, a hire that fills it). */
    static final UserId SYSTEM = new UserId(new UUID(0, 0));

    /** The longest title (the column's length). */
    public static final int TITLE_MAX = 200;
    /** The longest description. */
    public static final int DESCRIPTION_MAX = 4000;
    /** The longest education level code required. */
    public static final int EDUCATION_LEVEL_MAX = 20;
    /** The longest skill required. */
    public static final int SKILL_MAX = 200;
    /** The longest reason of a change of state. */
    public static final int STATE_CHANGE_REASON_MAX = 500;

    @Id
    private VacancyId id;
    private EmployerId employerId;
    private OrganisationId organisationId;
    private String occupationCode;
    private String title;
    private String description;
    private int positions;
    private String comuneCode;
    private ContractType contractType;
    private Integer hoursPerWeek;
    private String educationLevel;
    private Integer experienceMonths;
    private boolean published;
    private boolean anonymous;
    private LocalDate expiresOn;
    private VacancyState state;
    private LocalDate registeredOn;
    private Instant createdAt;
    @MappedCollection(idColumn = "vacancy_id")
    private Set<Language> languages;
    @MappedCollection(idColumn = "vacancy_id")
    private Set<Licence> licences;
    @MappedCollection(idColumn = "vacancy_id", keyColumn = "position")
    private List<Skill> skills;
    @MappedCollection(idColumn = "vacancy_id", keyColumn = "position")
    private List<StateChange> history;
    @Version
    private Integer version;

    @PersistenceCreator
    Vacancy(VacancyId id, EmployerId employerId, OrganisationId organisationId, String occupationCode, String title,
            String description,
            int positions, String comuneCode, ContractType contractType, Integer hoursPerWeek, String educationLevel,
            Integer experienceMonths, boolean published, boolean anonymous, LocalDate expiresOn, VacancyState state,
            LocalDate registeredOn, Instant createdAt, Set<Language> languages, Set<Licence> licences,
            List<Skill> skills, List<StateChange> history, Integer version) {
        this.id = id;
        this.employerId = employerId;
        this.organisationId = organisationId;
        this.occupationCode = occupationCode;
        this.title = title;
        this.description = description;
        this.positions = positions;
        this.comuneCode = comuneCode;
        this.contractType = contractType;
        this.hoursPerWeek = hoursPerWeek;
        this.educationLevel = educationLevel;
        this.experienceMonths = experienceMonths;
        this.published = published;
        this.anonymous = anonymous;
        this.expiresOn = expiresOn;
        this.state = state;
        this.registeredOn = registeredOn;
        this.createdAt = createdAt;
        this.languages = languages == null ? new HashSet<>() : new HashSet<>(languages);
        this.licences = licences == null ? new HashSet<>() : new HashSet<>(licences);
        this.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.version = version;
    }

    /** A vacancy registered open on the day, for a company served by the organisation; the command is valid. */
    static Vacancy register(EmployerId employer, OrganisationId organisation, EmployerCommands.NewVacancy command,
            UserId by, LocalDate on, Instant now) {
        EmployerCommands.Requirements requirements = command.requirements();
        Vacancy vacancy = new Vacancy(VacancyId.random(), employer, organisation,
                command.occupation().strip(), command.title().strip(), blankToNull(command.description()),
                command.positions(), command.comune().strip().toUpperCase(java.util.Locale.ROOT),
                command.contractType(), command.hoursPerWeek(), blankToNull(requirements.educationLevel()),
                requirements.experienceMonths(), command.published(), command.anonymous(), command.expiresOn(),
                VacancyState.OPEN, on, now,
                requirements.languages().stream()
                        .map(l -> new Language(l.language().strip().toLowerCase(java.util.Locale.ROOT), l.level()))
                        .collect(Collectors.toSet()),
                requirements.drivingLicences().stream().map(Licence::new).collect(Collectors.toSet()),
                requirements.skills().stream().filter(s -> s != null && !s.isBlank()).map(s -> new Skill(s.strip()))
                        .toList(),
                List.of(), null);
        vacancy.history.add(new StateChange(null, VacancyState.OPEN, on, null, by.value(), now));
        vacancy.registerEvent(new VacancyRegistered(vacancy.id, employer, organisation, on, vacancy.positions,
                vacancy.occupationCode, vacancy.comuneCode));
        return vacancy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Moves the vacancy to another state on a day, if its current state allows it.
     *
     * @throws ConflictException when the current state does not allow the change (e.g. a filled vacancy)
     */
    StateChange changeState(VacancyState next, LocalDate on, String reason, UserId by, Instant now) {
        if (!state.canChangeTo(next)) {
            throw new ConflictException("employer.vacancy.transition", List.of(state.name(), next.name()), null);
        }
        VacancyState from = state;
        StateChange change = new StateChange(from, next, on, blankToNull(reason), by.value(), now);
        history.add(change);
        state = next;
        registerEvent(new VacancyStateChanged(id, employerId, organisationId, from, next, on));
        return change;
    }

    /**
     * Whether the vacancy expired by {@code today}: an open or suspended vacancy whose expiry date has passed
     * expires as of the day after that date (or of its latest change, if later).
     */
    boolean expire(LocalDate today, Instant now) {
        if (expiresOn == null || !expiresOn.isBefore(today) || !state.canChangeTo(VacancyState.EXPIRED)) {
            return false;
        }
        changeState(VacancyState.EXPIRED, notBeforeLastChange(expiresOn.plusDays(1)), null, SYSTEM, now);
        return true;
    }

    /**
     * Marks the vacancy FILLED once as many candidates were hired as it has positions, as of the day of the
     * hire (or of its latest change, if later); a vacancy that may no longer be filled is left as it is.
     *
     * @return whether the vacancy became FILLED
     */
    boolean fillIfComplete(int hired, LocalDate on, Instant now) {
        if (hired < positions || !state.canChangeTo(VacancyState.FILLED)) {
            return false;
        }
        changeState(VacancyState.FILLED, notBeforeLastChange(on), null, SYSTEM, now);
        return true;
    }

    /**
     * Opens again a vacancy that a hire filled, once that hire is cancelled as registered by mistake (issue 13) and
     * the hires still standing no longer fill its positions. FILLED is otherwise final: only the change the system
     * made (not one an operator chose) is undone, and the history keeps both, the reopening with its reason.
     *
     * @return whether the vacancy is open again
     */
    boolean reopenAfterCancelledHire(int hired, LocalDate on, String reason, Instant now) {
        StateChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (state != VacancyState.FILLED || hired >= positions || last == null
                || !SYSTEM.value().equals(last.changedBy())) {
            return false;
        }
        StateChange change = new StateChange(state, VacancyState.OPEN, notBeforeLastChange(on), blankToNull(reason),
                SYSTEM.value(), now);
        history.add(change);
        state = VacancyState.OPEN;
        registerEvent(new VacancyStateChanged(id, employerId, organisationId, VacancyState.FILLED, VacancyState.OPEN,
                change.changedOn()));
        return true;
    }

    private LocalDate notBeforeLastChange(LocalDate day) {
        LocalDate last = lastChangedOn();
        return day.isBefore(last) ? last : day;
    }

    /** The day of the latest state change: a new change may not be dated before it. */
    public LocalDate lastChangedOn() {
        return history.stream().map(StateChange::changedOn).max(Comparator.naturalOrder()).orElse(registeredOn);
    }

    public VacancyId id() {
        return id;
    }

    public EmployerId employerId() {
        return employerId;
    }

    /** The organisation that serves the company and handles the vacancy. */
    public OrganisationId organisationId() {
        return organisationId;
    }

    /** The ISTAT CP2021 code of the occupation. */
    public String occupationCode() {
        return occupationCode;
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public int positions() {
        return positions;
    }

    /** The cadastral code of the comune of the workplace. */
    public String comuneCode() {
        return comuneCode;
    }

    public ContractType contractType() {
        return contractType;
    }

    public Optional<Integer> hoursPerWeek() {
        return Optional.ofNullable(hoursPerWeek);
    }

    public Optional<String> educationLevel() {
        return Optional.ofNullable(educationLevel);
    }

    public Optional<Integer> experienceMonths() {
        return Optional.ofNullable(experienceMonths);
    }

    public List<Language> languages() {
        return languages.stream().sorted(Comparator.comparing(Language::language)).toList();
    }

    public Set<DrivingLicence> drivingLicences() {
        Set<DrivingLicence> result = EnumSet.noneOf(DrivingLicence.class);
        licences.forEach(licence -> result.add(licence.licence()));
        return result;
    }

    public List<String> skills() {
        return skills.stream().map(Skill::skill).toList();
    }

    public boolean published() {
        return published;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public VacancyState state() {
        return state;
    }

    /** Whether candidates may be referred to it now (its state allows it). */
    public boolean acceptsCandidates() {
        return state.acceptsCandidates();
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Every state the vacancy has been in, oldest first (the first is its registration, OPEN). */
    public List<StateChange> history() {
        return List.copyOf(history);
    }

    public Integer version() {
        return version;
    }

    /** A language required, ISO 639-1 code and CEFR level. */
    @Table("vacancy_language")
    public record Language(String language, CefrLevel level) {
    }

    @Table("vacancy_licence")
    record Licence(DrivingLicence licence) {
    }

    @Table("vacancy_skill")
    record Skill(String skill) {
    }

    /** One change of state: from (null for the registration), to, day, reason, who, when recorded. */
    @Table("vacancy_state_change")
    public record StateChange(VacancyState fromState, VacancyState toState, LocalDate changedOn, String reason,
            UUID changedBy, Instant recordedAt) {
    }
}
