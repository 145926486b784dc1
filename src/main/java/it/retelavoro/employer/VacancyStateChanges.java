package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAccess.maxLength;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.employer.EmployerCommands.StateChange;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of state of vacancies: by the operator handling the vacancy, by the daily expiry, and by the
 * hire that fills the last position (the referral module). {@link Vacancy} decides whether a change is
 * allowed and publishes {@link EmployerEvents.VacancyStateChanged}; each change is audited.
 */
@Service
@Transactional
public class VacancyStateChanges {

    private final VacancyRepository vacancies;
    private final EmployerAccess access;
    private final AuditLog audit;
    private final Clock clock;

    VacancyStateChanges(VacancyRepository vacancies, EmployerAccess access, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Changes the state of a vacancy on a day (not in the future, not before its last change), if its current
     * state allows it; the change is kept in its history.
     *
     * @throws ConflictException when the current state does not allow the change (e.g. a filled vacancy)
     */
    public Vacancy changeVacancyState(VacancyId id, StateChange change, CurrentUser caller) {
        Vacancy vacancy = access.handling(id, caller, "VACANCY_STATE_CHANGE");
        var problems = new InvalidInputException.Collector();
        problems.require(change.state() != null, "state", "validation.required");
        problems.require(change.date() != null, "date", "validation.required");
        problems.require(change.date() == null || !RuleEngine.isInTheFuture(change.date(), clock), "date",
                "employer.validation.future-date");
        problems.require(change.date() == null || !change.date().isBefore(vacancy.lastChangedOn()), "date",
                "employer.validation.before-last-change", vacancy.lastChangedOn());
        maxLength(change.reason(), Vacancy.STATE_CHANGE_REASON_MAX, "reason", problems);
        problems.throwIfAny();
        VacancyState from = vacancy.state();
        vacancy.changeState(change.state(), change.date(), change.reason(), caller.id(), clock.instant());
        Vacancy saved = vacancies.save(vacancy);
        audit.success("VACANCY_STATE_CHANGE", "VACANCY", id, from + "->" + saved.state());
        return saved;
    }

    /**
     * Marks EXPIRED every open or suspended vacancy whose expiry date has passed, as of the day after that
     * date (or of its latest change, if later). Run by the daily job; recorded as done by the system.
     *
     * @return how many vacancies expired
     */
    public int expireVacancies() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (Vacancy vacancy : vacancies.findExpiredBefore(today)) {
            VacancyState from = vacancy.state();
            if (vacancy.expire(today, clock.instant())) {
                Vacancy saved = vacancies.save(vacancy);
                audit.success("VACANCY_EXPIRE", "VACANCY", saved.id(), from + "->" + saved.state());
                expired++;
            }
        }
        return expired;
    }

    /**
     * Marks the vacancy FILLED once as many candidates were hired as it has positions. Called by the
     * referral module after a hire; a vacancy that is no longer open is left as it is.
     *
     * @return whether the vacancy became FILLED
     */
    public boolean fillIfComplete(VacancyId id, int hired, LocalDate on) {
        Vacancy vacancy = access.loadVacancy(id);
        VacancyState from = vacancy.state();
        if (!vacancy.fillIfComplete(hired, on, clock.instant())) {
            return false;
        }
        Vacancy saved = vacancies.save(vacancy);
        audit.success("VACANCY_STATE_CHANGE", "VACANCY", id, from + "->" + saved.state());
        return true;
    }

    /**
     * Opens the vacancy again when a cancelled hire had filled it and the hires still standing no longer do (see
     * {@link Vacancy#reopenAfterCancelledHire}); audited like every change of state.
     *
     * @return whether the vacancy is open again
     */
    public boolean reopenAfterCancelledHire(VacancyId id, int hired, LocalDate on, String reason) {
        Vacancy vacancy = access.loadVacancy(id);
        if (!vacancy.reopenAfterCancelledHire(hired, on, reason, clock.instant())) {
            return false;
        }
        vacancies.save(vacancy);
        audit.success("VACANCY_STATE_CHANGE", "VACANCY", id, "FILLED->OPEN hire-cancelled");
        return true;
    }
}
