package it.retelavoro.monitoring;

import it.retelavoro.employer.EmployerEvents.CompanyPactSigned;
import it.retelavoro.employer.EmployerEvents.EmployerServiceDelivered;
import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.pathway.PathwayEvents.ActionPlanRefused;
import it.retelavoro.pathway.PathwayEvents.ActionPlanSigned;
import it.retelavoro.pathway.PathwayEvents.AnonymousVisitorInformed;
import it.retelavoro.pathway.PathwayEvents.InternshipActivated;
import it.retelavoro.pathway.PathwayEvents.PactSigned;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.pathway.PathwayEvents.TrainingEventRecorded;
import it.retelavoro.person.PersonEvents.PersonAnonymised;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.person.PersonEvents.SpecialCategoriesChanged;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.HireSources;
import it.retelavoro.referral.ReferralEvents.ReferralHireConfirmed;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.referral.ReferralStatus;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into facts. Each listener runs after the publisher's commit in a
 * transaction of its own; the publication registry retries it until it completes, and the fact's source
 * key makes a retry harmless.
 */
@Component
class MonitoringListeners {

    private final FactStore facts;
    private final SpecialCategoryData specialCategoryData;
    private final HireSources hires;

    MonitoringListeners(FactStore facts, SpecialCategoryData specialCategoryData, HireSources hires) {
        this.facts = facts;
        this.specialCategoryData = specialCategoryData;
        this.hires = hires;
    }

    @ApplicationModuleListener
    void on(SpecialCategoriesChanged event) {
        // The event carries the id only; the targets are read now, so a late event still stores the latest.
        facts.targets(event.personId().value(),
                specialCategoryData.complexTargetsForStatistics(event.personId()).stream()
                .map(Enum::name).sorted().toList());
    }

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        facts.person(event.personId().value(), event.organisationId().value(),
                event.sex() == null ? null : event.sex().name(), event.birthYear(),
                event.citizenshipGroup() == null ? null : event.citizenshipGroup().name(), event.educationLevel());
    }

    /** In the registry's transaction, so the facts never name a person the registry no longer knows. */
    @EventListener
    void on(PersonAnonymised event) {
        facts.pseudonymise(event.personId().value());
    }

    @ApplicationModuleListener
    void on(PersonTransferred event) {
        facts.transferred(event.personId().value(), event.to().value());
    }

    @ApplicationModuleListener
    void on(PersonServiceDelivered event) {
        if (event.personId() == null) {
            // The anonymous A.1 visitor is recorded from AnonymousVisitorInformed, which carries sex and age band.
            return;
        }
        facts.record(Fact.of(FactKind.DELIVERY, FactKeys.of(event.deliveryId().value()), event.date(),
                        event.organisationId().value())
                .at(event.siteId() == null ? null : event.siteId().value(), operator(event.operatorId()))
                .person(event.personId().value()).item(event.deliveryId().value()).detail(event.service().name())
                .programme(event.programme(), event.minutes()));
    }

    @ApplicationModuleListener
    void on(AnonymousVisitorInformed event) {
        facts.record(Fact.of(FactKind.DELIVERY, FactKeys.of(event.deliveryId().value()), event.date(),
                        event.organisationId().value())
                .at(event.siteId() == null ? null : event.siteId().value(), null)
                .item(event.deliveryId().value()).detail("A1")
                .visitor(event.sex() == null ? null : event.sex().name(),
                        event.ageBand() == null ? null : event.ageBand().name()));
    }

    @ApplicationModuleListener
    void on(PactSigned event) {
        // A person signs at most one Patto a day with an organisation: that is the source record.
        facts.record(Fact.of(FactKind.PACT_SIGNED, daily(event.personId().value(), event.organisationId().value(),
                        event.date()), event.date(), event.organisationId().value())
                .person(event.personId().value()).programme(event.programme(), null));
    }

    @ApplicationModuleListener
    void on(ActionPlanSigned event) {
        String key = daily(event.personId().value(), event.organisationId().value(), event.date());
        facts.record(Fact.of(FactKind.PLAN_SIGNED, key, event.date(), event.organisationId().value())
                .person(event.personId().value()).item(FactKeys.plan(key)));
    }

    @ApplicationModuleListener
    void on(ActionPlanRefused event) {
        facts.record(Fact.of(FactKind.PLAN_REFUSED, daily(event.personId().value(), event.organisationId().value(),
                        event.date()), event.date(), event.organisationId().value())
                .person(event.personId().value()));
    }

    @ApplicationModuleListener
    void on(TrainingEventRecorded event) {
        facts.record(Fact.of(FactKind.TRAINING, FactKeys.of(event.id().value()), event.date(),
                        event.organisationId().value())
                .person(event.personId().value()).item(event.id().value()).detail(event.event().name()));
    }

    @ApplicationModuleListener
    void on(InternshipActivated event) {
        facts.record(Fact.of(FactKind.INTERNSHIP_ACTIVATED, FactKeys.of(event.id().value()), event.date(),
                        event.organisationId().value())
                .person(event.personId().value()).item(event.id().value()).endingOn(event.endsOn()));
    }

    @ApplicationModuleListener
    void on(EmployerServiceDelivered event) {
        Fact delivery = Fact.of(FactKind.EMPLOYER_DELIVERY, FactKeys.of(event.deliveryId().value()), event.date(),
                        event.organisationId().value())
                .at(event.siteId() == null ? null : event.siteId().value(), operator(event.operatorId()))
                .employer(event.employerId().value()).item(event.deliveryId().value())
                .detail(event.service().name());
        facts.record(delivery);
        if (Boolean.TRUE.equals(event.interest())) {
            facts.record(Fact.of(FactKind.COMPANY_NEED, FactKeys.of(event.deliveryId().value()), event.date(),
                            event.organisationId().value())
                    .at(delivery.siteId(), delivery.operatorId()).employer(event.employerId().value())
                    .item(event.deliveryId().value()));
        }
    }

    @ApplicationModuleListener
    void on(CompanyPactSigned event) {
        facts.record(Fact.of(FactKind.COMPANY_PACT_SIGNED, FactKeys.of(event.pactId().value()), event.date(),
                        event.organisationId().value())
                .employer(event.employerId().value()).item(event.pactId().value()));
    }

    @ApplicationModuleListener
    void on(VacancyRegistered event) {
        facts.record(Fact.of(FactKind.VACANCY_REGISTERED, FactKeys.of(event.vacancyId().value()), event.date(),
                        event.organisationId().value())
                .employer(event.employerId().value()).item(event.vacancyId().value()));
    }

    @ApplicationModuleListener
    void on(CandidateReferred event) {
        facts.record(Fact.of(FactKind.REFERRAL, FactKeys.of(event.referralId().value()), event.date(),
                        event.personOrganisationId().value())
                .counterpart(event.vacancyOrganisationId().value()).person(event.personId().value())
                .employer(event.employerId().value()).item(event.referralId().value()));
    }

    @ApplicationModuleListener
    void on(ReferralOutcomeRecorded event) {
        UUID personOrganisation = event.personOrganisationId().value();
        UUID vacancyOrganisation = event.vacancyOrganisationId().value();
        facts.record(Fact.of(FactKind.REFERRAL_OUTCOME,
                        FactKeys.referralOutcome(event.referralId().value(), event.status().name()), event.date(),
                        personOrganisation)
                .counterpart(vacancyOrganisation).person(event.personId().value())
                .employer(event.employerId().value()).item(event.referralId().value())
                .detail(event.status().name()));
        if (event.status() == ReferralStatus.HIRED && event.contractStart() != null) {
            facts.record(Fact.of(FactKind.CONTRACT_STARTED, FactKeys.of(event.referralId().value()),
                            event.contractStart(), personOrganisation)
                    .counterpart(vacancyOrganisation).person(event.personId().value())
                    .employer(event.employerId().value()).item(event.referralId().value())
                    .detail(event.contractType() == null ? null : event.contractType().name()));
            hireSource(event.referralId());
        }
    }

    @ApplicationModuleListener
    void on(ReferralHireConfirmed event) {
        hireSource(event.referralId());
    }

    /** The source of the hire as the referral has it now (events may come out of order). */
    private void hireSource(ReferralId referral) {
        hires.current(referral).ifPresent(hire -> facts.hireSource(FactKeys.of(referral.value()),
                hire.source().name(), hire.coCode()));
    }

    private static UUID operator(UserId operator) {
        return operator == null ? null : operator.value();
    }

    private static String daily(UUID person, UUID organisation, LocalDate date) {
        return FactKeys.daily(person, organisation, date);
    }
}
