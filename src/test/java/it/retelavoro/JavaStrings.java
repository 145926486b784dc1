package it.retelavoro;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source, comments and character literals left out. */
final class JavaStrings {

    private JavaStrings() {
    }

    static List<String> of(String source) {
        List<String> strings = new ArrayList<>();
        int i = 0;
        int length = source.length();
        while (i < length) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), length);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), length) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                while (close > 0 && source.charAt(close - 1) == '\\') {
                    close = source.indexOf("\"\"\"", close + 1);
                }
                close = end(source, close, length);
                strings.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < length && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    strings.add(source.substring(i + 1, Math.min(j, length)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return strings;
    }

    private static int end(String source, int found, int length) {
        return found < 0 ? length : found;
    }
}
