package it.retelavoro.person;

import java.io.Serializable;

/**
 * What another module already knows of a person an operator is about to register (an applicant from the job
 * board: issue 14), carried into the registration form so that it is not typed again. It travels as a flash
 * attribute named {@link #FLASH}, in the session, never in an address (addresses end up in logs).
 *
 * @param fiscalCode codice fiscale as written
 * @param firstName  first name
 * @param lastName   surname
 * @param phone      phone, or {@code null}
 * @param email      e-mail, or {@code null}
 */
public record RegistrationDraft(String fiscalCode, String firstName, String lastName, String phone, String email)
        implements Serializable {

    /** The name of the flash attribute the registration page reads. */
    public static final String FLASH = "registrationDraft";
}
