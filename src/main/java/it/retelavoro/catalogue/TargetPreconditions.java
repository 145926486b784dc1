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
 */
public record TargetPreconditions(ComplexTarget target, String label, String networkPrecondition,
        List<String> operatorPrecondition, List<String> specialistServices, Set<Competence> operatorCompetences,
        Optional<CpiExclusiveFunction> cpiExclusiveFunction) {

    public TargetPreconditions {
        Objects.requireNonNull(target, "target");
        Copies.requireText(label, "label");
        Copies.requireText(networkPrecondition, "preCondizioniDiRete");
        operatorPrecondition = Copies.texts(operatorPrecondition, "preCondizioniProfessionali");
        specialistServices = Copies.texts(specialistServices, "serviziSpecialistici");
        operatorCompetences = Copies.enumSet(Competence.class, operatorCompetences, "operatorCompetences");
        Objects.requireNonNull(cpiExclusiveFunction, "cpiExclusiveFunction");
    }
}
