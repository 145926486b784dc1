package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.Violation;
import it.retelavoro.shared.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the pathway's pages show what the repertorio refused: every violation, with the rule's source, in the
 * list above the form, and the ones that name a field of the form next to that field as well.
 */
@Component
class RuleViolations {

    /** A rule violation as the form-level alert lists it: the message and where the rule comes from. */
    record ViolationLine(String message, String source) {
    }

    private final MessageSource messages;

    RuleViolations(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The form field a problem concerns: the API's field names mapped to the flat forms of the pages. An access
     * rule (the person's history) is shown next to the service, the choice it refuses.
     */
    static String formField(String field) {
        if (field.startsWith("outputs.actionPlan.actions")) {
            return "action";
        }
        return switch (field) {
            case "history" -> "service";
            case "outputs.actionId" -> "actionId";
            case "outputs.pact.outcome" -> "pactOutcome";
            case "outputs.actionPlan.outcome" -> "planOutcome";
            case "outputs.referral" -> "referral";
            case "mediator.operatorId" -> "mediatorOperatorId";
            case "mediator.name" -> "mediatorName";
            case "mediator.organisation" -> "mediatorOrganisation";
            case "mediator.languages" -> "mediatorLanguages";
            default -> field.startsWith("outputs.") ? "outputs" : field;
        };
    }

    /**
     * Writes each violation, its message led by {@code prefix}, next to the form field {@code field} maps its
     * field to (none when it maps to {@code null}) and answers the lines of the list above the form.
     */
    List<ViolationLine> describe(List<Violation> violations, String prefix, UnaryOperator<String> field,
            FormErrors errors, Locale locale) {
        List<ViolationLine> lines = new ArrayList<>();
        for (Violation violation : violations) {
            violation.field().map(named -> field.apply(named.fieldName()))
                    .ifPresent(named -> errors.addText(named, prefix + violation.message()));
            lines.add(new ViolationLine(prefix + violation.message(), source(violation, locale)));
        }
        return lines;
    }

    private String source(Violation violation, Locale locale) {
        String version = violation.source().catalogueVersion().orElse("");
        // a rule outside the schede (closed months, cancellations) names no scheda
        return violation.source().service().map(service -> messages.getMessage("pathway.violation.source",
                        new Object[] {service.dotted(), violation.source().fieldLabel(locale), version}, locale))
                .orElseGet(() -> messages.getMessage("pathway.violation.source-general",
                        new Object[] {violation.source().fieldLabel(locale), version}, locale));
    }
}
