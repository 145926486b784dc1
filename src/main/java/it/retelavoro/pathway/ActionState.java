package it.retelavoro.pathway;

/** The state of an action planned in a PAI. */
public enum ActionState {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    public String labelKey() {
        return "pathway.action.state." + name();
    }

    /** Whether the action is over and no service may move it any more. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
