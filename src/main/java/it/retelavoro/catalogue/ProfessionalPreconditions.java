package it.retelavoro.catalogue;

import java.util.List;

/**
 * Precondizioni professionali of a scheda: capacità minime and conoscenze essenziali of the operator.
 *
 * @param capacities the CAPACITÀ, one item each
 * @param knowledge  the CONOSCENZE, one item each
 */
public record ProfessionalPreconditions(List<String> capacities, List<String> knowledge) {

    public ProfessionalPreconditions {
        capacities = Copies.texts(capacities, "capacita");
        knowledge = Copies.texts(knowledge, "conoscenze");
    }
}
