package it.retelavoro.referral;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.interop.CoEvents.CoApplied;
import it.retelavoro.interop.CoEvents.CoCancelled;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.pathway.DidEmploymentEffects;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.referral.ReferralEvents.ReferralHireConfirmed;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralEvents.ReferralStepCancelled;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a Comunicazione Obbligatoria does to referrals (issue 15), in the transaction that applies it: a hire of a
 * referred person by the company of the vacancy (same codice fiscale), starting within {@value #WINDOW_DAYS} days of
 * the referral, makes the referral HIRED with the CO's start and contract type, or confirms the hire an operator
 * recorded; a rectification carries the confirmation to the new code; a cancellation undoes a hire the CO recorded
 * (the step is cancelled, as an operator's mistake would be) or removes its confirmation.
 *
 * <p>A hire whose month the Region closed leaves the referral as it is: the closed month's indicators do not move
 * (the CO stays in the work history). An operator's hire proposes to the CPI the change of the person's DID that a
 * CO would apply ({@link DidEmploymentEffects#proposeFromHire}); the cancellation of that hire withdraws the
 * proposal.
 */
@Component
class CoHires {

    /** The days before a CO's start within which a referral to the same company is taken as the hire's origin. */
    static final int WINDOW_DAYS = 120;

    private final ReferralRepository referrals;
    private final ReferralCancellations cancellations;
    private final EmployerDirectory employers;
    private final PactsAndPlans plans;
    private final VacancyStateChanges vacancyStates;
    private final DidEmploymentEffects didEffects;
    private final RegistrationPeriods periods;
    private final TransactionLocks locks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CoHires(ReferralRepository referrals, ReferralCancellations cancellations, EmployerDirectory employers,
            PactsAndPlans plans, VacancyStateChanges vacancyStates, DidEmploymentEffects didEffects,
            RegistrationPeriods periods, TransactionLocks locks, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.cancellations = cancellations;
        this.employers = employers;
        this.plans = plans;
        this.vacancyStates = vacancyStates;
        this.didEffects = didEffects;
        this.periods = periods;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CoApplied event) {
        if (event.personId() == null) {
            return;
        }
        if (event.replacedCode() != null) {
            // a rectification (or the complete communication after an urgent one) stands for the one it replaced
            List<Referral> carried = referrals.findByHireCoCode(event.replacedCode());
            for (Referral found : carried) {
                Referral referral = locked(found);
                referral.confirmedByCo(event.code());
                Referral saved = referrals.save(referral);
                events.publishEvent(new ReferralHireConfirmed(saved.id(), saved.personId(),
                        saved.hireSource().orElse(HireSource.CO), event.code()));
                audit.success("REFERRAL_CO_RECTIFIED", "REFERRAL", saved.id(), "co=" + event.code());
            }
            if (!carried.isEmpty()) {
                return;
            }
            // what it replaced recorded no hire on a referral: the rectified hire may (the company corrected, say)
        }
        if (event.kind() != EventKind.HIRE || event.startDate() == null) {
            return;
        }
        Optional<EmployerId> employer = employers.idByFiscalCode(event.employerFiscalCode());
        if (employer.isEmpty()) {
            return;
        }
        LocalDate start = event.startDate();
        List<Referral> candidates = referrals.findAtEmployerBetween(event.personId(), employer.get(),
                start.minusDays(WINDOW_DAYS), start);
        // a month the Region closed does not move: neither a hire nor the source of one
        if (periods.isClosed(YearMonth.from(start))) {
            return;
        }
        Optional<Referral> recorded = candidates.stream()
                .filter(referral -> referral.status() == ReferralStatus.HIRED && referral.hireCoCode().isEmpty())
                .findFirst();
        if (recorded.isPresent()) {
            confirm(recorded.get(), event.code());
            return;
        }
        candidates.stream().filter(referral -> !referral.status().isFinal()).findFirst()
                .ifPresent(referral -> hire(referral, event));
    }

    @EventListener
    void on(CoCancelled event) {
        for (Referral found : referrals.findByHireCoCode(event.cancelledCode())) {
            Referral referral = locked(found);
            String reason = "Comunicazione obbligatoria " + event.cancelledCode() + " annullata dalla "
                    + event.code();
            if (referral.isHiredByCo()) {
                if (!periods.isClosed(YearMonth.from(referral.contractStart()))) {
                    cancellations.cancelHireOfCancelledCo(referral, reason, referral.steps()
                            .get(referral.lastStandingPosition()).recordedBy());
                }
            } else {
                referral.confirmedByCo(null);
                Referral saved = referrals.save(referral);
                events.publishEvent(new ReferralHireConfirmed(saved.id(), saved.personId(), HireSource.OPERATOR,
                        null));
                audit.success("REFERRAL_CO_UNCONFIRMED", "REFERRAL", saved.id(), "co=" + event.cancelledCode());
            }
        }
    }

    /** An operator's hire proposes the change of the DID a CO would apply. */
    @EventListener
    void on(ReferralOutcomeRecorded event) {
        if (event.status() == ReferralStatus.HIRED && event.hireSource() == HireSource.OPERATOR
                && event.contractStart() != null) {
            didEffects.proposeFromHire(event.personId(), event.referralId().value(), event.contractStart(),
                    event.contractType() == ContractType.PERMANENT);
        }
    }

    @EventListener
    void on(ReferralStepCancelled event) {
        if (event.status() == ReferralStatus.HIRED) {
            didEffects.hireWithdrawn(event.personId(), event.referralId().value());
        }
    }

    private void confirm(Referral found, String coCode) {
        Referral referral = locked(found);
        if (referral.status() != ReferralStatus.HIRED || referral.hireCoCode().isPresent()) {
            return;
        }
        referral.confirmedByCo(coCode);
        Referral saved = referrals.save(referral);
        events.publishEvent(new ReferralHireConfirmed(saved.id(), saved.personId(), HireSource.CO, coCode));
        audit.success("REFERRAL_CO_CONFIRMED", "REFERRAL", saved.id(), "co=" + coCode);
    }

    private void hire(Referral found, CoApplied event) {
        Referral referral = locked(found);
        if (referral.isCancelled() || referral.status().isFinal()) {
            return;
        }
        Optional<ContractType> type = Optional.ofNullable(event.contractType()).flatMap(CoHires::contractType);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today.isBefore(referral.lastStepOn()) ? referral.lastStepOn() : today;
        referral.hiredByCo(event.code(), on, event.startDate(), type.orElse(ContractType.OTHER), event.byUserId(),
                event.byOrganisationId(), clock.instant());
        Referral saved = referrals.save(referral);
        events.publishEvent(new ReferralOutcomeRecorded(saved.id(), saved.personId(), saved.personOrganisationId(),
                saved.vacancyId(), saved.employerId(), saved.vacancyOrganisationId(), saved.status(), on,
                saved.contractStart(), saved.contractType(), HireSource.CO, event.code()));
        audit.success("REFERRAL_CO_HIRED", "REFERRAL", saved.id(), "co=" + event.code());
        plans.recordPlacement(saved.personId(), saved.contractStart(), event.byUserId(),
                "Comunicazione obbligatoria " + event.code());
        vacancyStates.fillIfComplete(saved.vacancyId(), referrals.countHired(saved.vacancyId()), on);
    }

    /**
     * The referral read again under its lock (the one an operator's feedback takes): a feedback recorded meanwhile
     * is seen, not overwritten.
     */
    private Referral locked(Referral referral) {
        locks.lock("referral.person-vacancy", referral.personId().value() + "/" + referral.vacancyId().value());
        return referrals.findById(referral.id()).orElseThrow();
    }

    private static Optional<ContractType> contractType(String name) {
        try {
            return Optional.of(ContractType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
