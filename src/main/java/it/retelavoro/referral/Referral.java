package it.retelavoro.referral;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerDeliveryId;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One person sent to one vacancy, with every step of the company's feedback. The status changes only
 * through {@link #record}, which asks the current {@link ReferralStatus} whether the step is allowed.
 */
@Table("referral")
public class Referral {

    /** The longest feedback of a step (the column's length). */
    public static final int FEEDBACK_MAX = 1000;

    @Id
    private ReferralId id;
    private PersonId personId;
    private OrganisationId personOrganisationId;
    private VacancyId vacancyId;
    private EmployerId employerId;
    private OrganisationId vacancyOrganisationId;
    private LocalDate referredOn;
    private ReferralStatus status;
    private LocalDate contractStart;
    private ContractType contractType;
    private UserId referredBy;
    private Instant createdAt;
    @MappedCollection(idColumn = "referral_id", keyColumn = "position")
    private List<Step> steps;
    @Version
    private Integer version;
    /** Set when its first step, the sending itself, was cancelled as registered by mistake (issue 13). */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;
    /** The person's A.6 the referral is an output of; null for referrals registered before issue 13. */
    private DeliveryId personDeliveryId;
    /** The company's B.4 the referral is an output of; null for referrals registered before issue 13. */
    private EmployerDeliveryId companyDeliveryId;
    /** Who recorded the hire: null while not hired (issue 15). */
    private HireSource hireSource;
    /** The Comunicazione Obbligatoria that recorded or confirmed the hire (issue 15). */
    private String hireCoCode;

    @PersistenceCreator
    Referral(ReferralId id, PersonId personId, OrganisationId personOrganisationId, VacancyId vacancyId,
            EmployerId employerId, OrganisationId vacancyOrganisationId, LocalDate referredOn, ReferralStatus status,
            LocalDate contractStart, ContractType contractType, UserId referredBy, Instant createdAt, List<Step> steps,
            Integer version, DeliveryId personDeliveryId, EmployerDeliveryId companyDeliveryId) {
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
        this.personDeliveryId = personDeliveryId;
        this.companyDeliveryId = companyDeliveryId;
    }

    static Referral send(PersonId person, OrganisationId personOrganisation, VacancyId vacancy, EmployerId employer,
            OrganisationId vacancyOrganisation, LocalDate on, UserId by, OrganisationId byOrganisation, Instant now) {
        return send(person, personOrganisation, vacancy, employer, vacancyOrganisation, on, by, byOrganisation, now,
                null, null);
    }

    /** A referral sent as the output of the person's A.6 and of the company's B.4. */
    static Referral send(PersonId person, OrganisationId personOrganisation, VacancyId vacancy, EmployerId employer,
            OrganisationId vacancyOrganisation, LocalDate on, UserId by, OrganisationId byOrganisation, Instant now,
            DeliveryId personDelivery, EmployerDeliveryId companyDelivery) {
        Referral referral = new Referral(new ReferralId(UUID.randomUUID()), person, personOrganisation, vacancy,
                employer, vacancyOrganisation, on, ReferralStatus.SENT, null, null, by, now, List.of(), null,
                personDelivery, companyDelivery);
        referral.steps.add(new Step(ReferralStatus.SENT, on, null, by, byOrganisation, now, null));
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
            this.hireSource = HireSource.OPERATOR;
        }
        steps.add(new Step(next, on, feedback == null || feedback.isBlank() ? null : feedback.strip(), by,
                byOrganisation, now, null));
    }

    /**
     * Hired, as a Comunicazione Obbligatoria of the company tells (issue 15): from any status still open, the CO
     * being the proof; the step is recorded in the name of the flow's user, on the day the CO was applied, with the
     * contract's start and type from the CO.
     *
     * @throws IllegalStateException when the referral is cancelled or its status is final
     */
    void hiredByCo(String coCode, LocalDate on, LocalDate start, ContractType type, UserId by,
            OrganisationId byOrganisation, Instant now) {
        if (isCancelled() || status.isFinal()) {
            throw new IllegalStateException(id + " " + status + " -> HIRED (CO)");
        }
        status = ReferralStatus.HIRED;
        this.contractStart = start;
        this.contractType = type;
        this.hireSource = HireSource.CO;
        this.hireCoCode = coCode;
        steps.add(new Step(ReferralStatus.HIRED, on, "Comunicazione obbligatoria " + coCode, by, byOrganisation,
                now, null));
    }

    /** The hire an operator recorded is confirmed by a Comunicazione Obbligatoria (or no longer, with null). */
    void confirmedByCo(String coCode) {
        this.hireCoCode = coCode;
    }

    /** Whether the hire was recorded from a CO (not by an operator whom a CO confirmed). */
    public boolean isHiredByCo() {
        return status == ReferralStatus.HIRED && hireSource == HireSource.CO;
    }

    /** Who told of the hire, when hired: {@link HireSource#CO} also for an operator's hire a CO confirmed. */
    public Optional<HireSource> hireSource() {
        if (hireSource == null) {
            return Optional.empty();
        }
        return Optional.of(hireCoCode != null ? HireSource.CO : hireSource);
    }

    /** The Comunicazione Obbligatoria that recorded or confirmed the hire. */
    public Optional<String> hireCoCode() {
        return Optional.ofNullable(hireCoCode);
    }

    /** The position of the last step still standing. */
    int lastStandingPosition() {
        for (int position = steps.size() - 1; position >= 0; position--) {
            if (!steps.get(position).isCancelled()) {
                return position;
            }
        }
        return 0;
    }

    /** Whether an organisation takes part in the referral: the one with the person, or the vacancy's owner. */
    public boolean involves(OrganisationId organisation) {
        return personOrganisationId.equals(organisation) || vacancyOrganisationId.equals(organisation);
    }

    public LocalDate lastStepOn() {
        return steps.stream().filter(step -> !step.isCancelled()).map(Step::occurredOn)
                .max(Comparator.naturalOrder()).orElse(referredOn);
    }

    /**
     * Cancels the step at the position, registered by mistake: the referral goes back to the status of its
     * last step still standing; the first step (the sending) cancels the referral itself.
     *
     * @throws IllegalStateException when the step is already cancelled, or a later step still stands
     */
    void cancelStep(int position, Cancellation cancellation) {
        Step step = steps.get(position);
        if (step.isCancelled() || laterStepStanding(position).isPresent()) {
            throw new IllegalStateException("Step " + position + " of " + id + " cannot be cancelled");
        }
        steps.set(position, step.cancelled(cancellation));
        if (position == 0) {
            this.cancellation = cancellation;
            return;
        }
        this.status = steps.stream().filter(standing -> !standing.isCancelled()).reduce((first, second) -> second)
                .map(Step::status).orElse(ReferralStatus.SENT);
        if (status != ReferralStatus.HIRED) {
            this.contractStart = null;
            this.contractType = null;
            this.hireSource = null;
            this.hireCoCode = null;
        }
    }

    /** The first later step still standing, if any: it depends on the one at the position. */
    public java.util.Optional<Integer> laterStepStanding(int position) {
        for (int later = position + 1; later < steps.size(); later++) {
            if (!steps.get(later).isCancelled()) {
                return java.util.Optional.of(later);
            }
        }
        return java.util.Optional.empty();
    }

    /** The cancellation of the referral (its sending), if it was cancelled. */
    public java.util.Optional<Cancellation> cancellation() {
        return java.util.Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    public ReferralId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId personOrganisationId() {
        return personOrganisationId;
    }

    public VacancyId vacancyId() {
        return vacancyId;
    }

    public EmployerId employerId() {
        return employerId;
    }

    public OrganisationId vacancyOrganisationId() {
        return vacancyOrganisationId;
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

    /** The person's A.6 this referral is an output of, when it was registered with one. */
    public Optional<DeliveryId> personDeliveryId() {
        return Optional.ofNullable(personDeliveryId);
    }

    /** The company's B.4 this referral is an output of, when it was registered with one. */
    public Optional<EmployerDeliveryId> companyDeliveryId() {
        return Optional.ofNullable(companyDeliveryId);
    }

    /** One step of the referral: the status reached, its day, the company's feedback, who recorded it. */
    @Table("referral_step")
    public record Step(ReferralStatus status, LocalDate occurredOn, String feedback, UserId recordedBy,
            OrganisationId recordedByOrg, Instant recordedAt,
            @Embedded.Nullable(prefix = "cancellation_") Cancellation cancellation) {

        public boolean isCancelled() {
            return cancellation != null;
        }

        Step cancelled(Cancellation by) {
            return new Step(status, occurredOn, feedback, recordedBy, recordedByOrg, recordedAt, by);
        }
    }
}
