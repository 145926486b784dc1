package it.retelavoro.interop.co;

import java.util.UUID;

/**
 * What became of one document of a request.
 *
 * @param name        the entry's name in the zip, or {@link CoBatchReader#SINGLE_DOCUMENT}
 * @param code        its {@code codiceComunicazione}; {@code null} when it could not be read
 * @param status      see {@link Status}
 * @param firstStatus for {@link Status#ALREADY_RECEIVED}, the answer the first receipt gave; {@code null} otherwise
 * @param personId    the worker in the registry when the communication is attached to them
 * @param message     why it was refused, in Italian; {@code null} otherwise
 * @param line        the line of the document the refusal concerns (0 when none applies); {@code null} unless refused
 */
public record CoIntakeResult(String name, String code, Status status, Status firstStatus, UUID personId,
        String message, Integer line) implements java.io.Serializable {

    public enum Status {
        /** Applied to the work history. */
        APPLIED,
        /** Received before under this code: nothing changed. */
        ALREADY_RECEIVED,
        /** A rectification: the communication it names no longer counts, this one does in its place. */
        REPLACED_PREVIOUS,
        /** A cancellation: the effects of the communication it names were reversed. */
        CANCELLED_PREVIOUS,
        /** Not applied, kept in the list of the refused documents (see {@code message} and {@code line}). */
        REFUSED;

        /** Whether the document changed the work history now. */
        public boolean applied() {
            return this == APPLIED || this == REPLACED_PREVIOUS || this == CANCELLED_PREVIOUS;
        }
    }

    static CoIntakeResult refused(String name, String code, String message, int line) {
        return new CoIntakeResult(name, code, Status.REFUSED, null, null, message, line);
    }
}
