package it.retelavoro.pathway;

import it.retelavoro.pathway.DidEmploymentChange.Kind;
import it.retelavoro.pathway.DidEmploymentChange.Status;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPI's list of the changes jobs brought to its DIDs (issue 15), and its decisions: a change a CO applied may be
 * reversed with a reason (the CO does not carry the income under which a worker keeps the state of unemployment); a
 * change a hire on a referral proposed is confirmed (then applied) or dismissed with a reason. Only operators of the
 * DID's CPI (the CPI-exclusive function of the DID); every read and decision audited.
 */
@Service
@Transactional
public class DidEmploymentDecisions {

    private static final String OBJECT = "DID_EMPLOYMENT_CHANGE";

    private final DidEmploymentChangeRepository changes;
    private final DidRepository dids;
    private final DidCertification certification;
    private final PersonDirectory persons;
    private final PathwayAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DidEmploymentDecisions(DidEmploymentChangeRepository changes, DidRepository dids, DidCertification certification,
            PersonDirectory persons, PathwayAccess access, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.changes = changes;
        this.dids = dids;
        this.certification = certification;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    /** A change with the person it concerns, for the list. */
    public record Row(DidEmploymentChange change, PersonSummary person) {
    }

    /** A page of the list, and how many rows in all. */
    public record Page(List<Row> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * The changes of the caller's CPI's DIDs, newest first, optionally of one status (a page of {@code size}).
     *
     * @throws AccessDeniedException when the caller is not an operator of a CPI that certifies DIDs
     */
    @Transactional(readOnly = true)
    public Page list(Status status, int page, int size, CurrentUser caller) {
        requireCpiOperator(caller, "DID_EMPLOYMENT_LIST", null);
        OrganisationId cpi = caller.organisationId();
        String filter = status == null ? null : status.name();
        List<DidEmploymentChange> found = changes.findForCpi(cpi, filter, size, (long) page * size);
        Map<PersonId, PersonSummary> names = persons.summaries(found.stream().map(DidEmploymentChange::personId)
                .toList());
        access.done("DID_EMPLOYMENT_LIST", OBJECT, cpi, "rows=" + found.size());
        return new Page(found.stream().map(change -> new Row(change, names.get(change.personId()))).toList(),
                changes.countForCpi(cpi, filter), page, size);
    }

    /** One change of the caller's CPI's DIDs, with the person; audited. */
    @Transactional(readOnly = true)
    public Row change(DidEmploymentChangeId id, CurrentUser caller) {
        requireCpiOperator(caller, "DID_EMPLOYMENT_READ", id);
        DidEmploymentChange change = changes.findById(id).filter(found -> caller.belongsTo(found.cpiId()))
                .orElseThrow(() -> {
                    access.denied("DID_EMPLOYMENT_READ", OBJECT, id);
                    return new NotFoundException("did-employment-change", id);
                });
        access.done("DID_EMPLOYMENT_READ", change.personId(), "change=" + id);
        return new Row(change, persons.summaries(List.of(change.personId())).get(change.personId()));
    }

    /** How many proposals wait for the caller's CPI (the home page's counter); 0 for anyone else. */
    @Transactional(readOnly = true)
    public long proposalsWaiting(CurrentUser caller) {
        return mayDecide(caller) ? changes.countForCpi(caller.organisationId(), Status.PROPOSED.name()) : 0;
    }

    /** Whether the caller decides on the changes of its CPI's DIDs. */
    @Transactional(readOnly = true)
    public boolean mayDecide(CurrentUser caller) {
        return caller.role() == Role.OPERATOR && caller.isCpi() && certification.mayCertifyDid(caller);
    }

    /** The changes about a person, newest first, for their DID's section (the reader's access already checked). */
    @Transactional(readOnly = true)
    public List<DidEmploymentChange> ofPerson(PersonId personId) {
        return changes.findByPerson(personId);
    }

    /**
     * Reverses a change a CO applied (or a confirmed proposal): the DID goes back to the state it had before, and
     * the change stays in the list, reversed, with the reason.
     *
     * @throws ConflictException when the change is not applied, or the DID has changed since in a way the reversal
     *                           cannot undo (a new DID declared, a state set by hand)
     */
    public DidEmploymentChange reverse(DidEmploymentChangeId id, String reason, CurrentUser caller) {
        DidEmploymentChange change = decidable(id, caller, "DID_EMPLOYMENT_REVERSE");
        requireReason(reason);
        if (change.status() != Status.APPLIED) {
            throw new ConflictException("pathway.did-employment.not-applied", List.of(), null);
        }
        Did did = dids.findById(change.didId()).orElseThrow();
        LocalDate today = latest(LocalDate.now(clock), did.lastChangedOn());
        Instant now = clock.instant();
        String why = reason.strip();
        if (change.kind() == Kind.SUSPENSION && did.state() == DidState.SUSPENDED) {
            did.reinstate(today, why, caller.organisationId(), caller.id(), now);
        } else if (change.kind() == Kind.CLOSURE && did.state() == DidState.REVOKED
                && dids.findInForce(did.personId()).isEmpty()) {
            did.reopen(change.previousState(), today, why, caller.organisationId(), caller.id(), now);
        } else {
            throw new ConflictException("pathway.did-employment.did-changed", List.of(), null);
        }
        dids.save(did);
        change.reversed(why, caller.id(), now);
        DidEmploymentChange saved = save(change);
        access.done("DID_EMPLOYMENT_REVERSE", did.personId(), "did=" + did.id() + " change=" + id);
        return saved;
    }

    /**
     * Confirms a proposal: the DID is suspended or closed as the hire asks, on the contract's start.
     *
     * @throws ConflictException when it is not a proposal waiting, or the DID can no longer take the change
     */
    public DidEmploymentChange confirm(DidEmploymentChangeId id, CurrentUser caller) {
        DidEmploymentChange change = decidable(id, caller, "DID_EMPLOYMENT_CONFIRM");
        if (change.status() != Status.PROPOSED) {
            throw new ConflictException("pathway.did-employment.not-proposed", List.of(), null);
        }
        Did did = dids.findById(change.didId()).orElseThrow();
        if (!DidEmploymentEffects.touches(did, change.kind())) {
            throw new ConflictException("pathway.did-employment.did-changed", List.of(), null);
        }
        DidState previous = did.state();
        LocalDate on = latest(change.contractStart(), did.lastChangedOn());
        Instant now = clock.instant();
        String why = (change.kind() == Kind.SUSPENSION ? "Sospesa" : "Chiusa")
                + " per occupazione: assunzione registrata su un invio, confermata dal CPI";
        if (change.kind() == Kind.SUSPENSION) {
            did.suspend(on, why, caller.organisationId(), caller.id(), now);
        } else {
            did.revoke(on, why, caller.organisationId(), caller.id(), now);
        }
        dids.save(did);
        change.confirmed(previous, caller.id(), now);
        DidEmploymentChange saved = save(change);
        access.done("DID_EMPLOYMENT_CONFIRM", did.personId(), "did=" + did.id() + " change=" + id);
        return saved;
    }

    /** Dismisses a proposal, with a reason: the DID stays as it is. */
    public DidEmploymentChange dismiss(DidEmploymentChangeId id, String reason, CurrentUser caller) {
        DidEmploymentChange change = decidable(id, caller, "DID_EMPLOYMENT_DISMISS");
        requireReason(reason);
        if (change.status() != Status.PROPOSED) {
            throw new ConflictException("pathway.did-employment.not-proposed", List.of(), null);
        }
        change.dismissed(reason.strip(), caller.id(), clock.instant());
        DidEmploymentChange saved = save(change);
        access.done("DID_EMPLOYMENT_DISMISS", change.personId(), "change=" + id);
        return saved;
    }

    /** The change, locked with the person's pathway, when the caller is an operator of its CPI. */
    private DidEmploymentChange decidable(DidEmploymentChangeId id, CurrentUser caller, String action) {
        requireCpiOperator(caller, action, id);
        Optional<DidEmploymentChange> found = changes.findById(id);
        if (found.isEmpty() || !caller.belongsTo(found.get().cpiId())) {
            access.denied(action, OBJECT, id);
            throw new NotFoundException("did-employment-change", id);
        }
        access.lockPathwayOf(found.get().personId());
        return changes.findById(id).orElseThrow();
    }

    private void requireCpiOperator(CurrentUser caller, String action, Object objectId) {
        if (!mayDecide(caller)) {
            access.denied(action, OBJECT, objectId);
            throw new AccessDeniedException("Solo gli operatori dei CPI decidono sui cambiamenti della DID");
        }
    }

    private DidEmploymentChange save(DidEmploymentChange change) {
        DidEmploymentChange saved = changes.save(change);
        events.publishEvent(new PathwayEvents.DidEmploymentChanged(saved.id(), saved.didId(), saved.personId(),
                saved.cpiId(), saved.kind().name(), saved.status().name(), saved.coCode().orElse(null)));
        return saved;
    }

    private static void requireReason(String reason) {
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requireText(problems, reason, "reason");
        PathwayChecks.requireLength(problems, reason, DidEmploymentChange.REASON_MAX, "reason");
        problems.throwIfAny();
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
