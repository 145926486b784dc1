package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Patto di Servizio put to the person in an A.2: signed or refused, on a day, by the operator of an
 * organisation at a site, with the contents art. 20 D.Lgs. 150/2015 asks for. A refusal is recorded too.
 * One signed Patto is in force: a new signature supersedes it.
 */
@Table("pathway_pact")
public class Pact {

    @Id
    private UUID id;
    private UUID personId;
    private UUID deliveryId;
    private UUID organisationId;
    private UUID siteId;
    private UUID operatorId;
    private Outcome outcome;
    private LocalDate decidedOn;
    private String responsibleOperator;
    private String meetingFrequency;
    private String jobSearchActs;
    private String jobSearchTiming;
    private Boolean trainingAvailability;
    private UUID supersededBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Pact(UUID id, UUID personId, UUID deliveryId, UUID organisationId, UUID siteId, UUID operatorId, Outcome outcome,
            LocalDate decidedOn, String responsibleOperator, String meetingFrequency, String jobSearchActs,
            String jobSearchTiming, Boolean trainingAvailability, UUID supersededBy, Instant recordedAt,
            Integer version) {
        this.id = id;
        this.personId = personId;
        this.deliveryId = deliveryId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.responsibleOperator = responsibleOperator;
        this.meetingFrequency = meetingFrequency;
        this.jobSearchActs = jobSearchActs;
        this.jobSearchTiming = jobSearchTiming;
        this.trainingAvailability = trainingAvailability;
        this.supersededBy = supersededBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    static Pact putTo(PersonId person, Delivery delivery, PactTerms terms, Instant now) {
        return new Pact(UUID.randomUUID(), person.value(), delivery.id().value(), delivery.organisationId().value(),
                delivery.siteId().value(), delivery.operatorId().value(), terms.outcome(), delivery.date(),
                Delivery.blankToNull(terms.responsibleOperator()), Delivery.blankToNull(terms.meetingFrequency()),
                Delivery.blankToNull(terms.jobSearchActs()), Delivery.blankToNull(terms.jobSearchTiming()),
                terms.trainingAvailability(), null, now, null);
    }

    void supersededBy(PactId newer) {
        this.supersededBy = newer.value();
    }

    public PactId id() {
        return new PactId(id);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public DeliveryId deliveryId() {
        return new DeliveryId(deliveryId);
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    public SiteId siteId() {
        return new SiteId(siteId);
    }

    public UserId operatorId() {
        return new UserId(operatorId);
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isSigned() {
        return outcome == Outcome.SIGNED;
    }

    /** Signed and not superseded by a later signature. */
    public boolean isInForce() {
        return isSigned() && supersededBy == null;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String responsibleOperator() {
        return responsibleOperator;
    }

    public String meetingFrequency() {
        return meetingFrequency;
    }

    public String jobSearchActs() {
        return jobSearchActs;
    }

    public String jobSearchTiming() {
        return jobSearchTiming;
    }

    public Boolean trainingAvailability() {
        return trainingAvailability;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
