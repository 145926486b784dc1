package it.retelavoro.employer;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every use case of the employer side makes, in one place: only the organisation that took a
 * company in charge sees and changes its data and handles its vacancies. A denial is audited with the action
 * it refused. Also the text checks the validations share.
 */
@Component
class EmployerAccess {

    private final EmployerRepository employers;
    private final VacancyRepository vacancies;
    private final NetworkManagement network;
    private final AuditLog audit;
    private final EmployerTakeoverRecords takeovers;
    private final RegistrationPeriods periods;

    EmployerAccess(EmployerRepository employers, VacancyRepository vacancies, NetworkManagement network,
            AuditLog audit, EmployerTakeoverRecords takeovers, RegistrationPeriods periods) {
        this.periods = periods;
        this.employers = employers;
        this.vacancies = vacancies;
        this.network = network;
        this.audit = audit;
        this.takeovers = takeovers;
    }

    Employer load(EmployerId id) {
        return employers.findById(id).orElseThrow(() -> new NotFoundException("employer", id));
    }

    Vacancy loadVacancy(VacancyId id) {
        return vacancies.findById(id).orElseThrow(() -> new NotFoundException("vacancy", id));
    }

    /** The company, for its serving organisation. */
    Employer serving(EmployerId id, CurrentUser caller, String action) {
        Employer employer = load(id);
        requireServing(employer, caller, action);
        return employer;
    }

    /**
     * The company, for its serving organisation or for one that lost it by a taking over on the company's choice
     * (issue 13, point 5), which keeps reading what it registered: the caller filters the acts by
     * {@link Employer#isServedBy}.
     */
    Employer readable(EmployerId id, CurrentUser caller, String action) {
        Employer employer = load(id);
        if (!employer.isServedBy(caller.organisationId()) && !takeovers.lostByChoice(id, caller.organisationId())) {
            audit.denied(action, "EMPLOYER", employer.id());
            throw new AccessDeniedException("Impresa seguita da un'altra organizzazione");
        }
        return employer;
    }

    /**
     * Refuses an act dated in a month the Region closed (issue 13, point 4); the back-dating of a B.1-B.4 is
     * judged by the rule engine with the delivery.
     */
    void requireOpenPeriod(LocalDate date, Locale locale) {
        periods.requireOpen(date, locale);
    }

    /** The vacancy, for the organisation that handles it. */
    Vacancy handling(VacancyId id, CurrentUser caller, String action) {
        Vacancy vacancy = loadVacancy(id);
        if (!caller.belongsTo(vacancy.organisationId())) {
            audit.denied(action, "VACANCY", vacancy.id());
            throw new AccessDeniedException("Offerta gestita da un'altra organizzazione");
        }
        return vacancy;
    }

    void requireOperator(CurrentUser caller, String action, Object objectId) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, "EMPLOYER", objectId);
            throw new AccessDeniedException("Solo gli operatori registrano le imprese");
        }
    }

    /** Only the organisation that took the company in charge sees and changes its data. */
    void requireServing(Employer employer, CurrentUser caller, String action) {
        if (!employer.isServedBy(caller.organisationId())) {
            audit.denied(action, "EMPLOYER", employer.id());
            throw new AccessDeniedException("Impresa seguita da un'altra organizzazione");
        }
    }

    String organisationName(OrganisationId id) {
        return network.findOrganisation(id).map(Organisation::name).orElse(id.toString());
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A text that must be given, of at most {@code max} characters once stripped. */
    static void requireText(String value, int max, String field, InvalidInputException.Collector problems) {
        if (isBlank(value)) {
            problems.add(field, "validation.required");
        } else {
            maxLength(value, max, field, problems);
        }
    }

    /** A text, if given, of at most {@code max} characters once stripped (as it is stored). */
    static void maxLength(String value, int max, String field, InvalidInputException.Collector problems) {
        problems.maxLength(value == null ? null : value.strip(), max, field);
    }
}
