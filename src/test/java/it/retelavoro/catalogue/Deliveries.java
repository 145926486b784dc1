package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.DeliveryMode.BACK_OFFICE;
import static it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import it.retelavoro.shared.OrganisationKind;

/** Deliveries built through the module's own API, as other modules would build them. */
final class Deliveries {

    static final LocalDate DELIVERY_DAY = LocalDate.of(2025, 3, 10);
    static final LocalDate LAST_WEEK = DELIVERY_DAY.minusDays(7);

    private Deliveries() {
    }

    static RuleEngine engine() {
        return new RuleEngine(CatalogueFixtures.shippedVersions());
    }

    static OperatorProfile anAgencyOperator() {
        return OperatorProfile.of(OrganisationKind.ACCREDITED_AGENCY);
    }

    static OperatorProfile aCpiOperator() {
        return OperatorProfile.of(OrganisationKind.CPI);
    }

    /** A site with every feature the repertorio names. */
    static SiteProfile aFullyEquippedSite() {
        return new SiteProfile(EnumSet.allOf(SiteFeature.class));
    }

    /**
     * A delivery of the service that respects every rule of the shipped version: the shortest allowed
     * duration, the history the access rule asks for, the required outputs, a fully equipped site and an
     * agency operator assigned to it. Tests break one thing at a time.
     */
    static DeliveryCheck aDeliveryOf(ServiceCode service) {
        DeliveryCheck base = DeliveryCheck.of(service, INDIVIDUAL, DELIVERY_DAY, anAgencyOperator(), aFullyEquippedSite());
        RecipientHistory signedPact = RecipientHistory.none().withDelivery(ServiceCode.A2, LAST_WEEK)
                .withPactSignedOn(LAST_WEEK);
        RecipientHistory companyPact = RecipientHistory.none().withDelivery(ServiceCode.B2, LAST_WEEK)
                .withCompanyPactSignedOn(LAST_WEEK);
        return switch (service) {
            case A1 -> base.withOutputs(OutputCode.SERVICE_REFERRAL);
            // The group's reason is asked only in GROUP mode: tests that switch an A.2 to a group find it given.
            case A2 -> base.withMinutes(30).withOutputs(OutputCode.PERSONAL_RECORD, OutputCode.PACT_OUTCOME)
                    .withGroupCall(new GroupCall(GroupReason.COMPANY_INTAKE, "Manifattura Alfa S.p.A."));
            case A3 -> base.withMinutes(60).withHistory(signedPact).withOutputs(OutputCode.ACTION_PLAN_OUTCOME);
            case A4 -> base.withMeetingList(Meeting.of(LAST_WEEK, 60, INDIVIDUAL), Meeting.of(DELIVERY_DAY, 60, INDIVIDUAL))
                    .withHistory(signedPact.withDelivery(ServiceCode.A3, LAST_WEEK).withSpecificNeedRecordedOn(LAST_WEEK))
                    .withOutputs(OutputCode.ACTION_PLAN_ENTRY);
            case A5, A6 -> base.withMinutes(120).withHistory(signedPact.withDelivery(ServiceCode.A3, LAST_WEEK))
                    .withOutputs(OutputCode.ACTION_PLAN_ENTRY);
            case B1 -> base.withMinutes(30).withOutputs(OutputCode.INTEREST_EXPRESSION);
            case B2 -> base.withMinutes(30).withOutputs(OutputCode.COMPANY_PACT_OUTCOME);
            case B3 -> base.withHistory(companyPact).withOutputs(OutputCode.COMPANY_ACTION_PLAN_ENTRY);
            case B4 -> base.withMode(BACK_OFFICE).withHistory(companyPact);
        };
    }

    static Set<OutputCode> plus(Set<OutputCode> outputs, OutputCode... more) {
        Set<OutputCode> all = EnumSet.noneOf(OutputCode.class);
        all.addAll(outputs);
        all.addAll(List.of(more));
        return all;
    }

    static Set<OutputCode> minus(Set<OutputCode> outputs, OutputCode removed) {
        Set<OutputCode> fewer = EnumSet.noneOf(OutputCode.class);
        fewer.addAll(outputs);
        fewer.remove(removed);
        return fewer;
    }
}
