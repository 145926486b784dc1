package it.retelavoro.catalogue;

/**
 * Which part of a service a meeting is: A.6 is delivered "parte in presenza individuale o di gruppo" and "parte
 * in back office", and records the two parts apart.
 */
public enum MeetingPart {
    /** With the person, individually or in a group. */
    PRESENCE,
    /** Work done for the person without them (scouting, pre-selection). */
    BACK_OFFICE;

    /** The part a meeting in the mode is, when the registration does not say: back office or presence. */
    public static MeetingPart of(DeliveryMode mode) {
        return mode == DeliveryMode.BACK_OFFICE ? BACK_OFFICE : PRESENCE;
    }

    public String labelKey() {
        return "vocabulary.meeting-part." + name();
    }
}
