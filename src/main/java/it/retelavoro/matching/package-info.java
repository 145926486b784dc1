/**
 * Matching (incrocio domanda/offerta): ranks the persons who may be proposed for a vacancy, and the open
 * vacancies that fit a person, with the reasons of every score in words an operator understands. Only
 * professional data enter the score: sex, age, citizenship, complex targets and any special-category
 * data are never read. Operators act from the list: pre-selection (an A6 delivery), the availability
 * check and the referral.
 *
 * <p>Depends on {@code person}, {@code pathway}, {@code employer}, {@code referral}, {@code reference},
 * {@code catalogue} and {@code audit} (the declared {@code allowedDependencies} below).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit", "catalogue", "reference", "person", "pathway", "employer", "referral" })
package it.retelavoro.matching;
