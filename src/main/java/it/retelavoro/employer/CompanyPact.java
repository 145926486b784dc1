package it.retelavoro.employer;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
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
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The company Patto di Servizio registered in a B.2 delivery: signed or refused, on a day, by an operator
 * of the serving organisation, with the mutual commitments. A signed Patto opens the company action plan
 * (Piano d'azione dell'impresa) the same day, with the services planned; each later B.3 and B.4 is
 * entered in it. A company has at most one signed Patto; refusals before it are kept.
 */
@Table("company_pact")
public class CompanyPact {

    @Id
    private UUID id;
    private UUID employerId;
    private UUID organisationId;
    private UUID siteId;
    private UUID operatorId;
    private UUID deliveryId;
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

    @PersistenceCreator
    CompanyPact(UUID id, UUID employerId, UUID organisationId, UUID siteId, UUID operatorId, UUID deliveryId,
            PactOutcome outcome, LocalDate decidedOn, String commitments, LocalDate planOpenedOn, Instant recordedAt,
            Set<PlannedService> plannedServices, List<PlanEntry> planEntries, Integer version) {
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
    }

    /** The outcome registered in a B.2; a signed Patto opens the action plan with the planned services. */
    static CompanyPact decide(CompanyPactId id, EmployerId employer, OrganisationId organisation, SiteId site,
            UserId operator, EmployerDeliveryId delivery, PactOutcome outcome, LocalDate on, String commitments,
            Set<ServiceCode> planned, Instant now) {
        boolean signed = outcome == PactOutcome.SIGNED;
        return new CompanyPact(id.value(), employer.value(), organisation.value(), site.value(), operator.value(),
                delivery.value(), outcome, on, commitments == null || commitments.isBlank() ? null : commitments.strip(),
                signed ? on : null, now,
                signed ? planned.stream().map(PlannedService::new).collect(Collectors.toSet()) : Set.of(),
                List.of(), null);
    }

    /** Enters a delivery in the action plan. */
    void enterInPlan(EmployerDeliveryId delivery, ServiceCode service, LocalDate on) {
        if (!hasActionPlan()) {
            throw new IllegalStateException("No action plan without a signed Patto");
        }
        planEntries.add(new PlanEntry(delivery.value(), service, on));
    }

    public CompanyPactId id() {
        return new CompanyPactId(id);
    }

    public EmployerId employerId() {
        return new EmployerId(employerId);
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

    public EmployerDeliveryId deliveryId() {
        return new EmployerDeliveryId(deliveryId);
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
}
