package it.retelavoro.agenda;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Whether a string is one mail address, as the outbox will accept it. */
final class MailAddresses {

    private MailAddresses() {
    }

    static boolean valid(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            new InternetAddress(address, true).validate();
            return address.contains("@");
        } catch (AddressException e) {
            return false;
        }
    }
}
