package it.retelavoro.interop.co;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEvents.CoApplied;
import it.retelavoro.interop.CoEvents.CoCancelled;
import it.retelavoro.interop.CoEvents.EventKind;
import it.retelavoro.interop.co.CoIntakeResult.Status;
import it.retelavoro.interop.co.CoStore.Received;
import it.retelavoro.pathway.DidEmploymentEffects;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonRegistry;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.TransactionLocks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one communication read well, in the caller's transaction: stored once by its code, linked to its
 * employment, the employment folded again, the event published. See {@code docs/interop-co-model.md}, "What the
 * intake does".
 */
@Component
class CoApplication {

    private static final String OBJECT = "CO_COMMUNICATION";
    /** The locks of a code and of an employer and worker pair, which {@link CoIntake} also takes for many at once. */
    static final String CODE_LOCK = "interop.co.code";
    static final String EMPLOYMENT_LOCK = "interop.co.employment";

    private final CoStore store;
    private final PersonRegistry persons;
    private final CoCodeTables codeTables;
    private final TransactionLocks locks;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final DidEmploymentEffects didEffects;
    private final Clock clock;

    CoApplication(CoStore store, PersonRegistry persons, CoCodeTables codeTables, TransactionLocks locks,
            ApplicationEventPublisher events, AuditLog audit, DidEmploymentEffects didEffects, Clock clock) {
        this.store = store;
        this.persons = persons;
        this.codeTables = codeTables;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.didEffects = didEffects;
        this.clock = clock;
    }

    /**
     * Applies the document, or answers what its first receipt did when its code was received before.
     *
     * @throws CoRefusal when it corrects a communication that was never received or is cancelled
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CoIntakeResult apply(String name, CoDocument document, byte[] raw, CurrentUser caller) {
        String code = document.code().value();
        // the same code sent twice at once: the second waits, then finds the first
        locks.lock(CODE_LOCK, code);
        Optional<Received> known = store.received(code);
        if (known.isPresent()) {
            return alreadyReceived(name, known.get());
        }
        PersonId person = persons.byFiscalCodeForFlow(document.worker().fiscalCode(), caller)
                .map(PersonSummary::id).orElse(null);
        Instant now = clock.instant();
        CoCommunication communication = CoCommunication.of(document, person, document.sentAt().toInstant());
        Optional<Received> previous = Optional.ofNullable(document.previousCode())
                .flatMap(previousCode -> current(previousCode.value()));
        lockEmployments(communication, previous);
        // what the locks waited for may have changed it
        previous = previous.flatMap(found -> current(found.code()));
        CoIntakeResult result;
        if (document.isCancellation()) {
            result = cancel(name, document, communication, required(document, previous), raw, now, caller);
        } else if (document.isRectification()) {
            result = replace(name, document, communication, required(document, previous), raw, now, caller);
        } else if (previous.filter(found -> found.state() == CoCommunicationState.APPLIED
                && !found.communication().isCancellation()).isPresent()) {
            // the complete communication that follows an urgent one (types 07-09) takes its place
            result = replace(name, document, communication, previous.get(), raw, now, caller);
        } else {
            result = applyNew(name, document, communication, raw, now, caller);
        }
        audit.success("CO_APPLY", OBJECT, code, result.status().name());
        return result;
    }

    private CoIntakeResult applyNew(String name, CoDocument document, CoCommunication communication, byte[] raw,
            Instant now, CurrentUser caller) {
        CoEmploymentId employment = employmentOf(communication);
        Optional<CoEmployment> folded = refold(employment, communication, now);
        store.insert(communication, document, employment, Status.APPLIED, now, caller.id(), raw);
        changeDid(communication.personId(), employment, communication.code(), folded, caller);
        publishApplied(communication, null, employment, folded, caller);
        return result(name, communication, Status.APPLIED);
    }

    private CoIntakeResult replace(String name, CoDocument document, CoCommunication rectification,
            Received previous, byte[] raw, Instant now, CurrentUser caller) {
        store.correct(previous.code(), CoCommunicationState.REPLACED, rectification.code());
        // the rectification takes the place of what it replaces, in its employment
        CoCommunication inPlace = withAppliesAt(rectification, previous.communication());
        CoEmploymentId employment = previous.employmentId() != null ? previous.employmentId()
                : employmentOf(inPlace);
        Optional<CoEmployment> folded = refold(employment, inPlace, now);
        store.insert(inPlace, document, employment, Status.REPLACED_PREVIOUS, now, caller.id(), raw);
        changeDid(inPlace.personId(), employment, inPlace.code(), folded, caller);
        publishApplied(inPlace, previous.code(), employment, folded, caller);
        return result(name, inPlace, Status.REPLACED_PREVIOUS);
    }

    private CoIntakeResult cancel(String name, CoDocument document, CoCommunication cancellation,
            Received cancelled, byte[] raw, Instant now, CurrentUser caller) {
        store.correct(cancelled.code(), CoCommunicationState.CANCELLED, cancellation.code());
        CoEmploymentId employment = cancelled.employmentId();
        store.insert(cancellation, document, employment, Status.CANCELLED_PREVIOUS, now, caller.id(), raw);
        Optional<CoEmployment> left = employment == null ? Optional.empty() : refold(employment, null, now);
        if (employment != null) {
            changeDid(left.map(CoEmployment::personId).orElse(cancelled.communication().personId()), employment,
                    cancellation.code(), left, caller);
        }
        events.publishEvent(new CoCancelled(cancellation.code(), cancelled.code(),
                left.map(CoEmployment::personId).orElse(cancelled.communication().personId()),
                employment, employment != null && left.isEmpty(), cancelled.communication().eventKind()));
        return result(name, cancellation, Status.CANCELLED_PREVIOUS);
    }

    /**
     * The employment a communication concerns: for a hire, the one of the same employer and worker that started
     * on the same day (an urgent communication completed later), else a new one; for the other events, the one
     * that started on the day the document repeats, else the most recent of the pair not ceased, else a new one
     * (the hire was never received: the history starts from what is known).
     */
    private CoEmploymentId employmentOf(CoCommunication communication) {
        Optional<CoEmploymentId> sameStart = communication.startDate() == null ? Optional.empty()
                : store.employmentStartedOn(communication.employerFiscalCode(), communication.workerFiscalCode(),
                        communication.startDate());
        if (communication.eventKind() == EventKind.HIRE) {
            return sameStart.orElseGet(CoEmploymentId::random);
        }
        return sameStart.or(() -> store.latestOpenEmployment(communication.employerFiscalCode(),
                communication.workerFiscalCode())).orElseGet(CoEmploymentId::random);
    }

    /**
     * Folds the employment again from its communications still applied (plus one being added), and stores it;
     * removes it when nothing is left.
     */
    private Optional<CoEmployment> refold(CoEmploymentId employment, CoCommunication adding, Instant now) {
        List<CoCommunication> applied = new ArrayList<>(store.appliedTo(employment));
        if (adding != null) {
            applied.add(adding);
        }
        Optional<CoEmployment> folded = CoEmployment.fold(employment, applied, codeTables::isOpenEnded);
        folded.ifPresentOrElse(state -> store.save(state, now), () -> store.delete(employment));
        return folded;
    }

    /**
     * The person's DID, where the employment as it now stands puts it (the catalogue version's rules), in this
     * transaction: a suspension, a closure, back in force, or what no longer applies withdrawn.
     */
    private void changeDid(PersonId person, CoEmploymentId employment, String code, Optional<CoEmployment> folded,
            CurrentUser caller) {
        if (person == null) {
            return;
        }
        didEffects.coEmploymentChanged(person, employment.value(), code, folded.map(state ->
                new DidEmploymentEffects.Employment(code, state.startDate(), state.endDate(),
                        state.endDate() == null || codeTables.isOpenEnded(state.contractTypeCode()),
                        state.cessationDate())),
                caller.id());
    }

    /** The communication as it stands now: itself, or the rectification that replaced it, followed to the last. */
    private Optional<Received> current(String code) {
        Optional<Received> found = store.received(code);
        int hops = 0;
        while (found.isPresent() && found.get().state() == CoCommunicationState.REPLACED
                && found.get().correctedBy() != null && hops++ < 100) {
            found = store.received(found.get().correctedBy());
        }
        return found;
    }

    /** The communication a rectification or cancellation corrects, which must be applied and not a cancellation. */
    private static Received required(CoDocument document, Optional<Received> previous) {
        String previousCode = document.previousCode().value();
        String what = document.isCancellation() ? "annullare" : "rettificare";
        Received found = previous.orElseThrow(() -> new CoRefusal("La comunicazione da " + what + " ("
                + previousCode + ") non è stata ricevuta: inviarla prima, poi inviare di nuovo questa."));
        if (found.state() == CoCommunicationState.CANCELLED) {
            throw new CoRefusal("La comunicazione da " + what + " (" + found.code() + ") è stata annullata dalla "
                    + found.correctedBy() + ".");
        }
        if (found.communication().isCancellation()) {
            throw new CoRefusal("La comunicazione " + found.code() + " è un annullamento: non si può " + what + ".");
        }
        return found;
    }

    /**
     * Locks the employments the document may touch, by employer and worker (in a fixed order, so that two documents
     * never wait for each other): two communications of the same relationship are applied one after the other.
     */
    private void lockEmployments(CoCommunication communication, Optional<Received> previous) {
        TreeSet<String> pairs = new TreeSet<>();
        pairs.add(communication.employerFiscalCode() + ':' + communication.workerFiscalCode());
        previous.ifPresent(found -> pairs.add(found.communication().employerFiscalCode() + ':'
                + found.communication().workerFiscalCode()));
        pairs.forEach(pair -> locks.lock(EMPLOYMENT_LOCK, pair));
    }

    private void publishApplied(CoCommunication communication, String replacedCode, CoEmploymentId employment,
            Optional<CoEmployment> folded, CurrentUser caller) {
        String contractTypeCode = folded.map(CoEmployment::contractTypeCode).orElse(null);
        String contractType = contractTypeCode == null ? null
                : codeTables.employerContractType(contractTypeCode).orElse(null);
        events.publishEvent(new CoApplied(communication.code(), replacedCode, communication.personId(), employment,
                communication.eventKind(), communication.eventDate(),
                folded.map(CoEmployment::startDate).orElse(null), folded.map(CoEmployment::endDate).orElse(null),
                contractTypeCode, contractType, communication.employerFiscalCode(), caller.id(),
                caller.organisationId()));
    }

    private static CoCommunication withAppliesAt(CoCommunication communication, CoCommunication place) {
        return new CoCommunication(communication.code(), communication.communicationType(),
                communication.eventKind(), communication.eventDate(), communication.startDate(),
                communication.endDate(), communication.contractTypeCode(), communication.workingTimeCode(),
                communication.occupationCode(), communication.transformationCode(),
                communication.cessationCauseCode(), communication.employerFiscalCode(), communication.employerName(),
                communication.atecoCode(), communication.workplaceComune(), communication.userCompanyFiscalCode(),
                communication.userCompanyName(), communication.workerFiscalCode(),
                communication.workerDomicileComune(), communication.personId(), place.appliesAt());
    }

    private static CoIntakeResult alreadyReceived(String name, Received known) {
        PersonId person = known.communication().personId();
        return new CoIntakeResult(name, known.code(), Status.ALREADY_RECEIVED, known.outcome(),
                person == null ? null : person.value(), null, null);
    }

    private static CoIntakeResult result(String name, CoCommunication communication, Status status) {
        return new CoIntakeResult(name, communication.code(), status, null,
                communication.personId() == null ? null : communication.personId().value(), null, null);
    }
}
