package it.retelavoro.pathway;

import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's DID (dichiarazione di immediata disponibilità): declared through a channel, received by an
 * organisation of the network, certified by a CPI only. Every change of state is kept in its history.
 *
 * <p>An agency that receives a DID sends it to a CPI at once: the DID carries, while the request is
 * pending, the few data of the person the CPI needs to certify it (it does not have the person in charge).
 */
@Table("pathway_did")
public class Did {

    @Id
    private UUID id;
    private UUID personId;
    private UUID receivedBy;
    private LocalDate declaredOn;
    private DidChannel channel;
    private DidState state;
    private UUID cpiId;
    private String fiscalCode;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    @MappedCollection(idColumn = "did_id", keyColumn = "position")
    private List<DidEvent> history;
    @Version
    private Integer version;

    @PersistenceCreator
    Did(UUID id, UUID personId, UUID receivedBy, LocalDate declaredOn, DidChannel channel, DidState state, UUID cpiId,
            String fiscalCode, String firstName, String lastName, LocalDate birthDate, List<DidEvent> history,
            Integer version) {
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
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.version = version;
    }

    /** A change of state: on which day, recorded when, by whom; why, for a suspension or a revocation. */
    @Table("pathway_did_event")
    public record DidEvent(DidState state, LocalDate occurredOn, Instant recordedAt, UUID userId,
            UUID organisationId, String reason) {
    }

    /** A DID received by a CPI, which will certify it itself. */
    static Did receivedByCpi(PersonId person, LocalDate on, DidChannel channel, OrganisationId cpi, UserId by,
            Instant now) {
        Did did = new Did(UUID.randomUUID(), person.value(), cpi.value(), on, channel, DidState.DECLARED, cpi.value(),
                null, null, null, null, List.of(), null);
        did.record(DidState.DECLARED, on, now, by, cpi);
        return did;
    }

    /** A DID received by an agency and sent at once to a CPI for certification. */
    static Did receivedByAgency(PersonSummary person, LocalDate on, DidChannel channel, OrganisationId agency,
            OrganisationId cpi, UserId by, Instant now) {
        Did did = new Did(UUID.randomUUID(), person.id().value(), agency.value(), on, channel, DidState.DECLARED,
                cpi.value(), person.fiscalCode(), person.firstName(), person.lastName(), person.birthDate(), List.of(),
                null);
        did.record(DidState.DECLARED, on, now, by, agency);
        did.record(DidState.CERTIFICATION_REQUESTED, on, now, by, agency);
        return did;
    }

    /** Certified by the CPI: the copy of the person's data the request carried is no longer needed. */
    void certify(LocalDate on, OrganisationId cpi, UserId by, Instant now) {
        if (state != DidState.DECLARED && state != DidState.CERTIFICATION_REQUESTED) {
            throw new IllegalStateException("DID " + id + " non certificabile nello stato " + state);
        }
        this.cpiId = cpi.value();
        this.fiscalCode = null;
        this.firstName = null;
        this.lastName = null;
        this.birthDate = null;
        record(DidState.CERTIFIED, on, now, by, cpi);
    }

    void suspend(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeSuspended()) {
            throw new IllegalStateException("DID " + id + " non sospendibile nello stato " + state);
        }
        record(DidState.SUSPENDED, on, now, by, cpi, reason);
    }

    /** Back in force after a suspension: the DID is certified again (its first certification stays its date). */
    void reinstate(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeReinstated()) {
            throw new IllegalStateException("DID " + id + " non riattivabile nello stato " + state);
        }
        record(DidState.CERTIFIED, on, now, by, cpi, reason);
    }

    void revoke(LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now) {
        if (!canBeRevoked()) {
            throw new IllegalStateException("DID " + id + " già revocata");
        }
        this.fiscalCode = null;
        this.firstName = null;
        this.lastName = null;
        this.birthDate = null;
        record(DidState.REVOKED, on, now, by, cpi, reason);
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
        history.add(new DidEvent(newState, on, now, by.value(), organisation.value(), reason));
    }

    public DidId id() {
        return new DidId(id);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public OrganisationId receivedBy() {
        return new OrganisationId(receivedBy);
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
        return Optional.ofNullable(cpiId).map(OrganisationId::new);
    }

    /** The day it was certified, if it was (the first certification: a reinstatement does not move it). */
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
}
