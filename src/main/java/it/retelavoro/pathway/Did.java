package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayEvents.DidCertified;
import it.retelavoro.pathway.PathwayEvents.DidDeclared;
import it.retelavoro.pathway.PathwayEvents.DidReinstated;
import it.retelavoro.pathway.PathwayEvents.DidReopened;
import it.retelavoro.pathway.PathwayEvents.DidRevoked;
import it.retelavoro.pathway.PathwayEvents.DidSuspended;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's DID (dichiarazione di immediata disponibilità): declared through a channel, received by an
 * organisation of the network, certified by a CPI only. Every change of state is kept in its history.
 *
 * <p>An agency that receives a DID sends it to a CPI at once: the DID carries, while the request is
 * pending, the few data of the person the CPI needs to certify it (it does not have the person in charge).
 *
 * <p>Each change is a verb that checks the state it starts from and registers its event, published when
 * the DID is saved: {@code DECLARED} or {@code CERTIFICATION_REQUESTED} -> {@code CERTIFIED} ->
 * {@code SUSPENDED} -> {@code CERTIFIED} (reinstated), and from any state but itself -> {@code REVOKED}.
 */
@Table("pathway_did")
public class Did extends AbstractAggregateRoot<Did> {

    /** The longest reason of a change of state (the column's length). */
    public static final int REASON_MAX = 500;

    @Id
    private DidId id;
    private PersonId personId;
    private OrganisationId receivedBy;
    private LocalDate declaredOn;
    private DidChannel channel;
    private DidState state;
    private OrganisationId cpiId;
    private String fiscalCode;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private String nationalId;
    @MappedCollection(idColumn = "did_id", keyColumn = "position")
    private List<DidEvent> history;
    @Version
    private Integer version;

    @PersistenceCreator
    Did(DidId id, PersonId personId, OrganisationId receivedBy, LocalDate declaredOn, DidChannel channel,
            DidState state, OrganisationId cpiId, String fiscalCode, String firstName, String lastName,
            LocalDate birthDate, String nationalId, List<DidEvent> history, Integer version) {
        this.id = id;
        this.personId = personId;
        this.receivedBy = receivedBy;
        this.declaredOn = declaredOn;
        this.channel = channel;
        this.state = state;
        this.cpiId = cpiId;
        this.fiscalCode = fiscalCode;
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.nationalId = nationalId;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.version = version;
    }

    /** A change of state: on which day, recorded when, by whom; why, for a suspension or a revocation. */
    @Table("pathway_did_event")
    public record DidEvent(DidState state, LocalDate occurredOn, Instant recordedAt, UserId userId,
            OrganisationId organisationId, String reason) {
    }

    /** A DID received by a CPI, which will certify it itself. */
    static Did receivedByCpi(PersonId person, LocalDate on, DidChannel channel, OrganisationId cpi, UserId by,
            Instant now) {
        Did did = new Did(DidId.random(), person, cpi, on, channel, DidState.DECLARED, cpi, null, null, null, null,
                null, List.of(), null);
        did.record(DidState.DECLARED, on, now, by, cpi);
        did.registerEvent(new DidDeclared(did.id, person, cpi, channel, on));
        return did;
    }

    /**
     * A DID made on the national portal (on line, or with a NASpI application), received through the national flow
     * by the CPI of the person's domicile, which convenes the person and certifies it; {@code nationalId} is its id
     * in that flow.
     */
    static Did receivedFromNationalFlow(PersonId person, LocalDate on, DidChannel channel, String nationalId,
            OrganisationId cpi, UserId by, Instant now) {
        Did did = new Did(DidId.random(), person, cpi, on, channel, DidState.DECLARED, cpi, null, null, null, null,
                nationalId, List.of(), null);
        did.record(DidState.DECLARED, on, now, by, cpi);
        did.registerEvent(new DidDeclared(did.id, person, cpi, channel, on));
        return did;
    }

    /** A DID received by an agency and sent at once to a CPI for certification. */
    static Did receivedByAgency(PersonSummary person, LocalDate on, DidChannel channel, OrganisationId agency,
            OrganisationId cpi, UserId by, Instant now) {
        Did did = new Did(DidId.random(), person.id(), agency, on, channel, DidState.DECLARED, cpi,
                person.fiscalCode(), person.firstName(), person.lastName(), person.birthDate(), null, List.of(), null);
        did.record(DidState.DECLARED, on, now, by, agency);
        did.record(DidState.CERTIFICATION_REQUESTED, on, now, by, agency);
        did.registerEvent(new DidDeclared(did.id, person.id(), agency, channel, on));
        return did;
    }

    /** Certified by the CPI: the copy of the person's data the request carried is no longer needed. */
    /**
     * Certified by the CPI: the copy of the person's data the request carried is no longer needed.
     *
     * @throws IllegalStateException when the DID is not waiting for certification
     */
    void certify(LocalDate on, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeCertified()) {
            throw new IllegalStateException("DID " + id + " non certificabile nello stato " + state);
        }
        this.cpiId = cpi;
        forgetRequestData();
        record(DidState.CERTIFIED, on, now, by, cpi);
        registerEvent(new DidCertified(id, personId, cpi, on));
    }

    /**
     * Suspended by the CPI (e.g. a short job).
     *
     * @throws IllegalStateException when the DID is not certified
     */
    void suspend(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeSuspended()) {
            throw new IllegalStateException("DID " + id + " non sospendibile nello stato " + state);
        }
        record(DidState.SUSPENDED, on, now, by, cpi, reason);
        registerEvent(new DidSuspended(id, personId, cpi, on));
    }

    /**
     * Back in force after a suspension: the DID is certified again (its first certification stays its date).
     *
     * @throws IllegalStateException when the DID is not suspended
     */
    void reinstate(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeReinstated()) {
            throw new IllegalStateException("DID " + id + " non riattivabile nello stato " + state);
        }
        record(DidState.CERTIFIED, on, now, by, cpi, reason);
        registerEvent(new DidReinstated(id, personId, cpi, on));
    }

    /**
     * Revoked by the CPI: no longer in force, and the person may declare a new one.
     *
     * @throws IllegalStateException when the DID is already revoked
     */
    void revoke(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeRevoked()) {
            throw new IllegalStateException("DID " + id + " già revocata");
        }
        forgetRequestData();
        record(DidState.REVOKED, on, now, by, cpi, reason);
        registerEvent(new DidRevoked(id, personId, cpi, on));
    }

    /**
     * A closure reversed: the revoked DID is back in the state it had before ({@code backTo}), as a reversal of a
     * change a job brought (issue 15) sets it; the event of the day keeps the reason.
     *
     * @throws IllegalStateException when the DID is not revoked, or {@code backTo} is revoked itself
     */
    void reopen(DidState backTo, LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (state != DidState.REVOKED || backTo == DidState.REVOKED) {
            throw new IllegalStateException("DID " + id + " non riapribile nello stato " + state);
        }
        record(backTo, on, now, by, cpi, reason);
        registerEvent(new DidReopened(id, personId, cpi, on, backTo));
    }

    private void forgetRequestData() {
        this.fiscalCode = null;
        this.firstName = null;
        this.lastName = null;
        this.birthDate = null;
    }

    public boolean canBeSuspended() {
        return state == DidState.CERTIFIED;
    }

    public boolean canBeReinstated() {
        return state == DidState.SUSPENDED;
    }

    public boolean canBeRevoked() {
        return state != DidState.REVOKED;
    }

    /** The day of the last change of state, which a later change may not precede. */
    LocalDate lastChangedOn() {
        return history.isEmpty() ? declaredOn : history.get(history.size() - 1).occurredOn();
    }

    boolean canBeCertified() {
        return state == DidState.DECLARED || state == DidState.CERTIFICATION_REQUESTED;
    }

    private void record(DidState newState, LocalDate on, Instant now, UserId by, OrganisationId organisation) {
        record(newState, on, now, by, organisation, null);
    }

    private void record(DidState newState, LocalDate on, Instant now, UserId by, OrganisationId organisation,
            String reason) {
        this.state = newState;
        history.add(new DidEvent(newState, on, now, by, organisation, reason));
    }

    public DidId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId receivedBy() {
        return receivedBy;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public DidChannel channel() {
        return channel;
    }

    public DidState state() {
        return state;
    }

    /** The CPI that certifies (or certified) it. */
    public Optional<OrganisationId> cpiId() {
        return Optional.ofNullable(cpiId);
    }

    /** The day it was certified, if it was (the first certification: a reinstatement does not move it). */
    /** Its id in the national flow, for a DID made on the national portal. */
    public Optional<String> nationalId() {
        return Optional.ofNullable(nationalId);
    }

    public Optional<LocalDate> certifiedOn() {
        return history.stream().filter(event -> event.state() == DidState.CERTIFIED).map(DidEvent::occurredOn)
                .findFirst();
    }

    public List<DidEvent> history() {
        return List.copyOf(history);
    }

    String fiscalCode() {
        return fiscalCode;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    public Integer version() {
        return version;
    }

    /** The events registered and not yet published (they are when the DID is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
