package it.retelavoro.reference;

/**
 * Where a person was born, as the codice fiscale codes it.
 *
 * @param belfioreCode the cadastral code: a comune ({@code L219}) or a foreign state ({@code Z330})
 * @param label        "Torino (TO)", "Marocco"
 * @param foreign      whether it is a foreign state
 * @param ceased       whether the comune or the state no longer exists
 */
public record BirthPlace(String belfioreCode, String label, boolean foreign, boolean ceased) {
}
