package it.retelavoro.referral;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;

/**
 * What happens to a referral, for monitoring. Ids and non-personal attributes only. Both organisations
 * are named: the one that has the person in charge (indicator 6.2) and the one that owns the vacancy
 * (indicator 10.1).
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    /** A person was sent to a company for a selection interview. */
    public record CandidateReferred(ReferralId referralId, PersonId personId, OrganisationId personOrganisationId,
            VacancyId vacancyId, EmployerId employerId, OrganisationId vacancyOrganisationId, LocalDate date) {
    }

    /**
     * The company's feedback moved the referral to {@code status}; {@code contractStart}, {@code contractType} and
     * {@code hireSource} are set for {@link ReferralStatus#HIRED}, {@code coCode} when a Comunicazione Obbligatoria
     * recorded the hire (issue 15).
     */
    public record ReferralOutcomeRecorded(ReferralId referralId, PersonId personId,
            OrganisationId personOrganisationId, VacancyId vacancyId, EmployerId employerId,
            OrganisationId vacancyOrganisationId, ReferralStatus status, LocalDate date, LocalDate contractStart,
            ContractType contractType, HireSource hireSource, String coCode) {

        /** Feedback an operator recorded. */
        public ReferralOutcomeRecorded(ReferralId referralId, PersonId personId, OrganisationId personOrganisationId,
                VacancyId vacancyId, EmployerId employerId, OrganisationId vacancyOrganisationId,
                ReferralStatus status, LocalDate date, LocalDate contractStart, ContractType contractType) {
            this(referralId, personId, personOrganisationId, vacancyId, employerId, vacancyOrganisationId, status,
                    date, contractStart, contractType, status == ReferralStatus.HIRED ? HireSource.OPERATOR : null,
                    null);
        }
    }

    /**
     * A Comunicazione Obbligatoria confirmed the hire an operator recorded on the referral ({@code coCode}), or, when
     * it was cancelled, no longer does ({@code coCode} null): the hire's source is {@code hireSource} now.
     */
    public record ReferralHireConfirmed(ReferralId referralId, PersonId personId, HireSource hireSource,
            String coCode) {
    }

    /**
     * A step registered by mistake was cancelled (issue 13): {@code status} is the status it had recorded (SENT
     * for the sending, which cancels the referral), {@code date} its day; its facts no longer count.
     */
    public record ReferralStepCancelled(ReferralId referralId, PersonId personId, OrganisationId personOrganisationId,
            EmployerId employerId, OrganisationId vacancyOrganisationId, int position, ReferralStatus status,
            LocalDate date) {
    }
}
