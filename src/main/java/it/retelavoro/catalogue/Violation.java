package it.retelavoro.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the repertorio a delivery breaks.
 *
 * @param code       the stable code of the rule kind
 * @param messageKey the key of the message in {@code i18n/catalogue*.properties}
 * @param arguments  the arguments of the message (codes, numbers, dates; see {@link CatalogueMessages})
 * @param message    the message, formatted in the locale the engine was asked for
 * @param source     the scheda, field and catalogue version of the rule
 * @param field      the field of the request the violation concerns, if one
 * @param severity   whether the finding refuses the registration or is advice (the version's {@code severities})
 */
public record Violation(ViolationCode code, String messageKey, List<Object> arguments, String message,
        RuleSource source, Optional<RequestField> field, Severity severity) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Copies.requireText(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Copies.requireText(message, "message");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
    }

    /** A blocking violation, as every one was before rules had a severity. */
    public Violation(ViolationCode code, String messageKey, List<Object> arguments, String message, RuleSource source,
            Optional<RequestField> field) {
        this(code, messageKey, arguments, message, source, field, Severity.BLOCKING);
    }

    /** Whether this finding refuses the registration. */
    public boolean isBlocking() {
        return severity == Severity.BLOCKING;
    }
}
