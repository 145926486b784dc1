package it.retelavoro.person;

/**
 * What a person may consent to, each apart (issue 17), with the version of the text they read. A new text is a new
 * version: a consent records the version it was given on.
 */
public enum ConsentPurpose {
    /** Being proposed for the vacancies of the whole network (matching): out of every pool at once when withdrawn. */
    MATCHING("2026-12"),
    /** Being contacted by e-mail about offers and initiatives, beyond what the service itself requires. */
    CONTACT_EMAIL("2026-12"),
    /** Being contacted by SMS, the same. */
    CONTACT_SMS("2026-12");

    private final String textVersion;

    ConsentPurpose(String textVersion) {
        this.textVersion = textVersion;
    }

    /** The version of the text in force, which the pages show and a consent records. */
    public String textVersion() {
        return textVersion;
    }

    public String labelKey() {
        return "vocabulary.consent-purpose." + name();
    }

    /** The text the person reads, of the version in force. */
    public String textKey() {
        return "person.consent.text." + name();
    }
}
