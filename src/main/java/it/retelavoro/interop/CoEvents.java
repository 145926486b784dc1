package it.retelavoro.interop;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;
import java.util.List;

/**
 * What the intake of the Comunicazioni Obbligatorie did, for the modules that will act on a worker's employment
 * (the confirmation of a referral's hire, the suspension of a DID): published in the transaction that applies the
 * communication. They carry codes, dates and ids, never the worker's codice fiscale or names; the employer's
 * codice fiscale is that of a company, or of a sole trader as the CO publishes it.
 */
public final class CoEvents {

    private CoEvents() {
    }

    /** The event a communication tells of. */
    public enum EventKind {
        HIRE, EXTENSION, TRANSFORMATION, CESSATION
    }

    /**
     * A communication was applied to the work history: a new one, or a rectification replacing the effects of the
     * one it names.
     *
     * @param code               its {@code codiceComunicazione}
     * @param replacedCode       for a rectification (or a communication that completes an urgent one), the code of
     *                           the communication whose effects it replaced; {@code null} otherwise
     * @param personId           the worker in the registry; {@code null} while they are not registered
     * @param employmentId       the employment of the work history it concerns
     * @param kind               hire, extension, transformation or cessation
     * @param eventDate          the start of a hire, the new end of an extension, the day of a transformation or a
     *                           cessation
     * @param startDate          the start of the employment, as the work history now has it ({@code null} when no
     *                           communication received gives it)
     * @param endDate            its end as the work history now has it; {@code null} for an open-ended one
     * @param contractTypeCode   the CO's contract type the employment now has ({@code A.01.00}, ...)
     * @param contractType       that type in the {@code contract-types} vocabulary ({@code employer.ContractType}'s
     *                           name: PERMANENT, FIXED_TERM, ...); {@code null} when the code table maps it to none
     * @param employerFiscalCode the employer's codice fiscale
     * @param byUserId           the user of the flow that sent it (the CO node's system, or an administrator's
     *                           upload), in whose name its effects are recorded
     * @param byOrganisationId   that user's organisation
     */
    public record CoApplied(String code, String replacedCode, PersonId personId, CoEmploymentId employmentId,
            EventKind kind, LocalDate eventDate, LocalDate startDate, LocalDate endDate, String contractTypeCode,
            String contractType, String employerFiscalCode, UserId byUserId, OrganisationId byOrganisationId) {
    }

    /**
     * A cancellation reversed the effects of the communication it names.
     *
     * @param code          the cancellation's code
     * @param cancelledCode the communication cancelled
     * @param personId      the worker in the registry; {@code null} while they are not registered
     * @param employmentId      the employment the cancelled communication concerned, recomputed without it;
     *                          {@code null} when it concerned none
     * @param employmentRemoved whether nothing else was left of that employment, which left the work history
     * @param kind              the event the cancelled communication told of
     */
    public record CoCancelled(String code, String cancelledCode, PersonId personId, CoEmploymentId employmentId,
            boolean employmentRemoved, EventKind kind) {
    }

    /**
     * Communications received before the worker was registered were joined to them, with their employments, in the
     * transaction that registered the person.
     */
    public record CoAttached(PersonId personId, List<CoEmploymentId> employmentIds, List<String> codes) {

        public CoAttached {
            employmentIds = List.copyOf(employmentIds);
            codes = List.copyOf(codes);
        }
    }
}
