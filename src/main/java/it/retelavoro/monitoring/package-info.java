/**
 * Monitoring: the 26 physical indicators of the repertorio (1.1-10.3), counted exactly over any period,
 * per organisation or for the region, with the records behind each value and the coherence report of 6.2
 * and 10.1.
 *
 * <p>The module keeps its own read model and never reads the other modules' tables. Listeners of the
 * person, pathway, employer and referral events append facts to {@code monitoring_fact} (idempotent on the
 * source record); a monthly aggregate derived from the facts answers the distinct counts of calendar months
 * and years, a period index (the steps of each subject between its fact days) those of any other period, and
 * both can be rebuilt from them at any time (see ADR 0005).
 *
 * <p>The API, for the other modules: {@link it.retelavoro.monitoring.MonitoringQueries} (values, records,
 * coherence, rebuild) and its result records; {@link it.retelavoro.monitoring.OpenData} for the public
 * open data by province and month, with small counts suppressed; {@link it.retelavoro.monitoring.FactKeys}
 * and {@link it.retelavoro.monitoring.FactKind}, so that the synthetic regions write facts with the keys and
 * age bands the listeners compute. Monitoring tells the catalogue which indicators it computes
 * ({@code IndicatorComputability}): the definitions over the facts and what the catalogue says each one
 * counts cannot drift apart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network", "person", "pathway", "employer", "referral",
        "interop", "agenda" })
package it.retelavoro.monitoring;
