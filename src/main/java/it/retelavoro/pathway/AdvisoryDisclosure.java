package it.retelavoro.pathway;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.SpecialCategories;
import it.retelavoro.person.SpecialCategoryData;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which advisory findings a caller may read as they are. A finding of a complex target's precondition
 * ({@code targetComplessi.DISABLED}) or of the cultural mediation tells that the person belongs to the target
 * or needs mediation: special-category data, shown only to who may see it (the person module's rules). To
 * anyone else the finding is shown restricted: its code and that it concerns the person's special categories,
 * never which ones.
 */
@Component
public class AdvisoryDisclosure {

    /** The source field a restricted finding is shown with. */
    public static final String RESTRICTED_SOURCE = "datiParticolari";
    private static final String TARGETS = "targetComplessi.";
    private static final String MEDIATION = "mediazioneCulturale";

    private final SpecialCategoryData specialCategories;

    AdvisoryDisclosure(SpecialCategoryData specialCategories) {
        this.specialCategories = specialCategories;
    }

    /** What the caller may read of the findings about one person (none of the special ones when unsure). */
    public Sources sourcesFor(Optional<PersonId> person, CurrentUser caller) {
        if (person.isEmpty()) {
            return Sources.ALL;
        }
        if (caller.role() != Role.OPERATOR) {
            return Sources.NONE;
        }
        return specialCategories.recordableSpecialCategoriesOfReadable(person.get(), caller)
                .map(Sources::of).orElse(Sources.NONE);
    }

    /**
     * The special sources one caller may read.
     *
     * @param targets   the complex targets whose findings they may read
     * @param mediation whether they may read the findings of the cultural mediation
     */
    public record Sources(Set<ComplexTarget> targets, boolean mediation) {

        /** Nothing special: findings of targets and mediation restricted. */
        public static final Sources NONE = new Sources(Set.of(), false);
        /** Everything (a delivery to an anonymous visitor carries no special data). */
        public static final Sources ALL = new Sources(Set.of(ComplexTarget.values()), true);

        public Sources {
            targets = Set.copyOf(targets);
        }

        static Sources of(SpecialCategories qualified) {
            return new Sources(qualified.targets(), qualified.culturalMediation() != null);
        }

        /** Whether a finding of this source field may be read as it is. */
        public boolean shows(String sourceField) {
            if (sourceField.startsWith(TARGETS)) {
                String target = sourceField.substring(TARGETS.length());
                return targets.stream().anyMatch(known -> known.name().equals(target));
            }
            return !sourceField.equals(MEDIATION) || mediation;
        }
    }
}
