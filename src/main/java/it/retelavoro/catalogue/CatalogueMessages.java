package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import it.retelavoro.shared.OrganisationKind;

/**
 * The texts of the catalogue module: {@code i18n/catalogue.properties} (Italian, the default) and
 * {@code i18n/catalogue_en.properties}, read with {@link ResourceBundle} and {@link java.text.MessageFormat}.
 *
 * <p>Arguments are rendered in the requested language: a single {@link ServiceCode} as the subject of
 * the sentence ({@code catalogue.service.A3.subject}, "L'orientamento professionale (A.3)"), a collection
 * of service codes as their names ({@code catalogue.service.A3.name}), the other vocabularies by their
 * label key ({@link DeliveryMode} {@code catalogue.mode.*}, {@link SiteFeature} {@code catalogue.site-feature.*},
 * {@link Competence} {@code catalogue.competence.*}, {@link ComplexTarget} {@code catalogue.target.*},
 * {@link OutputCode} {@code catalogue.output.*}, {@link CpiExclusiveFunction} {@code catalogue.function.*},
 * {@link AccessCondition} {@code catalogue.condition.*}, {@link OrganisationKind}
 * {@code catalogue.organisation-kind.*}), a {@link Locale} as the name of its language, dates with {@code catalogue.date-pattern}, numbers without
 * grouping. Any locale without its own bundle falls back to Italian.
 */
public final class CatalogueMessages {

    public static final String BUNDLE = "i18n.catalogue";
    public static final Locale DEFAULT_LOCALE = Locale.ITALIAN;

    private static final Map<Class<?>, String> PREFIXES = Map.of(DeliveryMode.class, "catalogue.mode.",
            SiteFeature.class, "catalogue.site-feature.", Competence.class, "catalogue.competence.",
            ComplexTarget.class, "catalogue.target.", OutputCode.class, "catalogue.output.",
            CpiExclusiveFunction.class, "catalogue.function.", AccessCondition.class, "catalogue.condition.",
            OrganisationKind.class, "catalogue.organisation-kind.", GroupReason.class, "catalogue.group-reason.");

    private CatalogueMessages() {
    }

    /** The message of the key with its arguments, in the locale. */
    public static String format(String key, List<?> arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] rendered = arguments.stream().map(argument -> render(argument, bundle)).toArray();
        java.text.MessageFormat format = new java.text.MessageFormat(bundle.getString(key), bundle.getLocale());
        // a whole number stays a number, for the plurals of a choice ({3,choice,1#...|1<...}); a plain {3}
        // prints it without grouping
        java.text.Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < rendered.length; i++) {
            if (formats[i] == null && rendered[i] instanceof Number) {
                format.setFormatByArgumentIndex(i, new java.text.DecimalFormat("0"));
            }
        }
        return format.format(rendered);
    }

    /** The label of a constant of the catalogue vocabularies, in the locale. */
    public static String label(Enum<?> value, Locale locale) {
        return String.valueOf(render(value, bundle(locale)));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Objects.requireNonNull(locale, "locale"),
                CatalogueMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object render(Object argument, ResourceBundle bundle) {
        if (argument instanceof ServiceCode service) {
            return bundle.getString("catalogue.service." + service.name() + ".subject");
        }
        if (argument instanceof Collection<?> values) {
            return values.stream()
                    .map(value -> value instanceof ServiceCode service
                            ? bundle.getString("catalogue.service." + service.name() + ".name")
                            : String.valueOf(render(value, bundle)))
                    .collect(Collectors.joining(", "));
        }
        if (argument instanceof Enum<?> constant && PREFIXES.containsKey(constant.getDeclaringClass())) {
            return bundle.getString(PREFIXES.get(constant.getDeclaringClass()) + constant.name());
        }
        if (argument instanceof Locale language) {
            Locale in = bundle.getLocale().getLanguage().isEmpty() ? DEFAULT_LOCALE : bundle.getLocale();
            return language.getDisplayLanguage(in) + " (" + language.getLanguage() + ")";
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(bundle.getString("catalogue.date-pattern")).format(date);
        }
        if (argument instanceof Integer || argument instanceof Long || argument instanceof Short) {
            return argument;
        }
        return String.valueOf(argument);
    }
}
