package it.retelavoro.pathway;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change of a person's DID brought by a job (issue 15): applied at once when a Comunicazione Obbligatoria tells of
 * it, proposed to the CPI when an operator records a hire on a referral. The CPI's list shows each one with what is
 * behind it (the CO's code, or the referral); the CPI may reverse an applied change with a reason, and confirms or
 * dismisses a proposed one. The rules are the catalogue version's ({@code DidEmploymentRules}).
 *
 * <p>One employment (a CO's employment, or a referral's hire) has at most one change standing ({@link Status#APPLIED}
 * or {@link Status#PROPOSED}); its key is {@code CO:<employment id>} or {@code REFERRAL:<referral id>}.
 */
@Table("pathway_did_employment_change")
public class DidEmploymentChange {

    /** What the job does to the DID. */
    public enum Kind {
        /** A contract of up to the version's months: the DID is suspended until it ceases or ends. */
        SUSPENSION,
        /** A longer or open-ended contract: the DID is closed "per occupazione". */
        CLOSURE;

        public String labelKey() {
            return "pathway.did-employment.kind." + name();
        }
    }

    /** Where the change stands. */
    public enum Status {
        /** Applied to the DID (from a CO, or a proposal the CPI confirmed). */
        APPLIED,
        /** A suspension whose contract ceased or ended: the DID is back in force. */
        ENDED,
        /** Reversed by the CPI, with a reason: the DID is as it was before. */
        REVERSED,
        /** The communication behind it was cancelled or corrected so that it no longer applies. */
        WITHDRAWN,
        /** Proposed by a hire an operator recorded, waiting for the CPI. */
        PROPOSED,
        /** A proposal the CPI dismissed, with a reason. */
        DISMISSED,
        /** A proposal a CO of the same job made needless: the CO's change took its place. */
        SUPERSEDED;

        public String labelKey() {
            return "pathway.did-employment.status." + name();
        }

        /** Whether the change still stands (applied, or waiting for the CPI). */
        public boolean isStanding() {
            return this == APPLIED || this == PROPOSED;
        }
    }

    /** What told of the job. */
    public enum Source {
        CO, REFERRAL;

        public String labelKey() {
            return "pathway.did-employment.source." + name();
        }
    }

    /** The longest reason of a reversal or dismissal (the column's length). */
    public static final int REASON_MAX = 500;

    @Id
    private DidEmploymentChangeId id;
    private DidId didId;
    private PersonId personId;
    private OrganisationId cpiId;
    private String employmentKey;
    private Source source;
    private Kind kind;
    private Status status;
    private String coCode;
    private UUID referralId;
    private LocalDate contractStart;
    private LocalDate contractEnd;
    private LocalDate endedOn;
    private DidState previousState;
    private String reason;
    private UserId decidedBy;
    private Instant decidedAt;
    private Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    DidEmploymentChange(DidEmploymentChangeId id, DidId didId, PersonId personId, OrganisationId cpiId,
            String employmentKey, Source source, Kind kind, Status status, String coCode, UUID referralId,
            LocalDate contractStart, LocalDate contractEnd, LocalDate endedOn, DidState previousState, String reason,
            UserId decidedBy, Instant decidedAt, Instant createdAt, Integer version) {
        this.id = id;
        this.didId = didId;
        this.personId = personId;
        this.cpiId = cpiId;
        this.employmentKey = employmentKey;
        this.source = source;
        this.kind = kind;
        this.status = status;
        this.coCode = coCode;
        this.referralId = referralId;
        this.contractStart = contractStart;
        this.contractEnd = contractEnd;
        this.endedOn = endedOn;
        this.previousState = previousState;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A change a CO brought, applied to the DID at once. */
    static DidEmploymentChange fromCo(Did did, String employmentKey, String coCode, Kind kind, LocalDate start,
            LocalDate end, DidState previousState, Instant now) {
        return new DidEmploymentChange(DidEmploymentChangeId.random(), did.id(), did.personId(),
                did.cpiId().orElse(did.receivedBy()), employmentKey, Source.CO, kind, Status.APPLIED, coCode, null,
                start, end, null, previousState, null, null, null, now, null);
    }

    /** A change a hire recorded on a referral proposes to the CPI. */
    static DidEmploymentChange proposed(Did did, UUID referralId, Kind kind, LocalDate start, Instant now) {
        return new DidEmploymentChange(DidEmploymentChangeId.random(), did.id(), did.personId(),
                did.cpiId().orElse(did.receivedBy()), "REFERRAL:" + referralId, Source.REFERRAL, kind,
                Status.PROPOSED, null, referralId, start, null, null, did.state(), null, null, null, now, null);
    }

    /** The same job, told again (an extension, a rectification): the communication and the dates now behind it. */
    void retold(String newCoCode, LocalDate start, LocalDate end) {
        this.coCode = newCoCode;
        this.contractStart = start;
        this.contractEnd = end;
    }

    /** A change confirmed from a referral's hire, taken over by the CO of the same job. */
    void adoptedByCo(String newEmploymentKey, String newCoCode, LocalDate start, LocalDate end) {
        this.employmentKey = newEmploymentKey;
        this.coCode = newCoCode;
        this.contractStart = start;
        this.contractEnd = end;
    }

    /** A suspension that became a closure: the contract now lasts longer, or turned open-ended. */
    void becameClosure(String newCoCode, LocalDate end) {
        this.kind = Kind.CLOSURE;
        this.coCode = newCoCode;
        this.contractEnd = end;
    }

    /** The suspension's contract ceased or ended: the DID was put back in force on the day. */
    void ended(LocalDate on) {
        this.status = Status.ENDED;
        this.endedOn = on;
    }

    /** The communication behind it no longer tells of a job that changes the DID. */
    void withdrawn(String why, Instant now) {
        this.status = Status.WITHDRAWN;
        this.reason = why;
        this.decidedAt = now;
    }

    /** Reversed by the CPI. */
    void reversed(String why, UserId by, Instant now) {
        decided(Status.REVERSED, why, by, now);
    }

    /** A proposal confirmed by the CPI: now applied; {@code previous} is the DID's state it changed. */
    void confirmed(DidState previous, UserId by, Instant now) {
        this.previousState = previous;
        decided(Status.APPLIED, null, by, now);
    }

    /** A proposal the CPI dismissed. */
    void dismissed(String why, UserId by, Instant now) {
        decided(Status.DISMISSED, why, by, now);
    }

    /** A proposal a CO of the same job made needless. */
    void superseded(String byCoCode, Instant now) {
        this.status = Status.SUPERSEDED;
        this.coCode = byCoCode;
        this.decidedAt = now;
    }

    private void decided(Status newStatus, String why, UserId by, Instant now) {
        this.status = newStatus;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public DidEmploymentChangeId id() {
        return id;
    }

    public DidId didId() {
        return didId;
    }

    public PersonId personId() {
        return personId;
    }

    /** The CPI whose list shows the change: the DID's. */
    public OrganisationId cpiId() {
        return cpiId;
    }

    public String employmentKey() {
        return employmentKey;
    }

    public Source source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    /** The communication behind it, for a change a CO brought (the last one that told of the job). */
    public Optional<String> coCode() {
        return Optional.ofNullable(coCode);
    }

    /** The referral whose hire proposed it. */
    public Optional<UUID> referralId() {
        return Optional.ofNullable(referralId);
    }

    public LocalDate contractStart() {
        return contractStart;
    }

    /** The contract's planned end; {@code null} when open-ended or not known. */
    public Optional<LocalDate> contractEnd() {
        return Optional.ofNullable(contractEnd);
    }

    /** The day the DID was back in force after a suspension. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    /** The DID's state before the change, to which a reversal brings it back. */
    public DidState previousState() {
        return previousState;
    }

    /** The CPI's reason (a reversal, a dismissal), or why it was withdrawn. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<UserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Integer version() {
        return version;
    }
}
