package it.retelavoro.pathway;

import it.retelavoro.shared.UserId;
import java.util.Optional;
import java.util.Set;

/**
 * The cultural mediator who supported a delivery: the repertorio makes mediation "azione trasversale e di
 * supporto a tutte le prestazioni", so the operator who delivers needs no mediation competence when a mediator
 * is named. Either an operator of the delivering organisation with the {@code CULTURAL_MEDIATION} competence
 * ({@code operatorId}), or a mediator from outside the network by {@code name} and {@code organisation}, with
 * the languages they mediate in (ISO 639-1).
 *
 * @param operatorId   the operator-mediator, empty for an external one
 * @param name         the external mediator's name, null for an operator
 * @param organisation the external mediator's organisation (an association, a cooperative), null for an operator
 * @param languages    the languages an external mediator mediates in; an operator's come from their account
 */
public record DeliveryMediator(Optional<UserId> operatorId, String name, String organisation, Set<String> languages) {

    public DeliveryMediator {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    public static DeliveryMediator operator(UserId operatorId) {
        return new DeliveryMediator(Optional.of(operatorId), null, null, Set.of());
    }

    public static DeliveryMediator external(String name, String organisation, Set<String> languages) {
        return new DeliveryMediator(Optional.empty(), name, organisation, languages);
    }
}
