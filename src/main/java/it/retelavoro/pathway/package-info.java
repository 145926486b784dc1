/**
 * The person's pathway through the services: the DID and its certification, the deliveries of A1-A6
 * judged by the repertorio, the Patto di Servizio (output of A2), the Piano di Azione Individuale (output
 * of A3) with its actions and log, training and internships, and the timeline of all of them.
 *
 * <p>The API, for the other modules:
 * <ul>
 * <li>The use cases, one service per family: {@link it.retelavoro.pathway.DidDeclarations} ({@code declareDid},
 * {@code did}, {@code cpis}), {@link it.retelavoro.pathway.DidCertification} ({@code certifyDid},
 * {@code didRequests}, {@code certifyRequest}, {@code suspendDid}, {@code reinstateDid}, {@code revokeDid},
 * {@code mayCertifyDid}), {@link it.retelavoro.pathway.DeliveryRegistration} ({@code registerDelivery},
 * {@code registerGroupSession}, {@code informAnonymousVisitor}, {@code deliveries}),
 * {@link it.retelavoro.pathway.PactsAndPlans} ({@code pacts}, {@code actionPlans}, {@code updateAction},
 * {@code addAction}, {@code recordSpecificNeed}, {@code pactForPrint}, {@code actionPlanForPrint},
 * {@code recordPlacement}), {@link it.retelavoro.pathway.TrainingAndInternships} ({@code recordTraining},
 * {@code planInternship}, {@code activateInternship}, their reads) and
 * {@link it.retelavoro.pathway.PathwayOverviews} ({@code overview}, {@code timeline},
 * {@code referralReadiness}, {@code sitesOf}); the commands in {@link it.retelavoro.pathway.PathwayCommands}.</li>
 * <li>The aggregates, read-only outside: {@link it.retelavoro.pathway.Did}, {@link it.retelavoro.pathway.Delivery},
 * {@link it.retelavoro.pathway.Pact}, {@link it.retelavoro.pathway.ActionPlan},
 * {@link it.retelavoro.pathway.TrainingEvent}, {@link it.retelavoro.pathway.Internship}.</li>
 * <li>The events in {@link it.retelavoro.pathway.PathwayEvents}, for monitoring: ids and non-personal
 * attributes only. The aggregates register them as they change, and they are published when saved.</li>
 * </ul>
 *
 * <p>Upstream it calls {@code person} ({@code requireInCharge}, {@code complexTargetsFor}), {@code network}
 * (sites, operators), {@code catalogue} (the rule engine), {@code reference} (comuni) and {@code audit}; it
 * listens to the network's site events to know where the CPIs are.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network", "person" })
package it.retelavoro.pathway;
