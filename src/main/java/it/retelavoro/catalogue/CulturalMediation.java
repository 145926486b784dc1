package it.retelavoro.catalogue;

import java.util.Set;

/**
 * The transversal intercultural mediation: it supports any service delivered to a foreign person with
 * language or cultural difficulties, and then asks these competences of the operator.
 *
 * @param text                the repertorio's words
 * @param operatorCompetences the competences asked of the operator when the person needs mediation
 */
public record CulturalMediation(String text, Set<Competence> operatorCompetences) {

    public CulturalMediation {
        Copies.requireText(text, "text");
        operatorCompetences = Copies.enumSet(Competence.class, operatorCompetences, "operatorCompetences");
    }
}
