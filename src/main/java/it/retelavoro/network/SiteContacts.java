package it.retelavoro.network;

import java.util.regex.Pattern;

/**
 * How the public reaches a site (issue 14): its opening hours as the administrator writes them (for example
 * {@code lun-ven 9-12, mar e gio anche 14-16}), a phone number and an e-mail address. Each may be absent
 * ({@code null}).
 *
 * @param openingHours the opening hours, free text
 * @param phone        phone number: digits and spaces, with an optional leading {@code +}
 * @param email        e-mail address
 */
public record SiteContacts(String openingHours, String phone, String email) {

    /** A digit, then 5 to 28 digits, spaces, dots, slashes or dashes, after an optional international {@code +}. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./-]{5,28}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** No contacts at all. */
    public static SiteContacts none() {
        return new SiteContacts(null, null, null);
    }

    /** Whether at least one of the three is there. */
    public boolean any() {
        return present(openingHours) || present(phone) || present(email);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
