package it.retelavoro.employer;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
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

    /** The longest description of the company's needs (the column's length). */
    public static final int NEEDS_MAX = 2000;

    @Id
    private EmployerDeliveryId id;
    private EmployerId employerId;
    private OrganisationId organisationId;
    private SiteId siteId;
    private UserId operatorId;
    private ServiceCode service;
    private DeliveryMode mode;
    private LocalDate deliveredOn;
    private Integer minutes;
    private DeliveryPlace place;
    private Boolean interest;
    private String needs;
    private PactOutcome pactOutcome;
    private VacancyId vacancyId;
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
    /** Set when it was cancelled as registered by mistake (issue 13): it stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;

    @PersistenceCreator
    EmployerDelivery(EmployerDeliveryId id, EmployerId employerId, OrganisationId organisationId, SiteId siteId,
            UserId operatorId, ServiceCode service, DeliveryMode mode, LocalDate deliveredOn, Integer minutes,
            DeliveryPlace place, Boolean interest, String needs, PactOutcome pactOutcome, VacancyId vacancyId,
            String catalogueVersion, Instant recordedAt,
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
        return new EmployerDelivery(id, employer, organisation, site, operator, delivery.service(), delivery.mode(),
                delivery.date(), delivery.minutes(), delivery.place(), produced.interest(), needs,
                produced.pactOutcome(), produced.vacancyId(), catalogueVersion, now,
                outputs.stream().map(Output::new).collect(Collectors.toSet()),
                produced.topics().stream().map(Topic::new).collect(Collectors.toSet()),
                produced.vacancyIds().stream().map(CapturedVacancy::new).collect(Collectors.toSet()),
                null);
    }

    /**
     * The outputs a registration carries, as the repertorio names them; some follow from the others. A B.3
     * is an entry of the company action plan when the plan is open on its day; B.4 produces interview
     * referrals and placements later, through the matching of persons.
     *
     * @param planOpen whether the company's action plan is open on the day of the delivery
     */
    static Set<OutputCode> outputsOf(EmployerCommands.NewDelivery command, boolean planOpen) {
        EmployerCommands.DeliveryOutputs produced = command.outputs();
        Set<OutputCode> outputs = EnumSet.noneOf(OutputCode.class);
        switch (command.service()) {
            case B1 -> {
                if (produced.interest() != null) {
                    outputs.add(OutputCode.INTEREST_EXPRESSION);
                }
            }
            case B2 -> {
                if (produced.pactOutcome() != null) {
                    outputs.add(OutputCode.COMPANY_PACT_OUTCOME);
                }
                if (produced.pactOutcome() == PactOutcome.SIGNED) {
                    outputs.add(OutputCode.COMPANY_PACT_SIGNED);
                    outputs.add(OutputCode.COMPANY_ACTION_PLAN_OPENED);
                }
            }
            case B3 -> {
                if (planOpen) {
                    outputs.add(OutputCode.COMPANY_ACTION_PLAN_ENTRY);
                }
            }
            default -> {
                // B4 produces interview referrals and placements later, through the matching of persons.
            }
        }
        if (!produced.vacancyIds().isEmpty()) {
            outputs.add(OutputCode.VACANCIES_CAPTURED);
        }
        return outputs;
    }

    public EmployerDeliveryId id() {
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
        return Optional.ofNullable(vacancyId);
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
        return new ArrayList<>(capturedVacancies.stream().map(CapturedVacancy::vacancyId).toList());
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
    record CapturedVacancy(VacancyId vacancyId) {
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
