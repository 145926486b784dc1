/**
 * The operator's desk (issue 14, point 1): the caseload of persons and companies an organisation has in charge
 * (paged, sorted and filtered in SQL, as pages, CSV and {@code GET /api/v1/persons?inCharge=true},
 * {@code GET /api/v1/employers?inCharge=true}), the operator's work on the home page (deadlines of the next 14
 * days, DIDs waiting for certification, applications to verify, referrals without feedback) and the counters on
 * the menu. It owns no table: it reads the small read models the other modules publish for it as views
 * ({@code person_desk_*}, {@code pathway_desk_*}, {@code employer_desk_*}, {@code referral_desk_waiting},
 * {@code portal_desk_application}; ADR 0007). Nothing depends on it.
 *
 * <p>Depends on {@code shared}, {@code audit}, {@code catalogue} ({@code ComplexTarget}), {@code network} (the
 * operators' names) and {@code person} ({@code CaseAssignments}: the targets a caller may filter by).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit", "catalogue", "network", "person" })
package it.retelavoro.desk;
