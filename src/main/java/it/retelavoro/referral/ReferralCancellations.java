package it.retelavoro.referral;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.CancellationPolicy;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.referral.Referral.Step;
import it.retelavoro.referral.ReferralEvents.ReferralStepCancelled;
import it.retelavoro.shared.Cancellation;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.TransactionLocks;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels ("annullamento") a step of a referral registered by mistake: the step stays, marked with the
 * reason, when and who, and the referral goes back to the status of its last step still standing; the first
 * step (the sending) cancels the referral. Only the last step standing may be cancelled: a later one depends
 * on it and is named. {@link ReferralStepCancelled} tells monitoring to reverse the step's facts. Who may
 * cancel, and when, is decided in one place, {@link #allow}, by the catalogue's {@link CancellationPolicy}.
 *
 * <p>A hire cancelled undoes what it did elsewhere: the PAI in force logs the cancellation and its placement action
 * is in progress again ({@link PactsAndPlans#cancelPlacement}), and a vacancy it filled opens again when the hires
 * still standing no longer fill it ({@link VacancyStateChanges#reopenAfterCancelledHire}).
 */
@Service
@Transactional
public class ReferralCancellations {

    private final ReferralRepository referrals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionLocks locks;
    private final Clock clock;
    private final RegistrationPeriods periods;
    private final PactsAndPlans plans;
    private final VacancyStateChanges vacancyStates;

    ReferralCancellations(ReferralRepository referrals, AuditLog audit, ApplicationEventPublisher events,
            MessageSource messages, TransactionLocks locks, Clock clock, RegistrationPeriods periods,
            PactsAndPlans plans, VacancyStateChanges vacancyStates) {
        this.periods = periods;
        this.plans = plans;
        this.vacancyStates = vacancyStates;
        this.referrals = referrals;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Cancels the step at the position (0 is the sending).
     *
     * @throws RuleViolationException the window passed for a caller who is not a supervisor, or a later step
     *                                still stands (named)
     * @throws ConflictException      the step is already cancelled
     */
    public Referral cancelStep(ReferralId id, int position, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        Referral referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("referral", id));
        if (position < 0 || position >= referral.steps().size()) {
            throw new NotFoundException("referral-step", id + "/" + position);
        }
        Step step = referral.steps().get(position);
        if (!CancellationPolicy.mayCancel(caller, step.recordedByOrg())) {
            audit.denied("REFERRAL_STEP_CANCEL", "REFERRAL", id);
            throw new AccessDeniedException("Solo l'organizzazione che l'ha registrato annulla un passo");
        }
        locks.lock("referral.person-vacancy", referral.personId().value() + "/" + referral.vacancyId().value());
        if (step.isCancelled()) {
            throw new ConflictException("cancellation.already", List.of(), null);
        }
        List<Dependent> dependents = referral.laterStepStanding(position).map(later -> {
            Step laterStep = referral.steps().get(later);
            return List.of(new Dependent(messages.getMessage(laterStep.status().labelKey(), null, locale),
                    laterStep.occurredOn(), id.value() + "/steps/" + later));
        }).orElse(List.of());
        allow(new CancellationPolicy.Act(Optional.of(ServiceCode.A6), step.recordedByOrg(), step.recordedAt(),
                dependents), step.occurredOn(), caller, locale);
        return undo(referral, position, new Cancellation(reason, clock.instant(), caller.id()));
    }

    /**
     * Cancels a hire a Comunicazione Obbligatoria recorded, because the CO was cancelled (issue 15): the CO node
     * cancels its own act, so the policy's window and rights do not apply; in the caller's transaction.
     */
    Referral cancelHireOfCancelledCo(Referral referral, String reason, UserId by) {
        locks.lock("referral.person-vacancy", referral.personId().value() + "/" + referral.vacancyId().value());
        return undo(referral, referral.lastStandingPosition(), new Cancellation(reason, clock.instant(), by));
    }

    /** Cancels the step and undoes what it did elsewhere; publishes {@link ReferralStepCancelled}; audited. */
    private Referral undo(Referral referral, int position, Cancellation cancellation) {
        Step step = referral.steps().get(position);
        LocalDate contractStart = referral.contractStart();
        referral.cancelStep(position, cancellation);
        Referral saved = referrals.save(referral);
        if (step.status() == ReferralStatus.HIRED) {
            plans.cancelPlacement(saved.personId(), contractStart, cancellation.by(), cancellation.reason());
            vacancyStates.reopenAfterCancelledHire(saved.vacancyId(), referrals.countHired(saved.vacancyId()),
                    LocalDate.now(clock), cancellation.reason());
        }
        events.publishEvent(new ReferralStepCancelled(saved.id(), saved.personId(), saved.personOrganisationId(),
                saved.employerId(), saved.vacancyOrganisationId(), position, step.status(), step.occurredOn()));
        audit.success("REFERRAL_STEP_CANCEL", "REFERRAL", saved.id(),
                "position=" + position + " status=" + step.status());
        return saved;
    }

    /**
     * The one place that decides whether a step of a referral may be cancelled now: the catalogue's policy
     * (window, supervisor, later steps). The day of the step is the one whose period the cancellation changes
     * (where the closed months are to be checked).
     */
    void allow(CancellationPolicy.Act act, LocalDate actDay, CurrentUser caller, Locale locale) {
        RuleViolationException.throwIfForbidden(CancellationPolicy.judge(act, caller, clock.instant(), locale));
        // a closed month's figures change only after an administrator reopens it (issue 13)
        periods.requireOpen(actDay, locale);
    }
}
