package it.retelavoro.shared;

/**
 * The object asked for does not exist, or the caller may not know it exists: both answer 404, so that
 * an identifier never tells a caller more than they may see.
 */
public class NotFoundException extends RuntimeException {

    private final String objectType;

    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " non trovato");
        this.objectType = objectType;
    }

    public String objectType() {
        return objectType;
    }
}
