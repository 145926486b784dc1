package it.retelavoro.desk;

/**
 * The filters of the companies' caseload; {@code null} means "any".
 *
 * @param text             the start of the company's name, or its codice fiscale / partita IVA
 * @param pactInForce      whether a company Patto di Servizio is in force
 * @param openVacancies    true: only companies with an open vacancy
 * @param awaitingFeedback true: only companies with referrals waiting for their feedback
 */
public record EmployerFilter(String text, Boolean pactInForce, Boolean openVacancies, Boolean awaitingFeedback) {

    public static EmployerFilter none() {
        return new EmployerFilter(null, null, null, null);
    }
}
