package it.retelavoro.interop.did;

import java.util.List;
import java.util.UUID;

/**
 * What became of one DID of the national flow.
 *
 * @param nationalId    its id in the flow
 * @param status        {@code RECORDED}, {@code ALREADY_RECORDED} (the same id before: nothing changed),
 *                      {@code DID_IN_FORCE} (the person has another DID in force: nothing recorded) or
 *                      {@code REFUSED} (see {@code problems}: nothing recorded)
 * @param personId      the person, when known or registered
 * @param personCreated whether the person was registered by this DID
 * @param didId         the DID recorded, or the one in force
 * @param cpiId         the CPI that receives it
 * @param problems      why it was refused, field by field, in Italian
 */
public record NationalDidResult(String nationalId, Status status, UUID personId, boolean personCreated, UUID didId,
        UUID cpiId, List<Problem> problems) {

    public enum Status {
        RECORDED, ALREADY_RECORDED, DID_IN_FORCE, REFUSED
    }

    /** A field of the declaration and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    static NationalDidResult refused(String nationalId, List<Problem> problems) {
        return new NationalDidResult(nationalId, Status.REFUSED, null, false, null, null, problems);
    }
}
