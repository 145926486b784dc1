package it.retelavoro.interop.co;

import java.time.LocalDate;

/**
 * The worker of a CO document ({@code Lavoratore}).
 *
 * @param fiscalCode     {@code AnagraficaCompleta/codice-fiscale}, upper case: 16 characters, or the 11 digits
 *                       of a provisional code; its check character is not verified here
 * @param surname        {@code cognome}
 * @param name           {@code nome}
 * @param citizenship    {@code cittadinanza}, the CO's three-digit code ({@code 000} Italian); may be {@code null}
 * @param sex            {@code sesso}, M or F; may be {@code null}
 * @param birthPlace     {@code nascita/comune}: a cadastral code, or a Z code for a foreign state; may be {@code null}
 * @param birthDate      {@code nascita/data}
 * @param address        {@code IndirizzoLavoratore}; may be {@code null}
 * @param educationLevel {@code LivelloIstruzione} as written; may be {@code null}
 */
public record CoWorker(String fiscalCode, String surname, String name, String citizenship, String sex,
        String birthPlace, LocalDate birthDate, CoAddress address, String educationLevel) {
}
