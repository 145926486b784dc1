package it.retelavoro.catalogue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One scheda of the repertorio: the texts as the region wrote them and the rules in machine form.
 *
 * @param code               A1..B4
 * @param title              the title of the service
 * @param purpose            FINALITÀ
 * @param activities         ATTIVITÀ, one item each
 * @param modeAndDuration    MODALITÀ E DURATA, as text
 * @param accessDescription  MODALITÀ DI ACCESSO, as text items
 * @param outputDescription  OUTPUT, as text items
 * @param preconditions      PRE CONDIZIONI, as text
 * @param modes              the modes allowed, each with its minimums
 * @param access             the access rule
 * @param outputs            the outputs a registration may carry, required or not
 * @param siteFeatures       the site features needed in every mode
 * @param siteFeaturesByMode further site features needed only in some mode (a classroom for groups)
 */
public record ServiceStandard(ServiceCode code, String title, String purpose, List<String> activities,
        String modeAndDuration, List<String> accessDescription, List<String> outputDescription,
        Preconditions preconditions, List<ModeRule> modes, AccessRule access, List<OutputRule> outputs,
        Set<SiteFeature> siteFeatures, Map<DeliveryMode, Set<SiteFeature>> siteFeaturesByMode) {

    public ServiceStandard {
        Objects.requireNonNull(code, "code");
        Copies.requireText(title, "title");
        Copies.requireText(purpose, "finalita");
        activities = Copies.texts(activities, "attivita");
        Copies.requireText(modeAndDuration, "modalitaDurata");
        accessDescription = Copies.texts(accessDescription, "modalitaAccesso");
        outputDescription = Copies.texts(outputDescription, "output");
        Objects.requireNonNull(preconditions, "precondizioni");
        modes = List.copyOf(modes);
        if (modes.isEmpty()) {
            throw new IllegalArgumentException(code + ": almeno una modalità di erogazione");
        }
        Set<DeliveryMode> seenModes = EnumSet.noneOf(DeliveryMode.class);
        for (ModeRule mode : modes) {
            if (!seenModes.add(mode.mode())) {
                throw new IllegalArgumentException(code + ": modalità ripetuta " + mode.mode());
            }
        }
        Objects.requireNonNull(access, "access");
        if (access.referencedServices().contains(code)) {
            throw new IllegalArgumentException(code + ": la regola di accesso rimanda al servizio stesso");
        }
        outputs = List.copyOf(outputs);
        Set<OutputCode> carried = new HashSet<>();
        for (OutputRule output : outputs) {
            if (!carried.add(output.code())) {
                throw new IllegalArgumentException(code + ": output ripetuto " + output.code());
            }
        }
        for (OutputRule output : outputs) {
            output.requiredWhen().ifPresent(other -> {
                if (!carried.contains(other)) {
                    throw new IllegalArgumentException(code + ": requiredWhen rimanda a un output non previsto " + other);
                }
            });
        }
        siteFeatures = Copies.enumSet(SiteFeature.class, siteFeatures, "siteFeatures");
        Objects.requireNonNull(siteFeaturesByMode, "siteFeaturesByMode");
        var byMode = new java.util.EnumMap<DeliveryMode, Set<SiteFeature>>(DeliveryMode.class);
        siteFeaturesByMode.forEach((mode, features) -> {
            if (!seenModes.contains(mode)) {
                throw new IllegalArgumentException(code + ": siteFeaturesByMode per una modalità non ammessa " + mode);
            }
            byMode.put(mode, Copies.enumSet(SiteFeature.class, features, "siteFeaturesByMode"));
        });
        siteFeaturesByMode = Copies.enumMap(DeliveryMode.class, byMode, "siteFeaturesByMode");
    }

    public ServiceType type() {
        return code.type();
    }

    /** The rule for a mode, empty when the service cannot be delivered in that mode. */
    public Optional<ModeRule> mode(DeliveryMode mode) {
        return modes.stream().filter(rule -> rule.mode() == mode).findFirst();
    }

    public Set<DeliveryMode> allowedModes() {
        Set<DeliveryMode> allowed = EnumSet.noneOf(DeliveryMode.class);
        modes.forEach(rule -> allowed.add(rule.mode()));
        return Set.copyOf(allowed);
    }

    /** The site features the service needs when delivered in the given mode. */
    public Set<SiteFeature> requiredSiteFeatures(DeliveryMode mode) {
        Set<SiteFeature> all = EnumSet.noneOf(SiteFeature.class);
        all.addAll(siteFeatures);
        all.addAll(siteFeaturesByMode.getOrDefault(mode, Set.of()));
        return Copies.enumSet(SiteFeature.class, all, "requiredSiteFeatures");
    }

    public Optional<OutputRule> output(OutputCode output) {
        return outputs.stream().filter(rule -> rule.code() == output).findFirst();
    }
}
