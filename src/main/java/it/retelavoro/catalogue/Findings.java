package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects the violations of one check, formatting each message in the requested locale and giving each the
 * severity the version sets for its source.
 */
final class Findings {

    private final Locale locale;
    private final Severities severities;
    private final List<Violation> violations = new ArrayList<>();

    Findings(Locale locale) {
        this(locale, Severities.allBlocking());
    }

    Findings(Locale locale, Severities severities) {
        this.locale = locale;
        this.severities = severities;
    }

    void add(ViolationCode code, String key, RuleSource source, RequestField field, Object... arguments) {
        List<Object> args = List.of(arguments);
        String messageKey = "catalogue.violation." + key;
        violations.add(new Violation(code, messageKey, args, CatalogueMessages.format(messageKey, args, locale), source,
                Optional.ofNullable(field), severities.of(source.field())));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
