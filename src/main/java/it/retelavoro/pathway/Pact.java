package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayCommands.PactTerms;
import it.retelavoro.pathway.PathwayEvents.PactRefused;
import it.retelavoro.pathway.PathwayEvents.PactSigned;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import org.springframework.data.relational.core.mapping.Embedded;
import java.util.Optional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The Patto di Servizio put to the person in an A.2: signed or refused, on a day, by the operator of an
 * organisation at a site, with the contents art. 20 D.Lgs. 150/2015 asks for. A refusal is recorded too.
 * One signed Patto is in force: a new signature supersedes it ({@link Supersession}).
 */
@Table("pathway_pact")
public class Pact extends AbstractAggregateRoot<Pact> {

    /** The longest text of each field (the columns' lengths). */
    public static final int RESPONSIBLE_OPERATOR_MAX = 200;
    public static final int MEETING_FREQUENCY_MAX = 200;
    public static final int JOB_SEARCH_ACTS_MAX = 2000;
    public static final int JOB_SEARCH_TIMING_MAX = 500;

    @Id
    private PactId id;
    private PersonId personId;
    private DeliveryId deliveryId;
    private OrganisationId organisationId;
    private SiteId siteId;
    private UserId operatorId;
    private Outcome outcome;
    private LocalDate decidedOn;
    private String responsibleOperator;
    private String meetingFrequency;
    private String jobSearchActs;
    private String jobSearchTiming;
    private Boolean trainingAvailability;
    private PactId supersededBy;
    private Instant recordedAt;
    @Version
    private Integer version;
    /** Set when the act was cancelled as registered by mistake (issue 13): the act stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;

    @PersistenceCreator
    Pact(PactId id, PersonId personId, DeliveryId deliveryId, OrganisationId organisationId, SiteId siteId,
            UserId operatorId, Outcome outcome, LocalDate decidedOn, String responsibleOperator,
            String meetingFrequency, String jobSearchActs, String jobSearchTiming, Boolean trainingAvailability,
            PactId supersededBy, Instant recordedAt, Integer version) {
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

    /**
     * The Patto put to the person in an A.2, signed or refused: registers
     * {@code PactSigned} or {@code PactRefused}.
     */
    static Pact putTo(PersonId person, Delivery delivery, PactTerms terms, Instant now) {
        Pact pact = new Pact(PactId.random(), person, delivery.id(), delivery.organisationId(), delivery.siteId(),
                delivery.operatorId(), terms.outcome(), delivery.date(),
                Delivery.blankToNull(terms.responsibleOperator()), Delivery.blankToNull(terms.meetingFrequency()),
                Delivery.blankToNull(terms.jobSearchActs()), Delivery.blankToNull(terms.jobSearchTiming()),
                terms.trainingAvailability(), null, now, null);
        pact.registerEvent(pact.isSigned() ? new PactSigned(person, delivery.organisationId(), delivery.date(),
                delivery.programme().orElse(null))
                : new PactRefused(person, delivery.organisationId(), delivery.date()));
        return pact;
    }

    /**
     * The earlier Patti of the person this one supersedes, now marked so: the one in force when this one is
     * signed, none when it is refused. They are to be saved before this one.
     */
    List<Pact> supersede(List<Pact> earlier) {
        return Supersession.supersede(isSigned(), earlier, Pact::isInForce, old -> old.supersededBy = id);
    }

    public PactId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public DeliveryId deliveryId() {
        return deliveryId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public SiteId siteId() {
        return siteId;
    }

    public UserId operatorId() {
        return operatorId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isSigned() {
        return outcome == Outcome.SIGNED;
    }

    /** Signed, not superseded by a later signature and not cancelled. */
    public boolean isInForce() {
        return isSigned() && supersededBy == null && cancellation == null;
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

    /** The cancellation, when the act was cancelled as registered by mistake. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    private void markCancelled(Cancellation cancellation) {
        this.cancellation = Cancellation.first(this.cancellation, cancellation);
    }

    /**
     * Cancels the outcome registered by mistake: registers {@code PactCancelled}. The Patti it superseded
     * are to be put back ({@link #reinstate}).
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        markCancelled(cancellation);
        registerEvent(new PathwayEvents.PactCancelled(id, personId, organisationId, decidedOn, isSigned()));
    }

    /** The earlier Patti the cancelled one had superseded, put back as they were (saved after it). */
    List<Pact> reinstate(List<Pact> earlier) {
        return Supersession.reinstate(id, earlier, old -> old.supersededBy, old -> old.supersededBy = null);
    }
}
