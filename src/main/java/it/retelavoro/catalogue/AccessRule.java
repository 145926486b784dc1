package it.retelavoro.catalogue;

import java.util.Set;

/**
 * The modalità di accesso of a service in machine form.
 *
 * <p>The services in {@code afterAnyOf} open the way: at least one of them must have been delivered to
 * the same recipient on or before the date, or, if it is also listed in {@code togetherWith}, be
 * delivered in the same sitting ("contestualmente"). An empty {@code afterAnyOf} means the service is
 * open from any point of the network; {@code togetherWith} then only documents which services may share
 * the sitting. Every condition must hold as well (see {@link AccessCondition}).
 *
 * @param afterAnyOf   services of which at least one must come before (empty: none required)
 * @param togetherWith services that may instead be delivered in the same sitting
 * @param conditions   facts about the recipient that must hold
 */
public record AccessRule(Set<ServiceCode> afterAnyOf, Set<ServiceCode> togetherWith, Set<AccessCondition> conditions) {

    public AccessRule {
        afterAnyOf = Copies.enumSet(ServiceCode.class, afterAnyOf, "afterAnyOf");
        togetherWith = Copies.enumSet(ServiceCode.class, togetherWith, "togetherWith");
        conditions = Copies.enumSet(AccessCondition.class, conditions, "conditions");
    }

    /** A service reachable from any point of the network, with no condition. */
    public static AccessRule open() {
        return new AccessRule(Set.of(), Set.of(), Set.of());
    }

    public boolean requiresPriorService() {
        return !afterAnyOf.isEmpty();
    }

    /** Every service this rule mentions, before or in the same sitting. */
    public Set<ServiceCode> referencedServices() {
        var all = new java.util.HashSet<>(afterAnyOf);
        all.addAll(togetherWith);
        return Copies.enumSet(ServiceCode.class, all, "referencedServices");
    }
}
