package it.retelavoro.employer;

/** Where a B.1 promotion and scouting meeting took place: at the company or at the office. */
public enum DeliveryPlace {
    AT_COMPANY, AT_OFFICE;

    public String labelKey() {
        return "employer.place." + name();
    }
}
