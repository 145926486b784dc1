package it.retelavoro.matching;

import it.retelavoro.reference.DrivingLicence;
import it.retelavoro.reference.Languages;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the reasons of a score into words, in the reader's language. */
@Component
public class MatchExplanations {

    private final MessageSource messages;

    MatchExplanations(MessageSource messages) {
        this.messages = messages;
    }

    /** Every reason as a sentence, in the order of the criteria. */
    public List<String> explain(Match match, Locale locale) {
        return match.reasons().stream().map(reason -> sentence(reason, locale)).toList();
    }

    /** The reasons that speak for the match. */
    public List<String> favourable(Match match, Locale locale) {
        return match.reasons().stream().filter(MatchReason::favourable).map(reason -> sentence(reason, locale)).toList();
    }

    /** What is missing or does not match. */
    public List<String> unfavourable(Match match, Locale locale) {
        return match.reasons().stream().filter(reason -> !reason.favourable())
                .map(reason -> sentence(reason, locale)).toList();
    }

    public String sentence(MatchReason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(argument -> {
            if (argument instanceof Scorer.LanguageArg language) {
                return Languages.nameOf(language.code(), locale).toLowerCase(locale);
            }
            if (argument instanceof Scorer.LicenceArg licence) {
                return licenceLabel(licence.code(), locale);
            }
            return argument;
        }).toArray();
        return messages.getMessage(reason.messageKey(), arguments, locale);
    }

    private String licenceLabel(String code, Locale locale) {
        try {
            // The label starts with the code ("C - Autocarri"): the code alone reads best in a sentence.
            DrivingLicence licence = DrivingLicence.valueOf(code);
            String label = messages.getMessage(licence.labelKey(), null, code, locale);
            return label.contains(" - ") ? label.substring(0, label.indexOf(" - ")) : label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
