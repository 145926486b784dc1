package it.retelavoro.pathway;

import it.retelavoro.catalogue.ConditionalityRules;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measure of condizionalità (D.Lgs. 150/2015 art. 21 c. 7): what a benefit recipient's unjustified absence from a
 * convocation entails, the step (first, second, further absence) and the measure of the catalogue's rules as they
 * were applied. Proposed when the absence is recorded; confirmed by the CPI, which then communicates it to INPS; or
 * withdrawn when the absence is justified in time.
 */
@Table("pathway_conditionality_measure")
public class ConditionalityMeasure {

    public static final int REASON_MAX = 500;

    /** Where a measure stands. */
    public enum Status {
        PROPOSED, CONFIRMED, WITHDRAWN;

        public String labelKey() {
            return "pathway.conditionality.status." + name();
        }
    }

    @Id
    private final ConditionalityMeasureId id;
    private final PersonId personId;
    private final OrganisationId cpiId;
    private final UUID appointmentRef;
    private final LocalDate absenceOn;
    private int step;
    private String measure;
    private BigDecimal monthlyFraction;
    private String label;
    private final String basis;
    private final boolean rulesToConfirm;
    private Status status;
    private final Instant proposedAt;
    private final UserId proposedBy;
    private Instant decidedAt;
    private UserId decidedBy;
    private String withdrawalReason;
    @Version
    private Integer version;

    @PersistenceCreator
    ConditionalityMeasure(ConditionalityMeasureId id, PersonId personId, OrganisationId cpiId, UUID appointmentRef,
            LocalDate absenceOn, int step, String measure, BigDecimal monthlyFraction, String label, String basis,
            boolean rulesToConfirm, Status status, Instant proposedAt, UserId proposedBy, Instant decidedAt,
            UserId decidedBy, String withdrawalReason, Integer version) {
        this.id = id;
        this.personId = personId;
        this.cpiId = cpiId;
        this.appointmentRef = appointmentRef;
        this.absenceOn = absenceOn;
        this.step = step;
        this.measure = measure;
        this.monthlyFraction = monthlyFraction;
        this.label = label;
        this.basis = basis;
        this.rulesToConfirm = rulesToConfirm;
        this.status = status;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.withdrawalReason = withdrawalReason;
        this.version = version;
    }

    static ConditionalityMeasure propose(PersonId person, OrganisationId cpi, UUID appointment, LocalDate absenceOn,
            int confirmedBefore, ConditionalityRules rules, UserId by, Instant now) {
        ConditionalityRules.Step step = rules.stepAfter(confirmedBefore);
        return new ConditionalityMeasure(ConditionalityMeasureId.random(), person, cpi, appointment, absenceOn,
                confirmedBefore + 1, step.measure(), step.monthlyFraction(), step.label(), rules.basis(),
                rules.toBeConfirmed(), Status.PROPOSED, now, by, null, null, null, null);
    }

    /**
     * Confirms it, as the step the person's confirmed measures now make it (another may have been confirmed since
     * it was proposed).
     */
    void confirm(int confirmedBefore, ConditionalityRules rules, UserId by, Instant now) {
        requireProposed();
        ConditionalityRules.Step current = rules.stepAfter(confirmedBefore);
        this.step = confirmedBefore + 1;
        this.measure = current.measure();
        this.monthlyFraction = current.monthlyFraction();
        this.label = current.label();
        this.status = Status.CONFIRMED;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    /** Withdraws it: the absence was justified in time. */
    void withdraw(String reason, UserId by, Instant now) {
        requireProposed();
        this.status = Status.WITHDRAWN;
        this.withdrawalReason = reason;
        this.decidedAt = now;
        this.decidedBy = by;
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("Misura " + id + " " + status);
        }
    }

    public boolean endsBenefit() {
        return "LOSS".equals(measure);
    }

    public ConditionalityMeasureId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId cpiId() {
        return cpiId;
    }

    public UUID appointmentRef() {
        return appointmentRef;
    }

    public LocalDate absenceOn() {
        return absenceOn;
    }

    public int step() {
        return step;
    }

    public String measure() {
        return measure;
    }

    public Optional<BigDecimal> monthlyFraction() {
        return Optional.ofNullable(monthlyFraction);
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }

    public boolean rulesToConfirm() {
        return rulesToConfirm;
    }

    public Status status() {
        return status;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public UserId proposedBy() {
        return proposedBy;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<UserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    public Integer version() {
        return version;
    }
}
