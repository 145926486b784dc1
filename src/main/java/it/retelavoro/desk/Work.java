package it.retelavoro.desk;

import java.util.List;

/**
 * An operator's work on their home page.
 *
 * @param deadlines            deadlines up to 14 days ahead, overdue PAI actions first
 * @param didRequests          DIDs waiting for certification by the caller's CPI (0 for an agency)
 * @param applicationsToVerify self-applications received and not yet verified
 * @param waitingReferrals     referrals without feedback for more than 15 days
 * @param cpi                  whether the caller's organisation is a CPI (certifies DIDs)
 * @param overdueActions       the persons with an open PAI action whose due day has passed
 * @param didsToConvene        the first of the CPI's DIDs made on the national portal whose person it must convene,
 *                             with their total (an empty page for an agency)
 */
public record Work(List<Deadline> deadlines, long didRequests, long applicationsToVerify,
        List<WaitingReferral> waitingReferrals, boolean cpi, long overdueActions,
        CaseloadPage<DidToConvene> didsToConvene) {
}
