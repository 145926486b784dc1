package it.retelavoro.shared;

import java.util.List;

/**
 * The request would create a second record of something that must be unique. Carries a message key for
 * the reader and, when the caller may see it, a pointer to the existing record.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final String existingLocation;

    public ConflictException(String messageKey, List<Object> arguments, String existingLocation) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.existingLocation = existingLocation;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The API path of the existing record, or null when the caller may not be pointed to it. */
    public String existingLocation() {
        return existingLocation;
    }
}
