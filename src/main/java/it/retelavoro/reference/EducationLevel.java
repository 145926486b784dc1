package it.retelavoro.reference;

/** A level of education (titolo di studio) of the ISTAT classification, e.g. {@code NED} "Nessun titolo di studio". */
public record EducationLevel(String code, String label) {
}
