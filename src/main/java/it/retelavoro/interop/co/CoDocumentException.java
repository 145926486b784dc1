package it.retelavoro.interop.co;

/**
 * A CO document that cannot be read: malformed XML, a DOCTYPE, a missing required datum, a bad date or
 * code, no event or more than one. The message is Italian, for the administrator who loaded the document;
 * {@link #line()} is the line of the document it concerns, 0 when none applies.
 */
public class CoDocumentException extends RuntimeException {

    private final int line;

    public CoDocumentException(String message, int line) {
        super(message);
        this.line = Math.max(line, 0);
    }

    public CoDocumentException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = Math.max(line, 0);
    }

    public int line() {
        return line;
    }
}
