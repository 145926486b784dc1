/**
 * The person's pathway through the services: the DID and its certification, the deliveries of A1-A6
 * judged by the repertorio, the Patto di Servizio (output of A2), the Piano di Azione Individuale (output
 * of A3) with its actions and log, training and internships, and the timeline of all of them.
 *
 * <p>The API, for the other modules:
 * <ul>
 * <li>{@link it.retelavoro.pathway.PathwayManagement}: the use cases ({@code declareDid}, {@code certifyDid},
 * {@code didRequests}, {@code registerDelivery}, {@code registerGroupSession}, {@code informAnonymousVisitor},
 * {@code updateAction}, {@code recordSpecificNeed}, {@code recordTraining}, {@code planInternship},
 * {@code activateInternship}, {@code overview}, {@code timeline}, {@code pactForPrint},
 * {@code actionPlanForPrint}); the commands in {@link it.retelavoro.pathway.PathwayCommands}.</li>
 * <li>The aggregates, read-only outside: {@link it.retelavoro.pathway.Did}, {@link it.retelavoro.pathway.Delivery},
 * {@link it.retelavoro.pathway.Pact}, {@link it.retelavoro.pathway.ActionPlan},
 * {@link it.retelavoro.pathway.TrainingEvent}, {@link it.retelavoro.pathway.Internship}.</li>
 * <li>The events in {@link it.retelavoro.pathway.PathwayEvents}, for monitoring: ids and non-personal
 * attributes only.</li>
 * </ul>
 *
 * <p>Upstream it calls {@code person} ({@code requireInCharge}, {@code complexTargetsFor}), {@code network}
 * (sites, operators), {@code catalogue} (the rule engine), {@code reference} (comuni) and {@code audit}; it
 * listens to the network's site events to know where the CPIs are.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network", "person" })
package it.retelavoro.pathway;
