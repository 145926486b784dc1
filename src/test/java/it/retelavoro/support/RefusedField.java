package it.retelavoro.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a page sent back with its problems: the control with {@code id} must say it is invalid and point at
 * the element {@code <id>-error}, which must hold the problem, so that a screen reader reads it with the field.
 */
public final class RefusedField {

    private RefusedField() {
    }

    /** Checks the ties of the field {@code id} in {@code html} and answers the text of its problem. */
    public static String assertRefused(String html, String id) {
        Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(control.find()).as("the control #%s", id).isTrue();
        String tag = control.group();
        assertThat(tag).as("#%s", id).contains("aria-invalid=\"true\"");
        Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(tag);
        assertThat(describedBy.find()).as("aria-describedby of #%s", id).isTrue();
        assertThat(describedBy.group(1).split(" ")).as("#%s", id).contains(id + "-error");
        Matcher error = Pattern.compile("<div class=\"field-error\" id=\"" + Pattern.quote(id + "-error")
                + "\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertThat(error.find()).as("the problem of #%s", id).isTrue();
        String text = error.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        assertThat(text).as("the problem of #%s", id).isNotBlank();
        return text;
    }

    /** Checks that the field {@code id} in {@code html} carries no problem. */
    public static void assertAccepted(String html, String id) {
        Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(control.find()).as("the control #%s", id).isTrue();
        assertThat(control.group()).as("#%s", id).doesNotContain("aria-invalid");
        assertThat(html).doesNotContain("id=\"" + id + "-error\"");
    }
}
