/**
 * The person registry: persons (codice fiscale, identity, residence, contacts, education, professional
 * profile, consent to matching), the organisation that has each of them in charge, transfers between
 * organisations, and the special categories of data (complex targets, cultural mediation) kept apart.
 *
 * <p>The API, for the other modules:
 * <ul>
 * <li>{@link it.retelavoro.person.PersonManagement}: {@code register}, {@code person}, {@code update},
 * {@code search}, {@code requireInCharge} (the check the pathway makes before acting on a person),
 * {@code complexTargetsFor} (for the rule engine only), {@code specialCategories}, {@code transfer}.</li>
 * <li>{@link it.retelavoro.person.PersonId}, {@link it.retelavoro.person.PersonSummary},
 * {@link it.retelavoro.person.InCharge}, {@link it.retelavoro.person.FiscalCode}.</li>
 * <li>Events {@link it.retelavoro.person.PersonEvents.PersonRegistered} and
 * {@link it.retelavoro.person.PersonEvents.PersonTransferred}: ids and monitoring dimensions only.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "reference", "audit", "catalogue", "network" })
package it.retelavoro.person;
