package it.retelavoro.portal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
public record SelfApplication(UUID id, String reference, UUID vacancyId, String vacancyTitle, String fiscalCode,
        String firstName, String lastName, Optional<String> email, Optional<String> phone, String cvText,
        Instant submittedAt, ApplicationStatus status, Optional<UUID> personId, Optional<String> declineReason) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
