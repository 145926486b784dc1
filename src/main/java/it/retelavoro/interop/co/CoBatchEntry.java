package it.retelavoro.interop.co;

/**
 * One document of a request body, as {@link CoBatchReader} found it: read, or refused with the reason. Both
 * keep the document's bytes as received, because a refused document is stored raw for the administrator.
 * The bytes are copied in and out.
 */
public sealed interface CoBatchEntry {

    /** The entry's name in the zip, or {@link CoBatchReader#SINGLE_DOCUMENT} for a body of one XML. */
    String name();

    /** The document's bytes as received (a copy). */
    byte[] raw();

    /** A document read. */
    record Read(String name, CoDocument document, byte[] raw) implements CoBatchEntry {
        public Read {
            raw = raw.clone();
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }

    /**
     * A document refused.
     *
     * @param message the Italian reason, as {@link CoDocumentException} gave it
     * @param line    the line it concerns, 0 when none applies
     */
    record Refused(String name, String message, int line, byte[] raw) implements CoBatchEntry {
        public Refused {
            raw = raw.clone();
        }

        @Override
        public byte[] raw() {
            return raw.clone();
        }
    }
}
