package it.retelavoro.interop.sap;

import it.retelavoro.person.PersonId;
import java.util.List;
import java.util.Locale;

/**
 * The CO employments of a person, filled by the CO intake: the extension point of the SAP's work experiences
 * ({@code esperienzeLavorative/rapporti}), implemented by the intake of the Comunicazioni Obbligatorie
 * ({@code interop.co.CoSapWorkHistory}); {@link SapSheets} uses {@link #NONE} only when no bean implements it.
 *
 * <p>Called after the access check of the SAP, inside its read-only transaction: an implementation checks no
 * access of its own and audits nothing (the SAP's read is audited once).
 */
@FunctionalInterface
public interface SapWorkHistory {

    /** No CO history yet: every person has no employment. */
    SapWorkHistory NONE = (person, locale) -> List.of();

    /**
     * The person's employments, oldest first.
     *
     * @param person the person
     * @param locale the language of the descriptions of the codes
     */
    List<SapEmployment> employments(PersonId person, Locale locale);
}
