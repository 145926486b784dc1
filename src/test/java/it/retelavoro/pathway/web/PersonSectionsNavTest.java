package it.retelavoro.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The side navigation of a person's pages (templates/fragments/person-sections.html), which the person module's
 * Anagrafica shows too, lists every section of the pathway this module serves, in the same order, by its label.
 */
class PersonSectionsNavTest {

    @Test
    void the_navigation_lists_every_section_in_order_with_its_label() throws IOException {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/templates/fragments/person-sections.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int lastPath = -1;
        int lastLabel = -1;
        for (PathwaySection section : PathwaySection.values()) {
            int path = template.indexOf("'" + section.path() + "'");
            int label = template.indexOf("'" + section.labelKey() + "'");
            assertThat(path).as(section.path()).isGreaterThan(lastPath);
            assertThat(label).as(section.labelKey()).isGreaterThan(lastLabel);
            lastPath = path;
            lastLabel = label;
        }
    }
}
