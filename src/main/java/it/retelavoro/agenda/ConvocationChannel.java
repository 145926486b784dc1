package it.retelavoro.agenda;

/**
 * How a convocation reached the person. The application sends the e-mail and the PEC itself (through the outbox;
 * a PEC needs the SMTP server to be the certified provider's); a letter, an SMS or a convocation handed in person
 * are sent outside it and recorded with their day.
 */
public enum ConvocationChannel {
    LETTER(false, false),
    EMAIL(true, true),
    PEC(true, true),
    SMS(false, true),
    IN_PERSON(false, false);

    private final boolean sentByMail;
    private final boolean needsAddress;

    ConvocationChannel(boolean sentByMail, boolean needsAddress) {
        this.sentByMail = sentByMail;
        this.needsAddress = needsAddress;
    }

    /** Whether the application sends it, as a mail with the letter and the calendar file attached. */
    public boolean sentByMail() {
        return sentByMail;
    }

    /** Whether it goes to an address (a mailbox, a phone number) that the convocation records. */
    public boolean needsAddress() {
        return needsAddress;
    }

    public String labelKey() {
        return "agenda.convocation.channel." + name();
    }
}
