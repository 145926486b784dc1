package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAccess.maxLength;
import static it.retelavoro.employer.EmployerAccess.requireText;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.employer.EmployerCommands.LanguageRequirement;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancies of companies: registered open by the organisation serving the company, which alone reads
 * them; for the other modules {@link #findVacancy} without a caller. Audited as {@code VACANCY_CREATE} and
 * {@code VACANCY_READ}; a registration publishes {@link EmployerEvents.VacancyRegistered}.
 */
@Service
@Transactional
public class Vacancies {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final VacancyRepository vacancies;
    private final EmployerAccess access;
    private final Comuni comuni;
    private final OccupationCodes occupations;
    private final AuditLog audit;
    private final Clock clock;

    Vacancies(VacancyRepository vacancies, EmployerAccess access, Comuni comuni, OccupationCodes occupations,
            AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.access = access;
        this.comuni = comuni;
        this.occupations = occupations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers a vacancy of a company, open from today, handled by the organisation serving the company.
     */
    public Vacancy registerVacancy(EmployerId employerId, NewVacancy command, CurrentUser caller) {
        Employer employer = access.serving(employerId, caller, "VACANCY_CREATE");
        LocalDate today = LocalDate.now(clock);
        validate(command, today);
        access.requireOpenPeriod(today, LocaleContextHolder.getLocale());
        Vacancy vacancy = vacancies.save(Vacancy.register(employerId, employer.organisationId(), command, caller.id(),
                today, clock.instant()));
        audit.success("VACANCY_CREATE", "VACANCY", vacancy.id(), "employer=" + employerId);
        return vacancy;
    }

    private void validate(NewVacancy command, LocalDate today) {
        var problems = new InvalidInputException.Collector();
        requireText(command.title(), Vacancy.TITLE_MAX, "title", problems);
        maxLength(command.description(), Vacancy.DESCRIPTION_MAX, "description", problems);
        problems.require(command.occupation() != null && OccupationCodes.FORMAT.matcher(command.occupation().strip())
                .matches() && occupations.exists(command.occupation()), "occupation", "employer.validation.occupation");
        problems.require(command.positions() != null && command.positions() >= 1 && command.positions() <= 999,
                "positions", "employer.validation.positions", 999);
        problems.require(command.comune() != null && comuni.exists(command.comune()), "comune", "validation.comune");
        problems.require(command.contractType() != null, "contractType", "validation.required");
        problems.require(command.hoursPerWeek() == null || (command.hoursPerWeek() >= 1 && command.hoursPerWeek() <= 60),
                "hoursPerWeek", "employer.validation.hours", 60);
        problems.require(command.expiresOn() == null || !command.expiresOn().isBefore(today), "expiresOn",
                "employer.validation.expiry-past");
        var requirements = command.requirements();
        maxLength(requirements.educationLevel(), Vacancy.EDUCATION_LEVEL_MAX, "requirements.educationLevel", problems);
        problems.require(requirements.experienceMonths() == null || (requirements.experienceMonths() >= 0
                && requirements.experienceMonths() <= 600), "requirements.experienceMonths",
                "employer.validation.experience");
        for (int i = 0; i < requirements.languages().size(); i++) {
            LanguageRequirement language = requirements.languages().get(i);
            problems.require(language != null && language.language() != null
                    && LANGUAGE.matcher(language.language().strip().toLowerCase(Locale.ROOT)).matches()
                    && language.level() != null, "requirements.languages[" + i + "]", "employer.validation.language");
        }
        long distinct = requirements.languages().stream().filter(l -> l != null && l.language() != null)
                .map(l -> l.language().strip().toLowerCase(Locale.ROOT)).distinct().count();
        problems.require(distinct == requirements.languages().size(), "requirements.languages",
                "employer.validation.language-twice");
        for (int i = 0; i < requirements.skills().size(); i++) {
            maxLength(requirements.skills().get(i), Vacancy.SKILL_MAX, "requirements.skills[" + i + "]", problems);
        }
        problems.throwIfAny();
    }

    /** A vacancy, for the organisation that handles it. */
    public Vacancy vacancy(VacancyId id, CurrentUser caller) {
        Vacancy vacancy = access.handling(id, caller, "VACANCY_READ");
        audit.success("VACANCY_READ", "VACANCY", id);
        return vacancy;
    }

    /** The vacancies of a company, newest first (to a former organisation, those it registered). */
    public List<Vacancy> vacancies(EmployerId employerId, CurrentUser caller) {
        boolean serving = access.readable(employerId, caller, "VACANCY_READ").isServedBy(caller.organisationId());
        audit.success("VACANCY_READ", "EMPLOYER", employerId, "list");
        // an organisation that lost the company on its choice reads (and handles) the vacancies it registered
        return vacancies.findByEmployer(employerId).stream()
                .filter(vacancy -> serving || caller.belongsTo(vacancy.organisationId())).toList();
    }

    /** Any vacancy by id, without access check: the calling module decides what its caller may see. */
    @Transactional(readOnly = true)
    public Optional<Vacancy> findVacancy(VacancyId id) {
        return vacancies.findById(id);
    }
}
