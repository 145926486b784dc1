package it.retelavoro.pathway;

import it.retelavoro.person.PersonId;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DIDs made on the national portal (on line, or with a NASpI application) that the national flow sends
 * (issue 15, point 2). Each is recorded once, by its id in the flow, received by the CPI of the person's
 * domicile, and waits in that CPI's worklist "DID da convocare" until a Patto is decided. Only the systems of the
 * flows and the administrators send them; every recording is audited.
 */
@Service
@Transactional
public class NationalDids {

    /** What became of a DID the flow sent. */
    public enum Outcome {
        /** Recorded now. */
        RECORDED,
        /** Recorded before, from the same id of the flow: nothing changed. */
        ALREADY_RECORDED,
        /** The person has another DID in force: nothing recorded. */
        DID_IN_FORCE
    }

    /** The outcome, with the DID it concerns (the one recorded, or the one already in force). */
    public record Recorded(Outcome outcome, DidId didId, OrganisationId cpiId) {
    }

    private final DidRepository dids;
    private final CpiDirectory cpis;
    private final Comuni comuni;
    private final PathwayAccess access;
    private final Clock clock;

    NationalDids(DidRepository dids, CpiDirectory cpis, Comuni comuni, PathwayAccess access, Clock clock) {
        this.dids = dids;
        this.cpis = cpis;
        this.comuni = comuni;
        this.access = access;
        this.clock = clock;
    }

    /** The CPI competent for a comune of domicile: one with a site in its province; empty when none. */
    @Transactional(readOnly = true)
    public Optional<OrganisationId> competentCpi(String comuneCode) {
        return comuni.byCode(comuneCode).map(Comune::provinceCode)
                .flatMap(province -> cpis.cpisInProvince(province).stream().findFirst());
    }

    /** Whether the organisation is a CPI (it convenes the persons it has in charge). */
    @Transactional(readOnly = true)
    public boolean isCpi(OrganisationId organisation) {
        return cpis.isCpi(organisation);
    }

    /** The DID recorded before from this id of the flow, if any. */
    @Transactional(readOnly = true)
    public Optional<Did> byNationalId(String nationalId) {
        return dids.findByNationalId(nationalId);
    }

    /**
     * Records the DID the person made on the national portal, received by the CPI given; idempotent on
     * {@code nationalId}.
     *
     * @throws AccessDeniedException when the caller is neither a system of the flows nor an administrator
     */
    public Recorded record(PersonId person, LocalDate declaredOn, DidChannel channel, String nationalId,
            OrganisationId cpi, CurrentUser caller) {
        if (!caller.sendsFlows()) {
            access.denied("DID_NATIONAL_RECORD", "DID", null);
            throw new AccessDeniedException("Solo i sistemi dei flussi nazionali e gli amministratori");
        }
        Optional<Did> known = dids.findByNationalId(nationalId);
        if (known.isPresent()) {
            return new Recorded(Outcome.ALREADY_RECORDED, known.get().id(), known.get().cpiId().orElse(null));
        }
        Optional<Did> inForce = dids.findInForce(person);
        if (inForce.isPresent()) {
            return new Recorded(Outcome.DID_IN_FORCE, inForce.get().id(), inForce.get().cpiId().orElse(null));
        }
        Did did = dids.save(Did.receivedFromNationalFlow(person, declaredOn, channel, nationalId, cpi, caller.id(),
                clock.instant()));
        access.done("DID_NATIONAL_RECORD", person, "channel=" + channel);
        return new Recorded(Outcome.RECORDED, did.id(), cpi);
    }
}
