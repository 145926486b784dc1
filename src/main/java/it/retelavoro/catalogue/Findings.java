package it.retelavoro.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Collects the violations of one check, formatting each message in the requested locale. */
final class Findings {

    private final Locale locale;
    private final List<Violation> violations = new ArrayList<>();

    Findings(Locale locale) {
        this.locale = locale;
    }

    void add(ViolationCode code, String key, RuleSource source, RequestField field, Object... arguments) {
        List<Object> args = List.of(arguments);
        String messageKey = "catalogue.violation." + key;
        violations.add(new Violation(code, messageKey, args, CatalogueMessages.format(messageKey, args, locale), source,
                Optional.ofNullable(field)));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
