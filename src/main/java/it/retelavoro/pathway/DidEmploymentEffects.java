package it.retelavoro.pathway;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.DidEmploymentRules;
import it.retelavoro.pathway.DidEmploymentChange.Kind;
import it.retelavoro.pathway.DidEmploymentChange.Status;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a job does to a person's DID (issue 15): the rules of the catalogue version in force on the contract's start
 * ({@link DidEmploymentRules}), applied when a Comunicazione Obbligatoria tells of the job, proposed to the CPI when
 * an operator records a hire on a referral. Each change is kept ({@link DidEmploymentChange}) for the CPI's list,
 * which may reverse it ({@link DidEmploymentDecisions}).
 *
 * <p>The CO's work history folds each employment again after every communication; {@link #coEmploymentChanged} is
 * told the employment as it now stands and brings the DID where that employment puts it, whatever was applied
 * before: so an extension that makes a short contract long closes the DID it had suspended, a cessation puts it
 * back in force, a cancellation or a rectification withdraws what no longer applies. A job that started before the
 * DID was declared does not change it (the person declared themselves available while it lasted, or it was over). A
 * job whose change the CPI reversed is left alone: the CPI's decision stands, unless the job now asks for the other
 * kind of change (a suspension reversed, then the contract turned open-ended).
 */
@Service
@Transactional
public class DidEmploymentEffects {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DidRepository dids;
    private final DidEmploymentChangeRepository changes;
    private final PathwayAccess access;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DidEmploymentEffects(DidRepository dids, DidEmploymentChangeRepository changes, PathwayAccess access,
            Catalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.dids = dids;
        this.changes = changes;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * A job as the CO's work history now tells it.
     *
     * @param coCode     the communication that last told of it
     * @param start      the contract's start
     * @param plannedEnd its planned end, {@code null} when open-ended
     * @param openEnded  whether the contract is open-ended (its type, or no end)
     * @param ceasedOn   the day of its cessation, when a cessation was communicated
     */
    public record Employment(String coCode, LocalDate start, LocalDate plannedEnd, boolean openEnded,
            LocalDate ceasedOn) {
    }

    /** What the job asks of the DID now. */
    private enum Effect {
        NONE, SUSPENSION, SUSPENSION_OVER, CLOSURE
    }

    /**
     * Brings the person's DID where a CO's employment now puts it, in the caller's transaction (the one applying the
     * communication).
     *
     * @param personId     the worker
     * @param employmentId the employment of the work history
     * @param coCode       the communication being applied (for a cancellation, the cancellation's code)
     * @param employment   the employment as it now stands; empty when nothing of it is left (cancelled)
     * @param by           the user of the flow that sent the communication
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void coEmploymentChanged(PersonId personId, UUID employmentId, String coCode,
            Optional<Employment> employment, UserId by) {
        access.lockPathwayOf(personId);
        String key = "CO:" + employmentId;
        Instant now = clock.instant();
        // a rectification that names another worker leaves the first worker's change to the CPI
        Optional<DidEmploymentChange> standing = changes.findStanding(key)
                .filter(change -> change.personId().equals(personId));
        Optional<Did> did = standing.flatMap(change -> dids.findById(change.didId()))
                .or(() -> dids.findInForce(personId));
        if (did.isEmpty()) {
            return;
        }
        Effect effect = employment.map(job -> effectOf(job, did.get())).orElse(Effect.NONE);
        if (standing.isEmpty() && employment.isPresent()) {
            // the CO of a job whose change the CPI already confirmed from a referral's hire takes that change over
            standing = adoptConfirmedProposal(personId, key, employment.get(), now);
        }
        if (standing.isPresent()) {
            changeStanding(standing.get(), did.get(), effect, employment, coCode, by, now);
            return;
        }
        Kind kind = effect == Effect.CLOSURE ? Kind.CLOSURE : Kind.SUSPENSION;
        boolean reversedByCpi = changes.findReversed(key).filter(reversed -> reversed.kind() == kind).isPresent();
        if (effect == Effect.NONE || effect == Effect.SUSPENSION_OVER || reversedByCpi) {
            return;
        }
        apply(did.get(), key, kind, employment.get(), by, now);
    }

    /**
     * A hire an operator recorded on a referral proposes to the CPI the change a CO of it would apply: a closure for
     * an open-ended contract, a suspension otherwise (its end is not known: the CPI judges). Nothing when the
     * person has no DID that the change would touch, or a CO of a job starting near that day already changed it.
     */
    public void proposeFromHire(PersonId personId, UUID referralId, LocalDate contractStart, boolean openEnded) {
        access.lockPathwayOf(personId);
        Optional<Did> did = dids.findInForce(personId);
        Kind kind = openEnded ? Kind.CLOSURE : Kind.SUSPENSION;
        if (did.isEmpty() || !touches(did.get(), kind) || contractStart.isBefore(did.get().declaredOn())
                || changes.findStanding("REFERRAL:" + referralId).isPresent()) {
            return;
        }
        boolean coAlreadyApplied = changes.findByPerson(personId).stream()
                .filter(change -> change.source() == DidEmploymentChange.Source.CO)
                .filter(change -> change.status() == Status.APPLIED || change.status() == Status.ENDED)
                .anyMatch(change -> isNear(change.contractStart(), contractStart));
        if (!coAlreadyApplied) {
            save(DidEmploymentChange.proposed(did.get(), referralId, kind, contractStart, clock.instant()));
        }
    }

    /**
     * A hire recorded on a referral was cancelled as registered by mistake: its proposal is withdrawn, or, when the
     * CPI had confirmed it, what it did to the DID is undone (in the name of the CPI's user who confirmed it).
     */
    public void hireWithdrawn(PersonId personId, UUID referralId) {
        access.lockPathwayOf(personId);
        changes.findStanding("REFERRAL:" + referralId).ifPresent(change -> {
            String why = "Assunzione annullata sull'invio";
            if (change.status() == Status.PROPOSED) {
                change.withdrawn(why, clock.instant());
                save(change);
            } else {
                withdraw(change, dids.findById(change.didId()).orElseThrow(), why,
                        change.decidedBy().orElseThrow(), clock.instant());
            }
        });
    }

    /**
     * Puts back in force the DIDs suspended by contracts whose planned end is before the day (the day after their
     * end), at most {@code limit} of them; answers how many. Run each night, and by the tests.
     */
    public int reinstateEndedSuspensions(LocalDate day, int limit) {
        int done = 0;
        for (DidEmploymentChange change : changes.findSuspensionsEndedBefore(day, limit)) {
            access.lockPathwayOf(change.personId());
            DidEmploymentChange current = changes.findById(change.id()).orElseThrow();
            done++;
            if (current.status() != Status.APPLIED || current.contractEnd().filter(day::isAfter).isEmpty()) {
                continue;
            }
            Did did = dids.findById(current.didId()).orElseThrow();
            LocalDate on = current.contractEnd().get().plusDays(1);
            // recorded in the name of whoever applied the suspension (the flow's user), as the night has no user
            UserId suspendedBy = did.history().stream().filter(event -> event.state() == DidState.SUSPENDED)
                    .reduce((first, second) -> second).map(Did.DidEvent::userId).orElseThrow();
            endSuspension(current, did, on, "Contratto scaduto il " + DAY.format(current.contractEnd().get())
                    + " (CO " + current.coCode().orElse("-") + ")", suspendedBy);
        }
        return done;
    }

    private void changeStanding(DidEmploymentChange change, Did did, Effect effect, Optional<Employment> employment,
            String coCode, UserId by, Instant now) {
        if (change.status() == Status.PROPOSED) {
            return;
        }
        Employment job = employment.orElse(null);
        switch (effect) {
            case NONE -> withdraw(change, did, "Comunicazione " + coCode + ": il rapporto non modifica più la DID",
                    by, now);
            case SUSPENSION -> {
                if (change.kind() == Kind.SUSPENSION) {
                    change.retold(job.coCode(), job.start(), job.plannedEnd());
                    save(change);
                } else {
                    // a closure the job no longer asks for: the DID is reopened, then suspended
                    withdraw(change, did, "Rettificata dalla comunicazione " + coCode + ": contratto breve", by, now);
                    Did reopened = dids.findById(did.id()).orElseThrow();
                    if (touches(reopened, Kind.SUSPENSION)) {
                        apply(reopened, change.employmentKey(), Kind.SUSPENSION, job, by, now);
                    }
                }
            }
            case SUSPENSION_OVER -> {
                if (change.kind() == Kind.SUSPENSION) {
                    LocalDate on = (job.ceasedOn() != null ? job.ceasedOn() : job.plannedEnd()).plusDays(1);
                    change.retold(job.coCode(), job.start(), job.plannedEnd());
                    endSuspension(change, did, on, "Cessazione del rapporto (CO " + job.coCode() + ")", by);
                } else if (job.ceasedOn() != null) {
                    // a long contract that ceased early: the closure stands (the person declares a new DID)
                    change.retold(job.coCode(), job.start(), change.contractEnd().orElse(null));
                    save(change);
                } else {
                    withdraw(change, did, "Rettificata dalla comunicazione " + coCode + ": contratto breve", by, now);
                }
            }
            case CLOSURE -> {
                if (change.kind() == Kind.CLOSURE) {
                    change.retold(job.coCode(), job.start(), job.plannedEnd());
                    save(change);
                } else {
                    if (did.canBeRevoked()) {
                        // closed from the day the contract became long, not before the DID's last change
                        LocalDate on = latest(LocalDate.now(clock), did.lastChangedOn());
                        did.revoke(on, closureReason(job), did.cpiId().orElse(did.receivedBy()), by, now);
                        dids.save(did);
                    }
                    change.becameClosure(job.coCode(), job.plannedEnd());
                    save(change);
                    access.done("DID_EMPLOYMENT_CLOSE", did.personId(), "did=" + did.id() + " co=" + job.coCode());
                }
            }
        }
    }

    private void apply(Did did, String key, Kind kind, Employment job, UserId by, Instant now) {
        if (!touches(did, kind)) {
            return;
        }
        DidState previous = did.state();
        OrganisationId cpi = did.cpiId().orElse(did.receivedBy());
        LocalDate on = latest(job.start(), did.lastChangedOn());
        if (kind == Kind.CLOSURE) {
            did.revoke(on, closureReason(job), cpi, by, now);
            dids.save(did);
        } else if (did.canBeSuspended()) {
            did.suspend(on, "Sospesa per occupazione fino al " + DAY.format(job.plannedEnd()) + " (CO " + job.coCode()
                    + ")", cpi, by, now);
            dids.save(did);
        }
        // a second short job while the DID is suspended is recorded too: the DID is back in force when both ended
        save(DidEmploymentChange.fromCo(did, key, job.coCode(), kind, job.start(), job.plannedEnd(), previous, now));
        // a proposal of the same job, made by a hire an operator recorded, is now needless
        for (DidEmploymentChange proposal : changes.findProposed(did.personId())) {
            if (isNear(proposal.contractStart(), job.start())) {
                proposal.superseded(job.coCode(), now);
                save(proposal);
            }
        }
        access.done(kind == Kind.SUSPENSION ? "DID_EMPLOYMENT_SUSPEND" : "DID_EMPLOYMENT_CLOSE", did.personId(),
                "did=" + did.id() + " co=" + job.coCode());
    }

    /** The job no longer changes the DID: what it did is undone, and the change is withdrawn. */
    private void withdraw(DidEmploymentChange change, Did did, String why, UserId by, Instant now) {
        OrganisationId cpi = did.cpiId().orElse(did.receivedBy());
        LocalDate today = latest(LocalDate.now(clock), did.lastChangedOn());
        if (change.kind() == Kind.SUSPENSION && did.state() == DidState.SUSPENDED
                && !anotherSuspensionApplied(change)) {
            did.reinstate(today, why, cpi, by, now);
            dids.save(did);
        } else if (change.kind() == Kind.CLOSURE && did.state() == DidState.REVOKED
                && dids.findInForce(did.personId()).isEmpty()) {
            did.reopen(change.previousState(), today, why, cpi, by, now);
            dids.save(did);
        }
        change.withdrawn(why, now);
        save(change);
        access.done("DID_EMPLOYMENT_WITHDRAW", did.personId(), "did=" + did.id() + " change=" + change.id());
    }

    private void endSuspension(DidEmploymentChange change, Did did, LocalDate on, String why, UserId by) {
        if (did.state() == DidState.SUSPENDED && !anotherSuspensionApplied(change)) {
            did.reinstate(latest(on, did.lastChangedOn()), why, did.cpiId().orElse(did.receivedBy()), by,
                    clock.instant());
            dids.save(did);
        }
        change.ended(on);
        save(change);
        access.done("DID_EMPLOYMENT_REINSTATE", did.personId(), "did=" + did.id() + " change=" + change.id());
    }

    /**
     * What the job asks of the DID: nothing when it started before the declaration; a closure when it is open-ended
     * or planned longer than the version's months; else a suspension, over once ceased or past its end.
     */
    private Effect effectOf(Employment job, Did did) {
        if (job.start() == null || job.start().isBefore(did.declaredOn())) {
            return Effect.NONE;
        }
        DidEmploymentRules rules = catalogue.inForceOn(job.start()).map(CatalogueVersion::didEmploymentRules)
                .orElse(DidEmploymentRules.DEFAULT);
        boolean longContract = job.openEnded() || job.plannedEnd() == null
                || !job.plannedEnd().isBefore(job.start().plusMonths(rules.suspensionMaxMonths()));
        if (longContract) {
            return Effect.CLOSURE;
        }
        boolean over = job.ceasedOn() != null || job.plannedEnd().isBefore(LocalDate.now(clock));
        return over ? Effect.SUSPENSION_OVER : Effect.SUSPENSION;
    }

    /** Whether the change can be made to the DID as it stands: a suspension of a certified DID, a closure of one in
     * force. */
    static boolean touches(Did did, Kind kind) {
        // a DID an agency sent for certification is left to the CPI, which sees the work history when it certifies
        // (closing it would forget the data its request carries, and a reversal could not bring them back)
        return switch (did.state()) {
            case CERTIFIED -> true;
            case SUSPENDED -> true;
            case DECLARED -> kind == Kind.CLOSURE;
            case CERTIFICATION_REQUESTED, REVOKED -> false;
        };
    }

    /** Whether a suspension other than this one still holds the same DID (two short jobs at once). */
    private boolean anotherSuspensionApplied(DidEmploymentChange change) {
        return changes.findByDid(change.didId()).stream().anyMatch(other -> !other.id().equals(change.id())
                && other.kind() == Kind.SUSPENSION && other.status() == Status.APPLIED);
    }

    /**
     * A change the CPI confirmed from a referral's hire of a job starting near this one: the CO takes it over (its key
     * and code), so that the job's cessation or end, and its later communications, act on it.
     */
    private Optional<DidEmploymentChange> adoptConfirmedProposal(PersonId personId, String key, Employment job,
            Instant now) {
        Optional<DidEmploymentChange> confirmed = changes.findByPerson(personId).stream()
                .filter(change -> change.source() == DidEmploymentChange.Source.REFERRAL
                        && change.status() == Status.APPLIED && isNear(change.contractStart(), job.start()))
                .findFirst();
        confirmed.ifPresent(change -> {
            change.adoptedByCo(key, job.coCode(), job.start(), job.plannedEnd());
            save(change);
        });
        return confirmed;
    }

    /** Saves the change and publishes what became of it. */
    private DidEmploymentChange save(DidEmploymentChange change) {
        DidEmploymentChange saved = changes.save(change);
        events.publishEvent(new PathwayEvents.DidEmploymentChanged(saved.id(), saved.didId(), saved.personId(),
                saved.cpiId(), saved.kind().name(), saved.status().name(), saved.coCode().orElse(null)));
        return saved;
    }

    private static String closureReason(Employment job) {
        return "Chiusa per occupazione: contratto " + (job.openEnded() || job.plannedEnd() == null
                ? "a tempo indeterminato" : "fino al " + DAY.format(job.plannedEnd())) + " dal "
                + DAY.format(job.start()) + " (CO " + job.coCode() + ")";
    }

    /** Two starts of the same job told by an operator and by a CO: within 30 days of each other. */
    private static boolean isNear(LocalDate one, LocalDate other) {
        return !one.isBefore(other.minusDays(30)) && !one.isAfter(other.plusDays(30));
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
