/**
 * The person registry: persons (codice fiscale, identity, residence, contacts, education, professional
 * profile, consent to matching), the organisation that has each of them in charge, transfers between
 * organisations, and the special categories of data (complex targets, cultural mediation) kept apart.
 *
 * <p>The API, for the other modules:
 * <ul>
 * <li>The application services, one per family of use cases: {@link it.retelavoro.person.PersonRegistry}
 * ({@code register}), {@link it.retelavoro.person.PersonUpdates} ({@code update}),
 * {@link it.retelavoro.person.PersonDirectory} ({@code person}, {@code personPage}, {@code search},
 * {@code inCharge}, {@code requireInCharge}: the check the pathway makes before acting on a person),
 * {@link it.retelavoro.person.SpecialCategoryData} ({@code specialCategories}, {@code complexTargetsFor}
 * for the rule engine only), {@link it.retelavoro.person.PersonTransfers} ({@code transfer}).</li>
 * <li>{@link it.retelavoro.person.PersonId}, {@link it.retelavoro.person.PersonSummary},
 * {@link it.retelavoro.person.InCharge}, {@link it.retelavoro.person.FiscalCode}.</li>
 * <li>Events {@link it.retelavoro.person.PersonEvents.PersonRegistered} and
 * {@link it.retelavoro.person.PersonEvents.PersonTransferred}: ids and monitoring dimensions only;
 * {@link it.retelavoro.person.PersonEvents.PersonAnonymised}, published in the transaction of the retention, for
 * the modules to remove what identifies the person.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network" })
package it.retelavoro.person;
