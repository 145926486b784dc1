package it.retelavoro.portal;

import it.retelavoro.shared.ClientAddresses;

/**
 * How an application arrived: the sender's address (for the rate limits), the form token and the holder it
 * was issued to (the session of the page, the host of a JSON client), whether a person filled the form on the
 * page (kept for the callers; since issue 14 no rule depends on it: a form is no longer refused for being
 * filled fast), and the honeypot field a person never sees.
 */
public record Submission(String clientAddress, String formToken, String tokenBinding, boolean filledByPerson,
        String honeypot) {

    /** The holder a JSON client's token is bound to: its host. */
    public static String hostBinding(String clientAddress) {
        return ClientAddresses.hostKey(clientAddress);
    }
}
