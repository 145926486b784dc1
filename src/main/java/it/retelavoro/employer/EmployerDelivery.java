package it.retelavoro.employer;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
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
 * A standard service B1-B4 delivered to a company and registered after the rule engine allowed it, with
 * the catalogue version that judged it and the outputs it produced. Registrations are facts: not changed
 * once recorded.
 */
@Table("employer_delivery")
public class EmployerDelivery {

    @Id
    private UUID id;
    private UUID employerId;
    private UUID organisationId;
    private UUID siteId;
    private UUID operatorId;
    private ServiceCode service;
    private DeliveryMode mode;
    private LocalDate deliveredOn;
    private Integer minutes;
    private DeliveryPlace place;
    private Boolean interest;
    private String needs;
    private PactOutcome pactOutcome;
    private UUID vacancyId;
    private String catalogueVersion;
    private Instant recordedAt;
    @MappedCollection(idColumn = "delivery_id")
    private Set<Output> outputs;
    @MappedCollection(idColumn = "delivery_id")
    private Set<Topic> topics;
    @MappedCollection(idColumn = "delivery_id")
    private Set<CapturedVacancy> capturedVacancies;
    @Version
    private Integer version;

    @PersistenceCreator
    EmployerDelivery(UUID id, UUID employerId, UUID organisationId, UUID siteId, UUID operatorId, ServiceCode service,
            DeliveryMode mode, LocalDate deliveredOn, Integer minutes, DeliveryPlace place, Boolean interest,
            String needs, PactOutcome pactOutcome, UUID vacancyId, String catalogueVersion, Instant recordedAt,
            Set<Output> outputs, Set<Topic> topics, Set<CapturedVacancy> capturedVacancies, Integer version) {
        this.id = id;
        this.employerId = employerId;
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.operatorId = operatorId;
        this.service = service;
        this.mode = mode;
        this.deliveredOn = deliveredOn;
        this.minutes = minutes;
        this.place = place;
        this.interest = interest;
        this.needs = needs;
        this.pactOutcome = pactOutcome;
        this.vacancyId = vacancyId;
        this.catalogueVersion = catalogueVersion;
        this.recordedAt = recordedAt;
        this.outputs = outputs == null ? new HashSet<>() : new HashSet<>(outputs);
        this.topics = topics == null ? new HashSet<>() : new HashSet<>(topics);
        this.capturedVacancies = capturedVacancies == null ? new HashSet<>() : new HashSet<>(capturedVacancies);
        this.version = version;
    }

    /** The registration of a delivery the rule engine allowed. */
    static EmployerDelivery record(EmployerDeliveryId id, EmployerId employer, OrganisationId organisation,
            SiteId site, UserId operator, EmployerCommands.NewDelivery delivery, Set<OutputCode> outputs,
            String catalogueVersion, Instant now) {
        EmployerCommands.DeliveryOutputs produced = delivery.outputs();
        String needs = delivery.needs() == null || delivery.needs().isBlank() ? null : delivery.needs().strip();
        return new EmployerDelivery(id.value(), employer.value(), organisation.value(), site.value(), operator.value(),
                delivery.service(), delivery.mode(), delivery.date(), delivery.minutes(), delivery.place(),
                produced.interest(), needs, produced.pactOutcome(),
                produced.vacancyId() == null ? null : produced.vacancyId().value(), catalogueVersion, now,
                outputs.stream().map(Output::new).collect(Collectors.toSet()),
                produced.topics().stream().map(Topic::new).collect(Collectors.toSet()),
                produced.vacancyIds().stream().map(v -> new CapturedVacancy(v.value())).collect(Collectors.toSet()),
                null);
    }

    public EmployerDeliveryId id() {
        return new EmployerDeliveryId(id);
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

    public ServiceCode service() {
        return service;
    }

    public DeliveryMode mode() {
        return mode;
    }

    public LocalDate date() {
        return deliveredOn;
    }

    public Integer minutes() {
        return minutes;
    }

    public Optional<DeliveryPlace> place() {
        return Optional.ofNullable(place);
    }

    /** B1: whether the company expressed interest in matching. */
    public Optional<Boolean> interest() {
        return Optional.ofNullable(interest);
    }

    public Optional<String> needs() {
        return Optional.ofNullable(needs);
    }

    /** B2: the outcome of the company Patto. */
    public Optional<PactOutcome> pactOutcome() {
        return Optional.ofNullable(pactOutcome);
    }

    /** B4: the vacancy worked on. */
    public Optional<VacancyId> vacancyId() {
        return Optional.ofNullable(vacancyId).map(VacancyId::new);
    }

    public String catalogueVersion() {
        return catalogueVersion;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Set<OutputCode> outputs() {
        Set<OutputCode> result = EnumSet.noneOf(OutputCode.class);
        outputs.forEach(output -> result.add(output.output()));
        return result;
    }

    public List<ConsultingTopic> topics() {
        return topics.stream().map(Topic::topic).sorted().toList();
    }

    public List<VacancyId> capturedVacancies() {
        return new ArrayList<>(capturedVacancies.stream().map(v -> new VacancyId(v.vacancyId())).toList());
    }

    public Integer version() {
        return version;
    }

    @Table("employer_delivery_output")
    record Output(OutputCode output) {
    }

    @Table("employer_delivery_topic")
    record Topic(ConsultingTopic topic) {
    }

    @Table("employer_delivery_vacancy")
    record CapturedVacancy(UUID vacancyId) {
    }
}
