package it.retelavoro.catalogue;

/** A catalogue version that cannot join the registry because it would make a date ambiguous. */
public class CatalogueVersionConflictException extends RuntimeException {

    public CatalogueVersionConflictException(String message) {
        super(message);
    }
}
