package it.retelavoro.portal;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import java.time.Instant;
import java.util.Optional;

/**
 * A self-application as the organisation owning the vacancy sees it in its queue.
 *
 * @param id            the application
 * @param reference     the number the applicant received
 * @param vacancyId     the vacancy
 * @param vacancyTitle  its title
 * @param fiscalCode    codice fiscale as written
 * @param firstName     first name
 * @param lastName      surname
 * @param email         e-mail, if given
 * @param phone         phone, if given
 * @param cvText        the short CV
 * @param submittedAt   when it was sent
 * @param status        where it stands
 * @param personId      the person it was linked to, once verified
 * @param declineReason why it was declined, if it was
 */
public record SelfApplication(ApplicationId id, String reference, VacancyId vacancyId, String vacancyTitle,
        String fiscalCode, String firstName, String lastName, Optional<String> email, Optional<String> phone,
        String cvText, Instant submittedAt, ApplicationStatus status, Optional<PersonId> personId,
        Optional<String> declineReason) {

    /** Longest texts an applicant may send: the columns' lengths, checked before saving. */
    public static final int FIRST_NAME_MAX = 100;
    public static final int LAST_NAME_MAX = 100;
    public static final int EMAIL_MAX = 200;
    public static final int CV_TEXT_MAX = 2000;
    /** Longest reason for declining an application. */
    public static final int DECLINE_REASON_MAX = 500;

    public String fullName() {
        return firstName + " " + lastName;
    }
}
