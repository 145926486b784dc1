package it.retelavoro.interop.co;

/** What became of a communication received. */
public enum CoCommunicationState {
    /** Its effects are in the work history. */
    APPLIED,
    /** A rectification replaced its effects with its own. */
    REPLACED,
    /** A cancellation reversed its effects. */
    CANCELLED;

    public String labelKey() {
        return "interop.co.state." + name();
    }
}
