package it.retelavoro.pathway;

/** An internship is planned (host, dates, tutor agreed), then activated on a day. */
public enum InternshipState {
    PLANNED, ACTIVE;

    public String labelKey() {
        return "pathway.internship.state." + name();
    }
}
