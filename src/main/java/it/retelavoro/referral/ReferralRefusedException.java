package it.retelavoro.referral;

import java.util.List;

/**
 * A referral the pathways do not allow yet: every missing prerequisite, each with a stable code, a
 * message key and the source of the rule. Answered with 422 like the repertorio's violations.
 */
public class ReferralRefusedException extends RuntimeException {

    private final List<MissingPrerequisite> missing;

    ReferralRefusedException(List<MissingPrerequisite> missing) {
        super("Invio non consentito: " + missing.stream().map(MissingPrerequisite::messageKey).toList());
        this.missing = List.copyOf(missing);
    }

    public List<MissingPrerequisite> missing() {
        return missing;
    }

    /**
     * @param code       a stable code, as the rule engine's ({@code ACCESS_RULE}, {@code VACANCY_NOT_OPEN})
     * @param messageKey the key of the message in {@code i18n/referral.properties}
     * @param source     where the rule comes from, e.g. {@code A6.modalitaAccesso}, {@code B4.modalitaAccesso}
     * @param field      the request field concerned
     */
    public record MissingPrerequisite(String code, String messageKey, String source, String field) {
    }
}
