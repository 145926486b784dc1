package it.retelavoro.portal;

/**
 * What an applicant sends from the job board.
 *
 * @param fiscalCode      codice fiscale
 * @param firstName       first name
 * @param lastName        surname
 * @param email           e-mail (this or the phone is needed)
 * @param phone           phone number
 * @param cvText          a short CV
 * @param privacyAccepted whether the privacy notice was accepted
 */
public record NewApplication(String fiscalCode, String firstName, String lastName, String email, String phone,
        String cvText, boolean privacyAccepted) {
}
