package it.retelavoro.referral;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person sent to one vacancy, with every step of the company's feedback. The status changes only
 * through {@link #record}, which asks the current {@link ReferralStatus} whether the step is allowed.
 */
@Table("referral")
public class Referral {

    @Id
    private UUID id;
    private UUID personId;
    private UUID personOrganisationId;
    private UUID vacancyId;
    private UUID employerId;
    private UUID vacancyOrganisationId;
    private LocalDate referredOn;
    private ReferralStatus status;
    private LocalDate contractStart;
    private ContractType contractType;
    private UUID referredBy;
    private Instant createdAt;
    @MappedCollection(idColumn = "referral_id", keyColumn = "position")
    private List<Step> steps;
    @Version
    private Integer version;

    @PersistenceCreator
    Referral(UUID id, UUID personId, UUID personOrganisationId, UUID vacancyId, UUID employerId,
            UUID vacancyOrganisationId, LocalDate referredOn, ReferralStatus status, LocalDate contractStart,
            ContractType contractType, UUID referredBy, Instant createdAt, List<Step> steps, Integer version) {
        this.id = id;
        this.personId = personId;
        this.personOrganisationId = personOrganisationId;
        this.vacancyId = vacancyId;
        this.employerId = employerId;
        this.vacancyOrganisationId = vacancyOrganisationId;
        this.referredOn = referredOn;
        this.status = status;
        this.contractStart = contractStart;
        this.contractType = contractType;
        this.referredBy = referredBy;
        this.createdAt = createdAt;
        this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
        this.version = version;
    }

    static Referral send(PersonId person, OrganisationId personOrganisation, VacancyId vacancy, EmployerId employer,
            OrganisationId vacancyOrganisation, LocalDate on, UserId by, OrganisationId byOrganisation, Instant now) {
        Referral referral = new Referral(UUID.randomUUID(), person.value(), personOrganisation.value(),
                vacancy.value(), employer.value(), vacancyOrganisation.value(), on, ReferralStatus.SENT, null, null,
                by.value(), now, List.of(), null);
        referral.steps.add(new Step(ReferralStatus.SENT, on, null, by.value(), byOrganisation.value(), now));
        return referral;
    }

    /**
     * The company's feedback on a day.
     *
     * @throws IllegalStateException when the current status does not allow the step
     */
    void record(ReferralStatus next, LocalDate on, String feedback, LocalDate contractStart,
            ContractType contractType, UserId by, OrganisationId byOrganisation, Instant now) {
        if (!status.canChangeTo(next)) {
            throw new IllegalStateException(status + " -> " + next);
        }
        status = next;
        if (next == ReferralStatus.HIRED) {
            this.contractStart = contractStart;
            this.contractType = contractType;
        }
        steps.add(new Step(next, on, feedback == null || feedback.isBlank() ? null : feedback.strip(), by.value(),
                byOrganisation.value(), now));
    }

    /** Whether an organisation takes part in the referral: the one with the person, or the vacancy's owner. */
    public boolean involves(OrganisationId organisation) {
        return personOrganisationId.equals(organisation.value()) || vacancyOrganisationId.equals(organisation.value());
    }

    public LocalDate lastStepOn() {
        return steps.stream().map(Step::occurredOn).max(Comparator.naturalOrder()).orElse(referredOn);
    }

    public ReferralId id() {
        return new ReferralId(id);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public OrganisationId personOrganisationId() {
        return new OrganisationId(personOrganisationId);
    }

    public VacancyId vacancyId() {
        return new VacancyId(vacancyId);
    }

    public EmployerId employerId() {
        return new EmployerId(employerId);
    }

    public OrganisationId vacancyOrganisationId() {
        return new OrganisationId(vacancyOrganisationId);
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public ReferralStatus status() {
        return status;
    }

    public LocalDate contractStart() {
        return contractStart;
    }

    public ContractType contractType() {
        return contractType;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public Integer version() {
        return version;
    }

    /** One step of the referral: the status reached, its day, the company's feedback, who recorded it. */
    @Table("referral_step")
    public record Step(ReferralStatus status, LocalDate occurredOn, String feedback, UUID recordedBy,
            UUID recordedByOrg, Instant recordedAt) {
    }
}
