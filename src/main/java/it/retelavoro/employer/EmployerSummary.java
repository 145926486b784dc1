package it.retelavoro.employer;

import it.retelavoro.shared.OrganisationId;
import java.util.Optional;

/**
 * A company found by a search, as far as the caller may see it. Any operator learns that a company exists
 * and who serves it; only the serving organisation sees its details. The name of a sole trader served by
 * another organisation is personal data and is left out.
 *
 * @param fiscalCode     the fiscal code (the caller typed it, or the caller serves the company)
 * @param name           the name, empty when the caller may not see it
 * @param servedBy       the organisation that took the company in charge
 * @param servedByName   that organisation's name
 * @param accessible     whether the caller may open the company's record
 */
public record EmployerSummary(EmployerId id, Optional<String> fiscalCode, Optional<String> name,
        OrganisationId servedBy, String servedByName, boolean accessible) {
}
