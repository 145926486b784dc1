package it.retelavoro.matching;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.matching.MatchingProfiles.Proposable;
import it.retelavoro.matching.Scorer.Requirements;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks candidates for a vacancy and vacancies for a person, and records what operators do from the lists:
 * the pre-selection (an A6 delivery on the person's pathway) and the availability check.
 *
 * <p>Who sees what: the candidates of a vacancy only the organisation handling the vacancy; among them
 * the persons of other organisations only as a pseudonym with their organisation to contact. The vacancies
 * for a person only the organisation that has the person in charge: its own open vacancies and the
 * published ones of the rest of the network.
 */
@Service
@Transactional
public class MatchingManagement {

    /** Largest list a caller may ask for. */
    public static final int MAX_LIMIT = 200;
    /** The deepest rank the candidates are paged to. */
    public static final int MAX_RANK = 1000;
    /** How many persons the pre-filter hands to the scorer per requested candidate (and at least 200). */
    private static final int POOL_FACTOR = 8;

    private final MatchingProfiles profiles;
    private final CandidatePool candidatePool;
    private final EmployerDirectory employers;
    private final Vacancies vacancyRegistry;
    private final PersonDirectory persons;
    private final DeliveryRegistration registration;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MatchingManagement(MatchingProfiles profiles, CandidatePool candidatePool, EmployerDirectory employers,
            Vacancies vacancyRegistry, PersonDirectory persons, DeliveryRegistration registration, JdbcClient jdbc,
            AuditLog audit, Clock clock) {
        this.profiles = profiles;
        this.candidatePool = candidatePool;
        this.employers = employers;
        this.vacancyRegistry = vacancyRegistry;
        this.persons = persons;
        this.registration = registration;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Copies every person's occupations into the module's own table again, for a bulk load that published
     * no events (the synthetic regions). Returns the rows copied.
     */
    @Transactional
    public long refreshOccupations() {
        return profiles.refreshAll();
    }

    /**
     * The persons who may be proposed for the vacancy, best first: consent to matching, a Patto in force,
     * not already referred to it. For the organisation handling the vacancy only.
     */
    public List<Candidate> candidates(VacancyId vacancyId, int limit, CurrentUser caller) {
        return candidates(vacancyId, limit, false, caller);
    }

    /**
     * As {@link #candidates(VacancyId, int, CurrentUser)}; with {@code ownOnly} only the persons the caller's
     * organisation has in charge, whom it may pre-select and refer itself.
     */
    public List<Candidate> candidates(VacancyId vacancyId, int limit, boolean ownOnly, CurrentUser caller) {
        return candidates(vacancyId, 0, limit, ownOnly, caller);
    }

    /**
     * As {@link #candidates(VacancyId, int, boolean, CurrentUser)}, the page {@code page} (from 0) of
     * {@code limit} candidates: the ranking goes on past the first page, up to {@link #MAX_RANK} candidates.
     *
     * @throws InvalidInputException a page below 0 or one past the deepest rank
     */
    public List<Candidate> candidates(VacancyId vacancyId, int page, int limit, boolean ownOnly,
            CurrentUser caller) {
        UUID only = ownOnly ? caller.organisationId().value() : null;
        int size = checkedLimit(limit);
        if (page < 0 || (long) page * size >= MAX_RANK) {
            throw InvalidInputException.of("page", "matching.page", MAX_RANK);
        }
        int skipped = page * size;
        Vacancy vacancy = vacancyRegistry.vacancy(vacancyId, caller);
        Requirements requirements = requirements(vacancy);
        LocalDate today = LocalDate.now(clock);
        int poolSize = Math.max(200, (skipped + size) * POOL_FACTOR);
        List<UUID> pool = new java.util.ArrayList<>(candidatePool.pool(vacancyId.value(), vacancy.occupationCode(),
                vacancy.comuneCode(), requirements.provinceCode(), only, poolSize));
        if (pool.size() < poolSize) {
            pool.addAll(candidatePool.rest(vacancyId.value(), pool, only, poolSize - pool.size()));
        }
        Map<UUID, Preselection> preselections = preselections(vacancyId, caller.organisationId());
        Map<UUID, String> organisationNames = new HashMap<>();
        List<Candidate> ranked = profiles.profiles(pool).stream()
                .map(each -> Map.entry(each, Scorer.score(requirements, each.profile(), today)))
                .sorted(Comparator.comparingInt((Map.Entry<Proposable, Match> e) -> -e.getValue().score())
                        .thenComparing(e -> e.getKey().personId()))
                .skip(skipped)
                .limit(size)
                .map(e -> candidate(vacancyId, e.getKey(), e.getValue(), caller, preselections, organisationNames))
                .toList();
        audit.success("MATCHING_CANDIDATES_READ", "VACANCY", vacancyId,
                "rows=" + ranked.size() + (page == 0 ? "" : ", page=" + page));
        return ranked;
    }

    /**
     * The open vacancies that fit the person, best first: those of the caller's organisation and the
     * published ones of the others. For the organisation that has the person in charge only.
     */
    public List<VacancyMatch> vacanciesFor(PersonId personId, int limit, CurrentUser caller) {
        int size = checkedLimit(limit);
        persons.requireInCharge(personId, caller);
        LocalDate today = LocalDate.now(clock);
        List<Proposable> found = profiles.profiles(List.of(personId.value()));
        if (found.isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        Scorer.Candidate profile = found.get(0).profile();
        Set<String> groups = new HashSet<>();
        profile.desiredOccupations().forEach(code -> groups.add(Scorer.prefix(code, 1)));
        profile.experiences().stream().filter(e -> e.occupationCode() != null)
                .forEach(e -> groups.add(Scorer.prefix(e.occupationCode(), 1)));
        List<UUID> open = profiles.openVacancies(caller.organisationId().value(), personId.value(), groups,
                profile.comuneCode(), today, 1000);
        List<VacancyMatch> ranked = open.stream()
                .map(id -> vacancyRegistry.findVacancy(new VacancyId(id)))
                .flatMap(Optional::stream)
                .map(vacancy -> vacancyMatch(vacancy, Scorer.score(requirements(vacancy), profile, today), caller))
                .sorted(Comparator.comparingInt((VacancyMatch m) -> -m.match().score())
                        .thenComparing(m -> m.vacancyId().value()))
                .limit(size)
                .toList();
        audit.success("MATCHING_VACANCIES_READ", "PERSON", personId, "rows=" + ranked.size());
        return ranked;
    }

    /**
     * The published open vacancies that fit the person, best first, as the person sees them in their own area (issue
     * 17): only when they consent to matching, never a vacancy that is not on the job board, the employer named only
     * where the vacancy names it. The caller found the person from the codice fiscale their identity provider
     * vouched for. Audited as {@code MATCHING_VACANCIES_SELF_READ}.
     */
    @Transactional(readOnly = true)
    public List<VacancyMatch> vacanciesForThemselves(PersonId personId, int limit) {
        int size = checkedLimit(limit);
        if (!profiles.consents(personId.value())) {
            return List.of();
        }
        List<Proposable> found = profiles.profiles(List.of(personId.value()));
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Scorer.Candidate profile = found.get(0).profile();
        Set<String> groups = new HashSet<>();
        profile.desiredOccupations().forEach(code -> groups.add(Scorer.prefix(code, 1)));
        profile.experiences().stream().filter(e -> e.occupationCode() != null)
                .forEach(e -> groups.add(Scorer.prefix(e.occupationCode(), 1)));
        // no organisation of their own: the published vacancies only
        List<UUID> open = profiles.openVacancies(null, personId.value(), groups, profile.comuneCode(), today, 1000);
        List<VacancyMatch> ranked = open.stream()
                .map(id -> vacancyRegistry.findVacancy(new VacancyId(id)))
                .flatMap(Optional::stream)
                .filter(Vacancy::published)
                .map(vacancy -> new VacancyMatch(vacancy.id(), vacancy.title(), vacancy.occupationCode(),
                        vacancy.comuneCode(), vacancy.anonymous() ? Optional.empty()
                                : employers.findEmployer(vacancy.employerId()).map(e -> e.name()),
                        false, Scorer.score(requirements(vacancy), profile, today)))
                .sorted(Comparator.comparingInt((VacancyMatch m) -> -m.match().score())
                        .thenComparing(m -> m.vacancyId().value()))
                .limit(size)
                .toList();
        audit.success("MATCHING_VACANCIES_SELF_READ", "PERSON", personId, "rows=" + ranked.size());
        return ranked;
    }

    /** Whether the person may be proposed now: consent to matching and a Patto in force. */
    @Transactional(readOnly = true)
    public boolean mayBeProposed(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        return profiles.proposable(personId.value());
    }

    /**
     * Pre-selects a person of the caller's organisation for an open vacancy: registers an A6 delivery (back
     * office) on the person's pathway, judged by the rule engine like any delivery, and keeps the pair.
     *
     * @throws it.retelavoro.catalogue.RuleViolationException when the repertorio does not allow the A6 yet
     * @throws ConflictException when the person is already pre-selected for the vacancy
     */
    public Preselection preselect(VacancyId vacancyId, PersonId personId, SiteId siteId, Integer minutes,
            CurrentUser caller, Locale locale) {
        if (personId == null) {
            throw InvalidInputException.of("personId", "validation.required");
        }
        persons.requireInCharge(personId, caller);
        Vacancy vacancy = vacancyRegistry.findVacancy(vacancyId).orElseThrow(() -> new NotFoundException("vacancy",
                vacancyId));
        var problems = new InvalidInputException.Collector();
        problems.require(siteId != null, "siteId", "validation.required");
        problems.require(vacancy.acceptsCandidates(), "vacancyId", "matching.vacancy-not-open");
        problems.require(profiles.proposable(personId.value()), "personId", "matching.not-proposable");
        problems.throwIfAny();
        if (preselection(vacancyId.value(), personId.value()).isPresent()) {
            throw new ConflictException("matching.already-preselected", List.of(), null);
        }
        LocalDate today = LocalDate.now(clock);
        var delivery = registration.registerDelivery(personId, new DeliveryRequest(ServiceCode.A6,
                DeliveryMode.BACK_OFFICE, today, minutes == null ? 120 : minutes, 1, siteId, null, Set.of(), Set.of(), DeliveryOutputs.none()),
                caller, locale);
        jdbc.sql("""
                insert into matching_preselection (vacancy_id, person_id, organisation_id, delivery_id, preselected_on,
                    preselected_by, recorded_at)
                values (:vacancy, :person, :organisation, :delivery, :on, :by, :at)""")
                .param("vacancy", vacancyId.value()).param("person", personId.value())
                .param("organisation", caller.organisationId().value()).param("delivery", delivery.id().value())
                .param("on", today).param("by", caller.id().value())
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
        audit.success("MATCHING_PRESELECT", "PERSON", personId, "vacancy=" + vacancyId);
        return preselection(vacancyId.value(), personId.value()).orElseThrow();
    }

    /**
     * Records whether a pre-selected person is available for the vacancy, as they answered the operator.
     *
     * @throws NotFoundException when the person was not pre-selected for it
     */
    public Preselection recordAvailability(VacancyId vacancyId, PersonId personId, boolean available,
            CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        int updated = jdbc.sql("""
                update matching_preselection set available = :available, availability_checked_on = :on,
                    availability_checked_by = :by
                where vacancy_id = :vacancy and person_id = :person""")
                .param("available", available).param("on", LocalDate.now(clock)).param("by", caller.id().value())
                .param("vacancy", vacancyId.value()).param("person", personId.value()).update();
        if (updated == 0) {
            throw new NotFoundException("preselection", vacancyId + "/" + personId);
        }
        audit.success("MATCHING_AVAILABILITY", "PERSON", personId, "vacancy=" + vacancyId);
        return preselection(vacancyId.value(), personId.value()).orElseThrow();
    }

    /** The pre-selections of a person by the caller's organisation, by vacancy. */
    @Transactional(readOnly = true)
    public Map<UUID, Preselection> preselectionsOf(PersonId personId, CurrentUser caller) {
        persons.requireInCharge(personId, caller);
        return jdbc.sql("select * from matching_preselection where person_id = :person and organisation_id = :org")
                .param("person", personId.value()).param("org", caller.organisationId().value())
                .query((rs, n) -> preselectionOf(rs)).list().stream()
                .collect(Collectors.toMap(Preselection::vacancyId, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private Candidate candidate(VacancyId vacancyId, Proposable proposable, Match match, CurrentUser caller,
            Map<UUID, Preselection> preselections, Map<UUID, String> organisationNames) {
        OrganisationId organisation = new OrganisationId(proposable.organisationId());
        String organisationName = organisationNames.computeIfAbsent(proposable.organisationId(),
                id -> persons.organisationName(organisation));
        String pseudonym = pseudonym(vacancyId.value(), proposable.personId());
        if (!caller.belongsTo(organisation)) {
            return new Candidate(Optional.empty(), pseudonym, Optional.empty(), organisation, organisationName, match,
                    Optional.empty());
        }
        PersonId personId = new PersonId(proposable.personId());
        String name = persons.requireInCharge(personId, caller).fullName();
        return new Candidate(Optional.of(personId), pseudonym, Optional.of(name), organisation, organisationName,
                match, Optional.ofNullable(preselections.get(proposable.personId())));
    }

    private VacancyMatch vacancyMatch(Vacancy vacancy, Match match, CurrentUser caller) {
        boolean own = caller.belongsTo(vacancy.organisationId());
        Optional<String> employer = own || !vacancy.anonymous()
                ? employers.findEmployer(vacancy.employerId()).map(e -> e.name()) : Optional.empty();
        return new VacancyMatch(vacancy.id(), vacancy.title(), vacancy.occupationCode(), vacancy.comuneCode(), employer,
                own, match);
    }

    Requirements requirements(Vacancy vacancy) {
        Map<String, CefrLevel> languages = new LinkedHashMap<>();
        vacancy.languages().forEach(language -> languages.put(language.language(), language.level()));
        Set<String> licences = vacancy.drivingLicences().stream().map(DrivingLicence::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return new Requirements(vacancy.occupationCode(), vacancy.comuneCode(), profiles.provinceOf(vacancy.comuneCode()),
                vacancy.hoursPerWeek().orElse(null), vacancy.educationLevel().map(profiles::educationRank).orElse(null),
                vacancy.experienceMonths().orElse(null), languages, licences, vacancy.skills());
    }

    private Map<UUID, Preselection> preselections(VacancyId vacancyId, OrganisationId organisation) {
        return jdbc.sql("select * from matching_preselection where vacancy_id = :vacancy and organisation_id = :org")
                .param("vacancy", vacancyId.value()).param("org", organisation.value())
                .query((rs, n) -> preselectionOf(rs)).list().stream()
                .collect(Collectors.toMap(Preselection::personId, p -> p));
    }

    private Optional<Preselection> preselection(UUID vacancy, UUID person) {
        return jdbc.sql("select * from matching_preselection where vacancy_id = :vacancy and person_id = :person")
                .param("vacancy", vacancy).param("person", person)
                .query((rs, n) -> preselectionOf(rs)).optional();
    }

    private static Preselection preselectionOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        Boolean available = (Boolean) rs.getObject("available");
        return new Preselection(rs.getObject("vacancy_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("preselected_on", LocalDate.class),
                Optional.ofNullable(rs.getObject("availability_checked_on", LocalDate.class)),
                Optional.ofNullable(available));
    }

    /** A code for a candidate of another organisation: stable for the vacancy, different across vacancies. */
    static String pseudonym(UUID vacancy, UUID person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((vacancy + "/" + person).getBytes(StandardCharsets.UTF_8));
            StringBuilder code = new StringBuilder("C-");
            for (int i = 0; i < 3; i++) {
                code.append("%02X".formatted(digest[i]));
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "matching.limit", MAX_LIMIT);
        }
        return limit;
    }
}
