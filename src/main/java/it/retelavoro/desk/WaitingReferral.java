package it.retelavoro.desk;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral still waiting for the company's feedback more than {@value OperatorWork#FEEDBACK_DAYS} days after
 * its last step.
 *
 * @param person      the person's "surname name" when the caller's organisation has them in charge, else null
 * @param company     the company's name when the caller's organisation has it in charge, else null
 * @param vacancy     the vacancy's title
 * @param lastStepOn  the day of the referral's last step
 */
public record WaitingReferral(UUID referralId, UUID personId, String person, UUID vacancyId, String vacancy,
        String company, String status, LocalDate lastStepOn) {

    public String statusKey() {
        return "desk.referral.status." + status;
    }
}
