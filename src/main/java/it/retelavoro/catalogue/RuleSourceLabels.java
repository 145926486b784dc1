package it.retelavoro.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The name a person reads for the field a rule comes from ({@link RuleSource#field()}): modalità di accesso for
 * {@code modalitaAccesso}, the additional preconditions of the target for {@code targetComplessi.DISABLED}, the
 * programme and its age requirements for {@code programmi.GOL-P1.eligibility.age}. The keys are
 * {@code catalogue.source.<field>} of the catalogue's bundle; a field without one reads as a rule of the
 * repertorio, never as the internal name.
 */
final class RuleSourceLabels {

    static final String PREFIX = "catalogue.source.";
    static final String PROGRAMME_PREFIX = PREFIX + "programme.";
    static final String OTHER = PREFIX + "other";

    private RuleSourceLabels() {
    }

    static String label(String field, Locale locale) {
        ResourceBundle bundle = CatalogueMessages.bundle(locale);
        if (field == null || field.isBlank()) {
            return bundle.getString(OTHER);
        }
        if (field.startsWith(ProgrammePolicies.PREFIX)) {
            return programme(field.substring(ProgrammePolicies.PREFIX.length()), bundle, locale);
        }
        if (field.startsWith(DeliveryPolicies.TARGETS)) {
            Optional<ComplexTarget> target = constant(ComplexTarget.class,
                    field.substring(DeliveryPolicies.TARGETS.length()));
            if (target.isPresent()) {
                return CatalogueMessages.format(PREFIX + "targetComplessi", List.of(target.get()), locale);
            }
        }
        return bundle.containsKey(PREFIX + field) ? bundle.getString(PREFIX + field) : bundle.getString(OTHER);
    }

    /** {@code <code>}, {@code <code>.<part>} or {@code <code>.services.<service>.<part>}. */
    private static String programme(String rest, ResourceBundle bundle, Locale locale) {
        int dot = rest.indexOf('.');
        if (dot < 0) {
            return CatalogueMessages.format(PREFIX + "programme-rules", List.of(rest), locale);
        }
        String code = rest.substring(0, dot);
        String part = rest.substring(dot + 1);
        String[] pieces = part.split("\\.");
        String partLabel;
        Optional<ServiceCode> service = pieces.length == 3 && pieces[0].equals("services")
                ? constant(ServiceCode.class, pieces[1]) : Optional.empty();
        if (service.isPresent() && bundle.containsKey(PROGRAMME_PREFIX + "services." + pieces[2])) {
            partLabel = CatalogueMessages.format(PROGRAMME_PREFIX + "services." + pieces[2],
                    List.of(service.get().dotted()), locale);
        } else if (bundle.containsKey(PROGRAMME_PREFIX + part)) {
            partLabel = bundle.getString(PROGRAMME_PREFIX + part);
        } else {
            return CatalogueMessages.format(PREFIX + "programme-rules", List.of(code), locale);
        }
        return CatalogueMessages.format(PREFIX + "programme-part", List.of(code, partLabel), locale);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
