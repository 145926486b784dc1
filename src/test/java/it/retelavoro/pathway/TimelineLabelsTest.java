package it.retelavoro.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of line the pathway's timeline may show ({@link TimelineEntry#labelKey()}) has its label in both
 * languages: a kind without one reaches the page as {@code ??pathway.timeline.X_it??} (a hire did, issue 14).
 */
class TimelineLabelsTest {

    /** Every kind {@link PathwayOverview#timeline()} writes. */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("DELIVERY", "INTERNSHIP_PLANNED", "INTERNSHIP_ACTIVATED"));
        Arrays.stream(DidState.values()).forEach(state -> kinds.add("DID_" + state.name()));
        Arrays.stream(Outcome.values()).forEach(outcome -> kinds.add("PACT_" + outcome.name()));
        Arrays.stream(ActionPlan.EventKind.values()).forEach(kind -> kinds.add("PLAN_" + kind.name()));
        Arrays.stream(TrainingEventKind.values()).forEach(event -> kinds.add("TRAINING_" + event.name()));
        return kinds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/pathway.properties", "i18n/pathway_en.properties"})
    void every_kind_of_timeline_line_has_its_label(String bundle) throws IOException {
        Properties labels = new Properties();
        try (Reader in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                StandardCharsets.UTF_8)) {
            labels.load(in);
        }

        assertThat(kinds()).allSatisfy(kind -> assertThat(labels.getProperty(
                new TimelineEntry(null, null, kind, null, null).labelKey())).as(kind).isNotBlank());
    }
}
