package it.retelavoro.pathway;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.pathway.PathwayCommands.DidStatusChange;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPI's acts on a DID: certification (of a person it has in charge, or of a DID an agency sent it),
 * suspension, reinstatement and revocation. The repertorio keeps them to the CPIs (the CPI-exclusive
 * function of certification of the DID and of the professional status); the rule engine is asked, and a
 * refusal is audited. Each change is a verb of the {@link Did}, which registers its event.
 */
@Service
@Transactional
public class DidCertification {

    private static final String PERSON = PathwayAccess.PERSON;

    private final PathwayAccess access;
    private final Catalogue catalogue;
    private final NetworkManagement network;
    private final DidRepository dids;
    private final Clock clock;

    DidCertification(PathwayAccess access, Catalogue catalogue, NetworkManagement network, DidRepository dids,
            Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.network = network;
        this.dids = dids;
        this.clock = clock;
    }

    /**
     * Certifies the DID of a person the caller's CPI has in charge. Publishes {@code DidCertified}.
     *
     * @throws AccessDeniedException when the caller's organisation is not a CPI (the repertorio keeps the
     *                               certification to the CPIs), audited
     */
    public Did certifyDid(PersonId personId, LocalDate on, CurrentUser caller, Locale locale) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        requireDidCertification(caller, day, "DID_CERTIFY", personId, locale);
        access.requireInCharge(personId, caller);
        Did did = dids.findInForce(personId).filter(Did::canBeCertified)
                .orElseThrow(() -> new NotFoundException("did", personId));
        return certify(did, day, caller);
    }

    /** The DIDs the agencies sent to the caller's CPI, waiting for certification, oldest first. Audited. */
    public List<DidRequest> didRequests(CurrentUser caller) {
        requireCpiOperator(caller, "DID_REQUEST_READ");
        List<DidRequest> requests = dids.findRequestsTo(caller.organisationId()).stream()
                .map(did -> new DidRequest(did.id(), did.fiscalCode(), did.firstName(), did.lastName(),
                        did.birthDate(), did.declaredOn(), did.channel(), did.receivedBy(),
                        network.findOrganisation(did.receivedBy()).map(Organisation::name).orElse("")))
                .toList();
        access.done("DID_REQUEST_READ", "DID", null, "rows=" + requests.size());
        return requests;
    }

    /**
     * Certifies a DID an agency sent to the caller's CPI. Publishes {@code DidCertified}.
     *
     * @throws AccessDeniedException when the caller is not an operator of a CPI, audited
     * @throws NotFoundException     when no request with the id is pending for the caller's CPI
     */
    public Did certifyRequest(DidId didId, LocalDate on, CurrentUser caller, Locale locale) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        requireCpiOperator(caller, "DID_CERTIFY");
        requireDidCertification(caller, day, "DID_CERTIFY", didId, locale);
        Did did = dids.findById(didId).filter(Did::canBeCertified)
                .filter(found -> found.cpiId().filter(caller::belongsTo).isPresent())
                .orElseThrow(() -> new NotFoundException("did", didId));
        return certify(did, day, caller);
    }

    private Did certify(Did did, LocalDate day, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requirePastDate(problems, day, "certifiedOn", clock);
        problems.require(!day.isBefore(did.declaredOn()), "certifiedOn", "pathway.did.certified-before-declared");
        problems.throwIfAny();
        access.requireRegistrable(day);
        did.certify(day, caller.organisationId(), caller.id(), clock.instant());
        Did saved = dids.save(did);
        access.done("DID_CERTIFY", did.personId(), "did=" + did.id());
        return saved;
    }

    /**
     * Suspends the person's certified DID (e.g. a short job). Suspension, reinstatement and revocation
     * administer the status the CPI certified: they fall under the same CPI-exclusive function of the
     * repertorio (certificazione della DID e dello status professionale), for the CPI that has the person in
     * charge or the one that certified the DID. Publishes {@code DidSuspended}.
     *
     * @throws AccessDeniedException when the caller is not a CPI operator allowed on this DID, audited
     * @throws NotFoundException     when the person has no DID in force
     * @throws ConflictException     when the DID is not certified
     * @throws InvalidInputException {@code date} in the future or before the last change, {@code reason}
     *                               missing or too long
     */
    public Did suspendDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, "DID_SUSPEND", Did::canBeSuspended, Did::suspend, caller, locale);
    }

    /** Puts a suspended DID back in force; same rules as {@link #suspendDid}. Publishes {@code DidReinstated}. */
    public Did reinstateDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, "DID_REINSTATE", Did::canBeReinstated, Did::reinstate, caller, locale);
    }

    /** Revokes the person's DID in force (in any state); same rules as {@link #suspendDid}. Publishes {@code DidRevoked}. */
    public Did revokeDid(PersonId personId, DidStatusChange change, CurrentUser caller, Locale locale) {
        return changeStatus(personId, change, "DID_REVOKE", Did::canBeRevoked, Did::revoke, caller, locale);
    }

    /** A change of status of a DID: one of its verbs, which checks the state and registers the event. */
    @FunctionalInterface
    private interface StatusChange {
        void apply(Did did, LocalDate on, String reason, OrganisationId cpi, UserId by, Instant now);
    }

    private Did changeStatus(PersonId personId, DidStatusChange change, String action, Predicate<Did> possible,
            StatusChange verb, CurrentUser caller, Locale locale) {
        LocalDate day = change.date() == null ? LocalDate.now(clock) : change.date();
        if (caller.role() != Role.OPERATOR) {
            access.denied(action, PERSON, personId);
            throw new AccessDeniedException("Solo gli operatori dei CPI modificano lo stato della DID");
        }
        requireDidCertification(caller, day, action, personId, locale);
        Did did = dids.findInForce(personId).orElse(null);
        if (did == null || did.cpiId().filter(caller::belongsTo).isEmpty()) {
            // Not the CPI of the DID: it may act only on a person it has in charge (audits the refusal).
            access.requireInCharge(personId, caller);
        }
        if (did == null) {
            throw new NotFoundException("did", personId);
        }
        if (!possible.test(did)) {
            throw new ConflictException("pathway.did.not-in-state", List.of(), "/api/v1/persons/" + personId + "/did");
        }
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requirePastDate(problems, day, "date", clock);
        problems.require(!day.isBefore(did.lastChangedOn()), "date", "pathway.did.before-last-change");
        PathwayChecks.requireText(problems, change.reason(), "reason");
        PathwayChecks.requireLength(problems, change.reason(), Did.REASON_MAX, "reason");
        problems.throwIfAny();
        verb.apply(did, day, change.reason().strip(), caller.organisationId(), caller.id(), clock.instant());
        Did saved = dids.save(did);
        access.done(action, personId, "did=" + did.id());
        return saved;
    }

    /** Whether the caller may certify DIDs: the rule engine asks the repertorio (CPI-exclusive function). */
    @Transactional(readOnly = true)
    public boolean mayCertifyDid(CurrentUser caller) {
        return caller.role() == Role.OPERATOR && catalogue.ruleEngine(Locale.ITALIAN)
                .checkFunction(CpiExclusiveFunction.DID_CERTIFICATION, caller.organisationKind(),
                        LocalDate.now(clock)).isAllowed();
    }

    private void requireDidCertification(CurrentUser caller, LocalDate day, String action, Object objectId,
            Locale locale) {
        Verdict verdict = catalogue.ruleEngine(locale).checkFunction(CpiExclusiveFunction.DID_CERTIFICATION,
                caller.organisationKind(), day);
        if (!verdict.isAllowed()) {
            access.denied(action, PERSON, objectId);
            throw new AccessDeniedException(verdict.blocking().get(0).message());
        }
    }

    private void requireCpiOperator(CurrentUser caller, String action) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            access.denied(action, "DID", null);
            throw new AccessDeniedException("Solo gli operatori dei CPI certificano le DID");
        }
    }
}
