package it.retelavoro.pathway;

/** The steps of a person's training: referred to a course, enrolled in it, completed it. */
public enum TrainingEventKind {
    REFERRED(ActionState.IN_PROGRESS), ENROLLED(ActionState.IN_PROGRESS), COMPLETED(ActionState.DONE);

    private final ActionState actionState;

    TrainingEventKind(ActionState actionState) {
        this.actionState = actionState;
    }

    /** The state the PAI action the training belongs to moves to. */
    public ActionState actionState() {
        return actionState;
    }

    public String labelKey() {
        return "pathway.training.event." + name();
    }
}
