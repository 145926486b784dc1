package it.retelavoro.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: the service's scheda (or the part of the repertorio outside the schede), the
 * field of it, and the catalogue version that holds it.
 *
 * @param service          the scheda, empty for rules outside one (CPI-exclusive functions checked alone)
 * @param field            the field, e.g. {@code modalitaDurata}, {@code precondizioni.tecnicoStrutturali},
 *                         {@code targetComplessi.DISABLED}, {@code funzioniEsclusiveCpi}
 * @param catalogueVersion the version id, empty when no version was in force
 */
public record RuleSource(Optional<ServiceCode> service, String field, Optional<String> catalogueVersion) {

    public RuleSource {
        Objects.requireNonNull(service, "service");
        Copies.requireText(field, "field");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
    }

    static RuleSource of(ServiceCode service, String field, CatalogueVersion version) {
        return new RuleSource(Optional.of(service), field, Optional.of(version.id()));
    }

    /** The programme whose rule this is ({@code programmi.<code>.<field>}), empty for a rule of the repertorio. */
    public Optional<String> programme() {
        if (!field.startsWith(ProgrammePolicies.PREFIX)) {
            return Optional.empty();
        }
        String rest = field.substring(ProgrammePolicies.PREFIX.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The field as a person reads it, in the locale: modalità e durata, never {@code modalitaDurata}. */
    public String fieldLabel(Locale locale) {
        return fieldLabel(field, locale);
    }

    /**
     * A source field, as {@link #field()} writes it, as a person reads it (a view that kept only the field's
     * name, such as a recorded advisory).
     */
    public static String fieldLabel(String field, Locale locale) {
        return RuleSourceLabels.label(field, locale);
    }
}
