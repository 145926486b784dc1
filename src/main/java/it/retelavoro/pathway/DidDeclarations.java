package it.retelavoro.pathway;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.pathway.PathwayCommands.DidDeclaration;
import it.retelavoro.person.Address;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DID a person declares, received by an organisation of the network: a CPI keeps it to certify, an
 * agency sends it at once to the competent CPI ({@link DidCertification} certifies it). Only operators of
 * the organisation that has the person in charge declare and read it; every write and read is audited.
 */
@Service
@Transactional
public class DidDeclarations {

    private final PathwayAccess access;
    private final PersonDirectory persons;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final CpiDirectory cpis;
    private final DidRepository dids;
    private final Clock clock;

    DidDeclarations(PathwayAccess access, PersonDirectory persons, NetworkManagement network, Comuni comuni,
            CpiDirectory cpis, DidRepository dids, Clock clock) {
        this.access = access;
        this.persons = persons;
        this.network = network;
        this.comuni = comuni;
        this.cpis = cpis;
        this.dids = dids;
        this.clock = clock;
    }

    /**
     * Records the DID the person declared, received by the caller's organisation. A CPI keeps it to
     * certify; an agency sends it at once to the CPI with a site in the person's province of residence, or
     * to the CPI it chose ({@code cpiId}) when there is none. Publishes {@code DidDeclared}.
     *
     * @throws ConflictException     when the person has a DID in force (not revoked)
     * @throws InvalidInputException {@code declaredOn} missing or in the future, {@code channel} missing,
     *                               {@code cpiId} missing or not a CPI when the caller must choose
     */
    public Did declareDid(PersonId personId, DidDeclaration declaration, CurrentUser caller) {
        PersonSummary person = access.requireInChargeAndLock(personId, caller);
        var problems = new InvalidInputException.Collector();
        PathwayChecks.requirePastDate(problems, declaration.declaredOn(), "declaredOn", clock);
        problems.require(declaration.channel() != null, "channel", "validation.required");
        problems.throwIfAny();
        access.requireRegistrable(declaration.declaredOn());
        if (dids.findInForce(personId).isPresent()) {
            throw new ConflictException("pathway.did.in-force", List.of(), "/api/v1/persons/" + personId + "/did");
        }
        Did did;
        if (caller.isCpi()) {
            did = Did.receivedByCpi(personId, declaration.declaredOn(), declaration.channel(), caller.organisationId(),
                    caller.id(), clock.instant());
        } else {
            OrganisationId cpi = competentCpi(personId, declaration.cpiId(), caller);
            did = Did.receivedByAgency(person, declaration.declaredOn(), declaration.channel(), caller.organisationId(),
                    cpi, caller.id(), clock.instant());
        }
        did = dids.save(did);
        access.done("DID_DECLARE", personId, "state=" + did.state());
        return did;
    }

    /** The CPI of a site in the person's province of residence; else the one the caller chose. */
    private OrganisationId competentCpi(PersonId personId, OrganisationId chosen, CurrentUser caller) {
        Optional<String> province = Optional.ofNullable(persons.person(personId, caller).details().residence())
                .map(Address::comune).flatMap(comuni::byCode).map(Comune::provinceCode);
        Optional<OrganisationId> competent = province.flatMap(code -> cpis.cpisInProvince(code).stream().findFirst());
        if (competent.isPresent()) {
            return competent.get();
        }
        if (chosen == null) {
            throw InvalidInputException.of("cpiId", "pathway.did.choose-cpi");
        }
        if (!cpis.isCpi(chosen)) {
            throw InvalidInputException.of("cpiId", "pathway.did.not-a-cpi");
        }
        return chosen;
    }

    /** The person's DID in force, or else the last one; empty when none was declared. Audited. */
    public Optional<Did> did(PersonId personId, CurrentUser caller) {
        access.requireInCharge(personId, caller);
        access.done("DID_READ", personId, null);
        return dids.findLast(personId);
    }

    /** The CPIs a DID may be sent to, by name, for an agency that must choose one. */
    @Transactional(readOnly = true)
    public List<Organisation> cpis() {
        return cpis.all().stream().map(network::findOrganisation).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }
}
