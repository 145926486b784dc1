package it.retelavoro.pathway;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.Sex;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;

/**
 * What happened in persons' pathways, for monitoring. The events are persisted by the event publication
 * registry: they carry ids and non-personal attributes only, never names, codice fiscale, notes or complex
 * targets.
 */
public final class PathwayEvents {

    private PathwayEvents() {
    }

    /**
     * A service was delivered; {@code personId} is null for an anonymous visitor of A.1.
     *
     * @param programme the code of the regional programme it was registered under, null for none
     * @param minutes   its total minutes, null when not measured
     */
    public record PersonServiceDelivered(DeliveryId deliveryId, PersonId personId, OrganisationId organisationId,
            SiteId siteId, UserId operatorId, ServiceCode service, DeliveryMode mode, LocalDate date,
            String programme, Integer minutes) {

        /** A delivery under no programme, its minutes not carried. */
        public PersonServiceDelivered(DeliveryId deliveryId, PersonId personId, OrganisationId organisationId,
                SiteId siteId, UserId operatorId, ServiceCode service, DeliveryMode mode, LocalDate date) {
            this(deliveryId, personId, organisationId, siteId, operatorId, service, mode, date, null, null);
        }
    }

    /**
     * A Patto di Servizio was signed, in an A.2.
     *
     * @param programme the code of the regional programme the A.2 was registered under (the Patto's programme),
     *                  null for none
     */
    public record PactSigned(PersonId personId, OrganisationId organisationId, LocalDate date, String programme) {

        /** A Patto signed under no programme. */
        public PactSigned(PersonId personId, OrganisationId organisationId, LocalDate date) {
            this(personId, organisationId, date, null);
        }
    }

    public record PactRefused(PersonId personId, OrganisationId organisationId, LocalDate date) {
    }

    public record ActionPlanSigned(PersonId personId, OrganisationId organisationId, LocalDate date) {
    }

    public record ActionPlanRefused(PersonId personId, OrganisationId organisationId, LocalDate date) {
    }

    public record TrainingEventRecorded(TrainingEventId id, PersonId personId, OrganisationId organisationId,
            TrainingEventKind event, LocalDate date, Integer hours) {
    }

    /**
     * An internship was activated on {@code date}.
     *
     * @param endsOn the end agreed with the host (its last day), for the outcomes after the internship
     */
    public record InternshipActivated(InternshipId id, PersonId personId, OrganisationId organisationId,
            LocalDate date, LocalDate endsOn) {
    }

    public record DidDeclared(DidId didId, PersonId personId, OrganisationId organisationId, DidChannel channel,
            LocalDate date) {
    }

    public record DidCertified(DidId didId, PersonId personId, OrganisationId cpiId, LocalDate date) {
    }

    /** The CPI suspended the person's DID (the reason stays in the DID's history, not here). */
    public record DidSuspended(DidId didId, PersonId personId, OrganisationId cpiId, LocalDate date) {
    }

    /** The CPI put a suspended DID back in force. */
    public record DidReinstated(DidId didId, PersonId personId, OrganisationId cpiId, LocalDate date) {
    }

    /** The CPI revoked the person's DID: no longer in force. */
    public record DidRevoked(DidId didId, PersonId personId, OrganisationId cpiId, LocalDate date) {
    }

    /**
     * A DID closed by a job was reopened (issue 15): the closure was reversed by the CPI or withdrawn with the
     * communication behind it; {@code state} is the state it is back in.
     */
    public record DidReopened(DidId didId, PersonId personId, OrganisationId cpiId, LocalDate date, DidState state) {
    }

    /**
     * A change of a DID brought by a job was recorded or moved on (issue 15): applied, ended, reversed, withdrawn,
     * proposed, dismissed or superseded ({@code status}); {@code coCode} the communication behind it, if any.
     */
    public record DidEmploymentChanged(DidEmploymentChangeId changeId, DidId didId, PersonId personId,
            OrganisationId cpiId, String kind, String status, String coCode) {
    }

    public record AnonymousVisitorInformed(DeliveryId deliveryId, OrganisationId organisationId, SiteId siteId,
            LocalDate date, Sex sex, AgeBand ageBand) {
    }

    /** A delivery registered by mistake was cancelled (issue 13): its facts no longer count. */
    public record DeliveryCancelled(DeliveryId deliveryId, PersonId personId, OrganisationId organisationId,
            ServiceCode service, LocalDate date) {
    }

    /** A Patto outcome registered by mistake was cancelled; {@code signed} says which outcome it was. */
    public record PactCancelled(PactId pactId, PersonId personId, OrganisationId organisationId, LocalDate date,
            boolean signed) {
    }

    /** A PAI outcome registered by mistake was cancelled; {@code signed} says which outcome it was. */
    public record ActionPlanCancelled(ActionPlanId planId, PersonId personId, OrganisationId organisationId,
            LocalDate date, boolean signed) {
    }

    /** A training step registered by mistake was cancelled. */
    public record TrainingEventCancelled(TrainingEventId id, PersonId personId, OrganisationId organisationId,
            TrainingEventKind event, LocalDate date) {
    }

    /** An internship registered by mistake was cancelled; {@code activatedOn} is null if it was not active. */
    public record InternshipCancelled(InternshipId id, PersonId personId, OrganisationId organisationId,
            LocalDate activatedOn) {
    }
}
