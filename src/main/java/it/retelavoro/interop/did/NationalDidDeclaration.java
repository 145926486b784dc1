package it.retelavoro.interop.did;

import java.time.LocalDate;

/**
 * A DID made on the national portal, as the national flow sends it.
 *
 * @param fiscalCode  the person's codice fiscale (an omocode accepted)
 * @param firstName   first name(s)
 * @param lastName    surname(s)
 * @param birthDate   date of birth
 * @param sex         {@code M} or {@code F}
 * @param birthPlace  cadastral code of the comune or foreign state of birth
 * @param citizenship ISO 3166-1 alpha-2, optional: when absent, Italian for a person born in Italy, else that of
 *                    the state of birth
 * @param domicile    the domicile: its comune decides the competent CPI
 * @param declaredOn  the day of the declaration
 * @param channel     {@code ONLINE} or {@code NASPI_APPLICATION}
 * @param nationalId  the DID's id in the national flow: the same id again records nothing
 */
public record NationalDidDeclaration(String fiscalCode, String firstName, String lastName, LocalDate birthDate,
        String sex, String birthPlace, String citizenship, Domicile domicile, LocalDate declaredOn, String channel,
        String nationalId) {

    /** Where the person lives: the comune as its cadastral code, the street optional. */
    public record Domicile(String comune, String address) {
    }
}
