package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * The PRE CONDIZIONI of a scheda, as text.
 *
 * @param technicalStructural tecnico-strutturali: resources, premises, IT equipment
 * @param professional        professionali: capacities and knowledge of the operators
 * @param operational         operative: methods and tools of delivery, registration and monitoring
 */
public record Preconditions(List<String> technicalStructural, ProfessionalPreconditions professional,
        List<String> operational) {

    public Preconditions {
        technicalStructural = Copies.texts(technicalStructural, "tecnicoStrutturali");
        Objects.requireNonNull(professional, "professionali");
        operational = Copies.texts(operational, "operative");
    }
}
