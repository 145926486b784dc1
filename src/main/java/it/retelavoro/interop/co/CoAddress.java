package it.retelavoro.interop.co;

/**
 * An address of a CO document ({@code SedeLegale}, {@code SedeLavoro}, {@code IndirizzoLavoratore}): the
 * comune as its cadastral (Belfiore) code, upper case, and the postcode and street as written. Any part may
 * be {@code null} when the document leaves it out.
 */
public record CoAddress(String comune, String postcode, String street) {
}
