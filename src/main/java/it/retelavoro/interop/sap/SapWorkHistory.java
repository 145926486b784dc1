package it.retelavoro.interop.sap;

import it.retelavoro.person.PersonId;
import java.util.List;
import java.util.Locale;

/**
 * The CO employments of a person, filled by the CO intake: the extension point of the SAP's work experiences
 * ({@code esperienzeLavorative/rapporti}). Until the intake of the Comunicazioni Obbligatorie records employments,
 * no bean implements it and {@link SapSheets} uses {@link #NONE}; the intake plugs in by declaring one bean of
 * this type, and the SAP's format does not change.
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
