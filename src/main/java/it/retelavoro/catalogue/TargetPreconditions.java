package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The additional preconditions for a target with complex needs, from the table of the repertorio.
 *
 * @param target                the target
 * @param label                 its Italian name
 * @param networkPrecondition   PRE CONDIZIONI DI RETE: the services to integrate with
 * @param operatorPrecondition  PRE CONDIZIONI PROFESSIONALI, as text items
 * @param specialistServices    SERVIZI SPECIALISTICI that may be activated
 * @param operatorCompetences   the competences the rule engine asks of the operator
 * @param cpiExclusiveFunction  the CPI-exclusive function tied to the target, if any
 * @param personLanguage        whether "conoscenza lingue straniere" is judged as the language the person needs
 *                              ({@code linguaDellaPersona}): the operator's (or the named mediator's) languages
 *                              are compared with it, instead of asking {@link Competence#FOREIGN_LANGUAGES}
 */
public record TargetPreconditions(ComplexTarget target, String label, String networkPrecondition,
        List<String> operatorPrecondition, List<String> specialistServices, Set<Competence> operatorCompetences,
        Optional<CpiExclusiveFunction> cpiExclusiveFunction, boolean personLanguage) {

    public TargetPreconditions {
        Objects.requireNonNull(target, "target");
        Copies.requireText(label, "label");
        Copies.requireText(networkPrecondition, "preCondizioniDiRete");
        operatorPrecondition = Copies.texts(operatorPrecondition, "preCondizioniProfessionali");
        specialistServices = Copies.texts(specialistServices, "serviziSpecialistici");
        operatorCompetences = Copies.enumSet(Competence.class, operatorCompetences, "operatorCompetences");
        Objects.requireNonNull(cpiExclusiveFunction, "cpiExclusiveFunction");
    }

    /** A target whose preconditions ask the operator's competences only. */
    public TargetPreconditions(ComplexTarget target, String label, String networkPrecondition,
            List<String> operatorPrecondition, List<String> specialistServices, Set<Competence> operatorCompetences,
            Optional<CpiExclusiveFunction> cpiExclusiveFunction) {
        this(target, label, networkPrecondition, operatorPrecondition, specialistServices, operatorCompetences,
                cpiExclusiveFunction, false);
    }

    /**
     * The competences the engine asks the operator to have: with {@link #personLanguage()} the generic
     * {@link Competence#FOREIGN_LANGUAGES} is left out, since the person's language is compared instead.
     */
    public Set<Competence> askedCompetences() {
        if (!personLanguage) {
            return operatorCompetences;
        }
        Set<Competence> asked = java.util.EnumSet.noneOf(Competence.class);
        asked.addAll(operatorCompetences);
        asked.remove(Competence.FOREIGN_LANGUAGES);
        return Copies.enumSet(Competence.class, asked, "operatorCompetences");
    }
}
