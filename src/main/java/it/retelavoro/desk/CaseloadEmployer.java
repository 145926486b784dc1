package it.retelavoro.desk;

import java.util.UUID;

/**
 * A row of the companies' caseload.
 *
 * @param comuneCode       the cadastral code of the company's comune
 * @param pactInForce      whether a company Patto di Servizio is in force
 * @param openVacancies    its open vacancies
 * @param awaitingFeedback referrals to its vacancies waiting for its feedback
 */
public record CaseloadEmployer(UUID employerId, String name, String fiscalCode, String comuneCode,
        String atecoCode, boolean pactInForce, long openVacancies, long awaitingFeedback) {
}
