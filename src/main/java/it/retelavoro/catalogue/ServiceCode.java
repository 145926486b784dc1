package it.retelavoro.catalogue;

/** The ten standard services of the repertorio: A1-A6 for persons, B1-B4 for employers. */
public enum ServiceCode {
    A1, A2, A3, A4, A5, A6, B1, B2, B3, B4;

    public ServiceType type() {
        return name().startsWith("A") ? ServiceType.PERSON : ServiceType.EMPLOYER;
    }

    /** The code as the repertorio writes it: {@code A.1}. */
    public String dotted() {
        return name().charAt(0) + "." + name().substring(1);
    }
}
