package it.retelavoro.employer;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.CancellationPolicy;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.DeliveryCheck;
import it.retelavoro.catalogue.OperatorProfile;
import it.retelavoro.catalogue.RecipientHistory;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.SiteProfile;
import it.retelavoro.catalogue.ViolationCode;
import it.retelavoro.employer.EmployerEvents.EmployerDeliveryCancelled;
import it.retelavoro.shared.Cancellation;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels ("annullamento") a B.1-B.4 registered by mistake, with the company Patto a B.2 recorded: both stay,
 * marked with the reason, when and who; the rule engine judges the company's later deliveries without them
 * and {@link EmployerDeliveryCancelled} tells monitoring to reverse their facts. Who may cancel, and when, is
 * decided in one place, {@link #allow}, by the catalogue's {@link CancellationPolicy}.
 */
@Service
@Transactional
public class EmployerCancellations {

    private final EmployerDeliveryRepository deliveries;
    private final CompanyPactRepository pacts;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionLocks locks;
    private final Clock clock;
    private final RegistrationPeriods periods;

    EmployerCancellations(EmployerDeliveryRepository deliveries, CompanyPactRepository pacts, Catalogue catalogue,
            AuditLog audit, ApplicationEventPublisher events, TransactionLocks locks, Clock clock, RegistrationPeriods periods) {
        this.periods = periods;
        this.deliveries = deliveries;
        this.pacts = pacts;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Cancels a delivery to a company, and the company Patto it recorded.
     *
     * @throws RuleViolationException the window passed for a caller who is not a supervisor, or a later
     *                                delivery depends on it (named)
     * @throws ConflictException      it is already cancelled
     */
    public EmployerDelivery cancel(EmployerDeliveryId id, String reason, CurrentUser caller, Locale locale) {
        Cancellation.requireValidReason(reason);
        EmployerDelivery delivery = deliveries.findById(id)
                .orElseThrow(() -> new NotFoundException("employer-delivery", id));
        if (!CancellationPolicy.mayCancel(caller, delivery.organisationId())) {
            audit.denied("EMPLOYER_DELIVERY_CANCEL", "EMPLOYER_DELIVERY", id);
            throw new AccessDeniedException("Solo l'organizzazione che l'ha registrata annulla una prestazione");
        }
        locks.lock("employer", delivery.employerId().value());
        if (delivery.isCancelled()) {
            throw new ConflictException("cancellation.already", List.of(), null);
        }
        List<EmployerDelivery> all = deliveries.findByEmployer(delivery.employerId());
        List<CompanyPact> companyPacts = pacts.findByEmployer(delivery.employerId());
        Optional<CompanyPact> ownPact = companyPacts.stream()
                .filter(pact -> id.equals(pact.deliveryId()) && !pact.isCancelled()).findFirst();
        allow(new CancellationPolicy.Act(Optional.of(delivery.service()), delivery.organisationId(),
                delivery.recordedAt(), dependents(delivery, ownPact, all, companyPacts, catalogue.ruleEngine(locale))),
                delivery.date(), caller, locale);
        Cancellation cancellation = new Cancellation(reason, clock.instant(), caller.id());
        delivery.cancel(cancellation);
        EmployerDelivery saved = deliveries.save(delivery);
        ownPact.ifPresent(pact -> {
            pact.cancel(cancellation);
            pacts.save(pact);
            // the Patto it superseded is in force again (the unique index is checked at the end of the statement)
            companyPacts.stream().filter(earlier -> pact.id().equals(earlier.supersedingPactId().orElse(null)))
                    .forEach(earlier -> {
                        earlier.reinstatedAfterCancellationOf(pact.id());
                        pacts.save(earlier);
                    });
        });
        events.publishEvent(new EmployerDeliveryCancelled(id, delivery.employerId(), delivery.organisationId(),
                delivery.service(), delivery.date(),
                ownPact.filter(CompanyPact::isSigned).map(CompanyPact::id).orElse(null)));
        audit.success("EMPLOYER_DELIVERY_CANCEL", "EMPLOYER", delivery.employerId(),
                "delivery=" + id + " service=" + delivery.service());
        return saved;
    }

    /**
     * The one place that decides whether a company's delivery may be cancelled now: the catalogue's policy
     * (window, supervisor, dependent deliveries). The day of the delivery is the one whose period the
     * cancellation changes (where the closed months are to be checked).
     */
    void allow(CancellationPolicy.Act act, LocalDate actDay, CurrentUser caller, Locale locale) {
        RuleViolationException.throwIfForbidden(CancellationPolicy.judge(act, caller, clock.instant(), locale));
        // a closed month's figures change only after an administrator reopens it (issue 13)
        periods.requireOpen(actDay, locale);
    }

    /**
     * The company's later deliveries, not cancelled, whose modalità di accesso would no longer be met without
     * the delivery (and its Patto): each judged with and without them, access rules only.
     */
    private static List<Dependent> dependents(EmployerDelivery cancelled, Optional<CompanyPact> ownPact,
            List<EmployerDelivery> all, List<CompanyPact> companyPacts, RuleEngine engine) {
        List<Dependent> dependents = new ArrayList<>();
        for (EmployerDelivery later : all) {
            if (later.isCancelled() || later.id().equals(cancelled.id()) || later.date().isBefore(cancelled.date())) {
                continue;
            }
            DeliveryCheck check = DeliveryCheck.of(later.service(), later.mode(), later.date(),
                    OperatorProfile.of(OrganisationKind.CPI), new SiteProfile(Set.of()))
                    .withMinutes(later.minutes()).withOutputs(later.outputs());
            int before = accessViolations(engine, check.withHistory(history(all, companyPacts, later, null, null)));
            int after = accessViolations(engine, check.withHistory(history(all, companyPacts, later, cancelled,
                    ownPact.orElse(null))));
            if (after > before) {
                dependents.add(new Dependent(later.service(), later.date(), later.id().value()));
            }
        }
        return dependents;
    }

    private static RecipientHistory history(List<EmployerDelivery> all, List<CompanyPact> companyPacts,
            EmployerDelivery judged, EmployerDelivery without, CompanyPact pactWithout) {
        RecipientHistory history = RecipientHistory.none();
        for (EmployerDelivery delivery : all) {
            if (!delivery.isCancelled() && delivery != judged && delivery != without) {
                history = history.withDelivery(delivery.service(), delivery.date());
            }
        }
        for (CompanyPact pact : companyPacts) {
            if (pact.isSigned() && !pact.isCancelled() && pact != pactWithout) {
                history = history.withCompanyPactSignedOn(pact.date());
            }
        }
        return history;
    }

    private static int accessViolations(RuleEngine engine, DeliveryCheck check) {
        return engine.check(check).violationsOf(ViolationCode.ACCESS_RULE).size();
    }
}
