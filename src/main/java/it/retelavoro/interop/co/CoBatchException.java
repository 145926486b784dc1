package it.retelavoro.interop.co;

/**
 * A request body refused whole, before or while its documents are read: a content type that is neither XML
 * nor zip, an unreadable zip, a zip with no XML document, or one over the limits of entries or of
 * uncompressed bytes (a zip bomb stops here, having read no more than the limit). Italian message.
 */
public class CoBatchException extends RuntimeException {

    public CoBatchException(String message) {
        super(message);
    }

    public CoBatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
