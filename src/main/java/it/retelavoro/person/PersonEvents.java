package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import java.time.LocalDate;

/**
 * What happened in the registry, for the modules that keep their own view (pathway, matching,
 * monitoring). The events are persisted by the event publication registry, so they carry ids and the
 * non-sensitive attributes monitoring counts by, never names, codice fiscale, contacts or special
 * categories.
 */
public final class PersonEvents {

    private PersonEvents() {
    }

    /** Whether a person is Italian, a citizen of another EU country, or of a country outside the EU. */
    public enum CitizenshipGroup {
        ITALIAN, EU, NON_EU
    }

    /**
     * A person was registered and taken in charge.
     *
     * @param personId          the person
     * @param organisationId    the organisation that registered them and has them in charge
     * @param registeredOn      the day of registration
     * @param sex               M or F
     * @param birthYear         the year of birth (not the date)
     * @param citizenshipGroup  Italian, EU or non-EU
     * @param educationLevel    ISTAT education level code, null when not recorded
     * @param residenceProvince province code of the comune of residence, null when not recorded
     */
    public record PersonRegistered(PersonId personId, OrganisationId organisationId, LocalDate registeredOn, Sex sex,
            int birthYear, CitizenshipGroup citizenshipGroup, String educationLevel, String residenceProvince) {
    }

    /**
     * The special categories of a person changed. It carries the id only: the module that keeps aggregate
     * statistics asks {@link SpecialCategoryData#complexTargetsForStatistics} for the targets, so that they are
     * never written to the event publication registry.
     */
    public record SpecialCategoriesChanged(PersonId personId) {
    }

    /** A person's residence or professional profile changed (ids only: the readers ask for what they need). */
    public record ProfileChanged(PersonId personId) {
    }

    /** A person's pathway moved from an organisation to another. */
    public record PersonTransferred(PersonId personId, OrganisationId from, OrganisationId to,
            LocalDate transferredOn) {
    }

    /**
     * A person chose another organisation, which took them in charge at once (published with
     * {@link PersonTransferred}): the organisation that had them is told, and keeps reading what it registered.
     *
     * @param choiceDate the day the person signed the choice
     * @param takenOn    the day of the taking over
     */
    public record PersonTakenOver(PersonId personId, OrganisationId from, OrganisationId to, LocalDate choiceDate,
            LocalDate takenOn) {
    }

    /**
     * A person with no activity during the retention period was anonymised (issue 17, category
     * {@code INACTIVE_PERSON}): the registry no longer holds who they are. Each module that keeps something that
     * identifies them removes it; monitoring replaces the id in its facts with a pseudonym, so the indicators keep
     * counting the person once without anyone being able to link the facts to the person's records.
     */
    public record PersonAnonymised(PersonId personId) {
    }
}
