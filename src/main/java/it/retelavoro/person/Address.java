package it.retelavoro.person;

/**
 * An address in Italy: street and number, and the comune by its cadastral (Belfiore) code.
 *
 * @param address the street, number and any detail, as written
 * @param comune  the cadastral code of the comune, e.g. {@code L219}
 */
public record Address(String address, String comune) {
}
