package it.retelavoro.employer;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerEvents.CompanyPactSigned;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import org.springframework.data.relational.core.mapping.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The company Patto di Servizio registered in a B.2 delivery: signed or refused, on a day, by an operator
 * of the serving organisation, with the mutual commitments. A signed Patto opens the company action plan
 * (Piano d'azione dell'impresa) the same day, with the services planned; each later B.3 and B.4 is
 * entered in it. A company has at most one signed Patto; refusals before it are kept. The signature
 * registers {@link CompanyPactSigned}.
 */
@Table("company_pact")
public class CompanyPact extends AbstractAggregateRoot<CompanyPact> {

    /** The longest text of the mutual commitments (the column's length). */
    public static final int COMMITMENTS_MAX = 4000;

    @Id
    private CompanyPactId id;
    private EmployerId employerId;
    private OrganisationId organisationId;
    private SiteId siteId;
    private UserId operatorId;
    private EmployerDeliveryId deliveryId;
    private PactOutcome outcome;
    private LocalDate decidedOn;
    private String commitments;
    private LocalDate planOpenedOn;
    private Instant recordedAt;
    @MappedCollection(idColumn = "pact_id")
    private Set<PlannedService> plannedServices;
    @MappedCollection(idColumn = "pact_id", keyColumn = "position")
    private List<PlanEntry> planEntries;
    @Version
    private Integer version;
    /** Set when it was cancelled as registered by mistake (issue 13): it stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;
    private LocalDate supersededOn;
    private CompanyPactId supersededBy;

    @PersistenceCreator
    CompanyPact(CompanyPactId id, EmployerId employerId, OrganisationId organisationId, SiteId siteId,
            UserId operatorId, EmployerDeliveryId deliveryId, PactOutcome outcome, LocalDate decidedOn,
            String commitments, LocalDate planOpenedOn, Instant recordedAt,
            Set<PlannedService> plannedServices, List<PlanEntry> planEntries, Integer version, LocalDate supersededOn,
            CompanyPactId supersededBy) {
        this.id = id;
        this.employerId = employerId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.deliveryId = deliveryId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.commitments = commitments;
        this.planOpenedOn = planOpenedOn;
        this.recordedAt = recordedAt;
        this.plannedServices = plannedServices == null ? new HashSet<>() : new HashSet<>(plannedServices);
        this.planEntries = planEntries == null ? new ArrayList<>() : new ArrayList<>(planEntries);
        this.version = version;
        this.supersededOn = supersededOn;
        this.supersededBy = supersededBy;
    }

    /** The outcome registered in a B.2; a signed Patto opens the action plan with the planned services. */
    static CompanyPact decide(CompanyPactId id, EmployerId employer, OrganisationId organisation, SiteId site,
            UserId operator, EmployerDeliveryId delivery, PactOutcome outcome, LocalDate on, String commitments,
            Set<ServiceCode> planned, Instant now) {
        boolean signed = outcome == PactOutcome.SIGNED;
        CompanyPact pact = new CompanyPact(id, employer, organisation, site, operator, delivery, outcome, on,
                commitments == null || commitments.isBlank() ? null : commitments.strip(), signed ? on : null, now,
                signed ? planned.stream().map(PlannedService::new).collect(Collectors.toSet()) : Set.of(),
                List.of(), null, null, null);
        if (signed) {
            pact.registerEvent(new CompanyPactSigned(employer, organisation, on, id));
        }
        return pact;
    }

    /**
     * Whether the action plan is open on the day: the Patto was signed on or before it and not superseded by
     * then.
     */
    boolean planOpenOn(LocalDate day) {
        return planOpenedOn != null && !planOpenedOn.isAfter(day) && (supersededOn == null || day.isBefore(supersededOn));
    }

    /**
     * The Patto signed in a new B.2 (a new intake of the company for new needs: issue 13, indicator 8.1) takes
     * the place of this one from its day; this one stays, marked. A refused new Patto supersedes nothing.
     *
     * @throws IllegalStateException when this one is not in force or the new one is not signed or not later
     */
    void supersededBy(CompanyPact newer) {
        if (!isInForce() || !newer.isSigned() || !newer.date().isAfter(decidedOn)) {
            throw new IllegalStateException("Patto " + id + " cannot be superseded by " + newer.id());
        }
        supersededOn = newer.date();
        supersededBy = newer.id();
    }

    /** Whether it is the company's Patto in force: signed, not cancelled and not superseded. */
    public boolean isInForce() {
        return isSigned() && supersededOn == null && cancellation == null;
    }

    /**
     * The Patto that superseded this one was cancelled as registered by mistake (issue 13): this one is in force
     * again, as if the later one had never been signed. Nothing when another Patto superseded it.
     */
    Optional<CompanyPactId> supersedingPactId() {
        return Optional.ofNullable(supersededBy);
    }

    void reinstatedAfterCancellationOf(CompanyPactId cancelled) {
        if (cancelled.equals(supersededBy)) {
            supersededOn = null;
            supersededBy = null;
        }
    }

    /** The day a later signed Patto superseded it, if one did. */
    public Optional<LocalDate> supersededOn() {
        return Optional.ofNullable(supersededOn);
    }

    /** Enters a delivery in the action plan. */
    void enterInPlan(EmployerDeliveryId delivery, ServiceCode service, LocalDate on) {
        if (!hasActionPlan()) {
            throw new IllegalStateException("No action plan without a signed Patto");
        }
        planEntries.add(new PlanEntry(delivery.value(), service, on));
    }

    public CompanyPactId id() {
        return id;
    }

    public EmployerId employerId() {
        return employerId;
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

    public EmployerDeliveryId deliveryId() {
        return deliveryId;
    }

    public PactOutcome outcome() {
        return outcome;
    }

    public boolean isSigned() {
        return outcome == PactOutcome.SIGNED;
    }

    /** The day it was signed or refused. */
    public LocalDate date() {
        return decidedOn;
    }

    public Optional<String> commitments() {
        return Optional.ofNullable(commitments);
    }

    public boolean hasActionPlan() {
        return planOpenedOn != null;
    }

    public Optional<LocalDate> planOpenedOn() {
        return Optional.ofNullable(planOpenedOn);
    }

    public Set<ServiceCode> plannedServices() {
        Set<ServiceCode> result = EnumSet.noneOf(ServiceCode.class);
        plannedServices.forEach(planned -> result.add(planned.service()));
        return result;
    }

    public List<PlanEntry> planEntries() {
        return List.copyOf(planEntries);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Integer version() {
        return version;
    }

    @Table("company_action_plan_service")
    record PlannedService(ServiceCode service) {
    }

    /** A service registered in the company action plan. */
    @Table("company_action_plan_entry")
    public record PlanEntry(UUID deliveryId, ServiceCode service, LocalDate entryDate) {
    }

    /** The cancellation, when it was cancelled as registered by mistake. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    /**
     * Marks it cancelled.
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        this.cancellation = Cancellation.first(this.cancellation, cancellation);
    }
}
