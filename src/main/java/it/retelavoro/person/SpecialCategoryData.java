package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.LanguageCodes;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.person.SpecialCategoryVisibility.Visibility;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The special categories of data of a person (complex targets, need of cultural mediation, the language they
 * need), kept apart and
 * shown target by target to operators of the organisation in charge who have the competences the repertorio
 * asks for that target (catalogue version in force), and wholly to the CPI operators of that organisation.
 * Reads and writes are audited ({@code PERSON_SPECIAL_*}).
 */
@Service
@Transactional
public class SpecialCategoryData {

    private final SpecialCategoryStore store;
    private final SpecialCategoryVisibility visibility;
    private final PersonAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SpecialCategoryData(SpecialCategoryStore store, SpecialCategoryVisibility visibility, PersonAccess access,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.visibility = visibility;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The special categories the caller may see, or empty when the caller may see none of them at all
     * (then the data must be absent from what they receive, not shown as empty). Audited when some are seen.
     */
    public Optional<SpecialCategories> specialCategories(PersonId id, CurrentUser caller) {
        Person person = access.inChargeOf(id, caller, "PERSON_SPECIAL_READ");
        return visibleTo(id, visibility.of(caller, person.inChargeOf()));
    }

    /** What of the recorded data the caller may see, audited when they see some (for the page read model). */
    Optional<SpecialCategories> visibleTo(PersonId id, Visibility visible) {
        if (!visible.seesAny()) {
            return Optional.empty();
        }
        SpecialCategories seen = visible.visibleOf(store.of(id));
        audit.success("PERSON_SPECIAL_READ", PersonAccess.OBJECT, id);
        return Optional.of(seen);
    }

    /**
     * What the caller may record for this person: the complex targets they are qualified for, and
     * {@code culturalMediation} TRUE when they may record the mediation (null otherwise). For forms; empty
     * when they may record nothing.
     */
    @Transactional(readOnly = true)
    public Optional<SpecialCategories> recordableSpecialCategories(PersonId id, CurrentUser caller) {
        PersonSummary person = access.requireInCharge(id, caller);
        Visibility visible = visibility.of(caller, person.inChargeOf());
        return visible.seesAny() ? Optional.of(visible.recordable()) : Optional.empty();
    }

    /**
     * As {@link #recordableSpecialCategories}, for a caller who may read the person's acts: empty, not a denial,
     * for an organisation that lost the person by a taking over on their choice (it reads what it registered,
     * never the special categories).
     */
    @Transactional(readOnly = true)
    public Optional<SpecialCategories> recordableSpecialCategoriesOfReadable(PersonId id, CurrentUser caller) {
        PersonSummary person = access.requireReadable(id, caller);
        if (!caller.belongsTo(person.inChargeOf())) {
            return Optional.empty();
        }
        Visibility visible = visibility.of(caller, person.inChargeOf());
        return visible.seesAny() ? Optional.of(visible.recordable()) : Optional.empty();
    }

    /**
     * Records the special categories the caller is qualified for: {@code targets} replaces the targets the
     * caller may see (those they may not see are kept as they are); {@code culturalMediation} null leaves it
     * unchanged. Audited as {@code PERSON_SPECIAL_UPDATE}.
     *
     * @throws AccessDeniedException when the caller may see no special category, or records a target or the
     *                               mediation they may not see
     */
    public SpecialCategories recordSpecialCategories(PersonId id, Set<ComplexTarget> targets,
            Boolean culturalMediation, CurrentUser caller) {
        return recordSpecialCategories(id, targets, culturalMediation, null, caller);
    }

    /**
     * As {@link #recordSpecialCategories(PersonId, Set, Boolean, CurrentUser)}, with the language the person
     * needs (ISO 639-1): null leaves it unchanged, blank clears it (the person needs none but Italian).
     *
     * @throws InvalidInputException when the language is not an ISO 639-1 code
     * @throws AccessDeniedException when the caller records a language they may not see
     */
    public SpecialCategories recordSpecialCategories(PersonId id, Set<ComplexTarget> targets,
            Boolean culturalMediation, String language, CurrentUser caller) {
        Person person = access.inChargeOf(id, caller, "PERSON_SPECIAL_UPDATE");
        Visibility visible = visibility.of(caller, person.inChargeOf());
        Set<ComplexTarget> wanted = targets == null ? Set.of() : targets;
        if (!visible.seesAny() || !visible.targets().containsAll(wanted)
                || (culturalMediation != null && !visible.culturalMediation())
                || (language != null && !visible.language())) {
            audit.denied("PERSON_SPECIAL_UPDATE", PersonAccess.OBJECT, id);
            throw new AccessDeniedException("Competenze non sufficienti per registrare questi dati");
        }
        String code = language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (code != null && !code.isEmpty() && !LanguageCodes.isValid(code)) {
            throw InvalidInputException.of("language", "person.special.language-invalid", language);
        }
        RecipientProfile recorded = store.of(id);
        Set<ComplexTarget> result = EnumSet.noneOf(ComplexTarget.class);
        recorded.targets().stream().filter(target -> !visible.targets().contains(target)).forEach(result::add);
        result.addAll(wanted);
        boolean mediation = culturalMediation == null ? recorded.needsCulturalMediation() : culturalMediation;
        Optional<String> needed = code == null ? recorded.language()
                : Optional.of(code).filter(text -> !text.isEmpty());
        RecipientProfile updated = new RecipientProfile(result, mediation, needed);
        store.record(id, updated, caller.id(), clock.instant());
        audit.success("PERSON_SPECIAL_UPDATE", PersonAccess.OBJECT, id);
        events.publishEvent(new PersonEvents.SpecialCategoriesChanged(id));
        return visible.visibleOf(updated);
    }

    /**
     * The complex targets of a person, FOR AGGREGATE STATISTICS ONLY (the monitoring module's breakdown by
     * target, shown only to the roles allowed to see it): never display it per person, never return it to a
     * client. Not audited per call: it is read once per change, on {@link PersonEvents.SpecialCategoriesChanged}.
     */
    @Transactional(readOnly = true)
    public Set<ComplexTarget> complexTargetsForStatistics(PersonId id) {
        return Set.copyOf(store.of(id).targets());
    }

    /**
     * All the complex targets and the need of mediation of a person, FOR THE RULE ENGINE ONLY
     * ({@code Catalogue.ruleEngine(locale).check(...)} with this {@link RecipientProfile}): never display it,
     * never return it to a client. Works even when the caller may not see the data, so that a delivery by an
     * operator without the competence is refused by the rules; the caller must still have the person in
     * charge. Audited as {@code PERSON_SPECIAL_USE} when the person has special categories recorded: a person
     * without any gives the rules nothing special to use, and an audit row for each of their deliveries would
     * record no use of special data (the delivery itself is audited by the caller).
     */
    public RecipientProfile complexTargetsFor(PersonId id, CurrentUser caller) {
        access.requireInCharge(id, caller);
        RecipientProfile profile = store.of(id);
        if (!profile.targets().isEmpty() || profile.needsCulturalMediation()) {
            audit.success("PERSON_SPECIAL_USE", PersonAccess.OBJECT, id, "purpose=rule-check");
        }
        return profile;
    }
}
