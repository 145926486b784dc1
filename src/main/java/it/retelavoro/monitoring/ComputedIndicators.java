package it.retelavoro.monitoring;

import it.retelavoro.catalogue.Indicator;
import it.retelavoro.catalogue.IndicatorComputability;
import it.retelavoro.catalogue.IndicatorCounting;
import it.retelavoro.monitoring.IndicatorDefinition.Subject;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells the catalogue which indicators monitoring computes: those with a definition over the facts that counts
 * what the catalogue says it counts. A version with another indicator is refused at upload, and the
 * application does not start with a shipped one, rather than showing zero for it.
 */
@Component
class ComputedIndicators implements IndicatorComputability {

    @Override
    public Optional<String> whyNotComputable(Indicator indicator) {
        IndicatorDefinition definition = IndicatorDefinition.BY_CODE.get(indicator.code());
        if (definition == null) {
            return Optional.of("il monitoraggio non sa calcolare l'indicatore " + indicator.code()
                    + ": non ha una definizione dei fatti che conta");
        }
        if (!countable(definition.subject()).contains(indicator.counts())) {
            return Optional.of("l'indicatore " + indicator.code() + " conta " + indicator.counts()
                    + ", ma il monitoraggio lo calcola contando " + countable(definition.subject()));
        }
        return Optional.empty();
    }

    /** What the catalogue may say an indicator counts, for what monitoring counts distinct. */
    static Set<IndicatorCounting> countable(Subject subject) {
        return switch (subject) {
            case PERSON -> Set.of(IndicatorCounting.DISTINCT_PERSONS);
            case COMPANY -> Set.of(IndicatorCounting.DISTINCT_COMPANIES);
            // 3.2 records the day each PAI was opened: one item (plan) per person and day.
            case ITEM -> Set.of(IndicatorCounting.ITEMS, IndicatorCounting.DATES);
        };
    }
}
