package it.retelavoro.employer;

/** The categories of the European driving licence (Directive 2006/126/EC) a vacancy may require. */
public enum DrivingLicence {
    AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE;

    public String labelKey() {
        return "employer.licence." + name();
    }
}
