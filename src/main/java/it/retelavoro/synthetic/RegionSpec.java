package it.retelavoro.synthetic;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param seed                the seed: the same spec and day give the same region
 * @param persons             persons registered
 * @param companies           companies registered
 * @param deliveriesPerPerson service deliveries (A and B) aimed at per person, on average
 * @param years               the history spans this many years up to today
 * @param today               the last day of the history (nothing happens after it)
 * @param idPrefix            16 bits that start every generated id, so that two regions never share an id
 */
public record RegionSpec(long seed, int persons, int companies, double deliveriesPerPerson, int years,
        LocalDate today, int idPrefix) {

    public RegionSpec {
        if (persons < 0 || companies < 1 || years < 1 || deliveriesPerPerson < 1) {
            throw new IllegalArgumentException("persons >= 0, companies >= 1, years >= 1, deliveries >= 1");
        }
    }
}
