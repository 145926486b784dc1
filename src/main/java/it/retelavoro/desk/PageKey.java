package it.retelavoro.desk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a sorted list starts, as the links of the page next to it carry it: just after the last row of
 * the page before ({@code before} false, the "next" link) or just before the first row of the page after (the
 * "previous" link). A deep page is then read from the sort's index from that row on, instead of reading and
 * discarding every row before it (OFFSET).
 *
 * <p>The key is opaque to the user (base64url): the sort it was taken in, the row's values of the sort field and
 * its id. A key taken in another sort, or that cannot be read, is not used: the page is then counted from the
 * start of the list, as the page number says. The values are compared in SQL as bind parameters, cast to the
 * field's types: no text of the key reaches the SQL.
 */
public record PageKey(boolean before, String sort, List<String> values, UUID id) {

    private static final char SEPARATOR = '\u001f';
    private static final String EMPTY = "-";
    private static final String VALUE = "=";

    public PageKey {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The key as a link carries it. */
    public String token() {
        StringBuilder text = new StringBuilder(before ? "B" : "A").append(SEPARATOR).append(sort).append(SEPARATOR)
                .append(id);
        for (String value : values) {
            text.append(SEPARATOR).append(value == null ? EMPTY : VALUE + value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key of a link, if it can be read and was taken in this paging's sort on this field. */
    static Optional<PageKey> read(String token, Paging paging, SortField field) {
        if (token == null || token.isBlank() || token.length() > 2_000) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 3 + field.expressions().size() || !(parts[0].equals("A") || parts[0].equals("B"))
                    || !parts[1].equals(paging.sort())) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            for (int i = 3; i < parts.length; i++) {
                if (parts[i].equals(EMPTY)) {
                    values.add(null);
                } else if (parts[i].startsWith(VALUE)) {
                    values.add(parts[i].substring(1));
                } else {
                    return Optional.empty();
                }
            }
            if (!field.nullable() && values.contains(null)) {
                return Optional.empty();
            }
            return Optional.of(new PageKey(parts[0].equals("B"), parts[1], values, UUID.fromString(parts[2])));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The condition that keeps the rows after the key (or before it) in the list's order: a comparison of rows,
     * which the sort's index serves, plus the empty values of a nullable field (always last in the list). Its
     * parameters ({@code sort_key_0...}, {@code sort_key_id}) are added to {@code params}.
     */
    String condition(SortField field, String idColumn, boolean descending, Map<String, Object> params) {
        String compare = descending != before ? "<" : ">";
        StringBuilder columns = new StringBuilder("(");
        StringBuilder bound = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            columns.append(field.expressions().get(i)).append(", ");
            bound.append("cast(:sort_key_").append(i).append(" as ").append(field.types().get(i)).append("), ");
            params.put("sort_key_" + i, values.get(i));
        }
        params.put("sort_key_id", id);
        String rows = columns.append(idColumn).append(") ").append(compare).append(' ')
                .append(bound).append(":sort_key_id)").toString();
        if (!field.nullable()) {
            return rows;
        }
        String expression = field.expressions().get(0);
        String sameEmpty = idColumn + " " + compare + " :sort_key_id";
        if (!before) {
            // after a value: the greater values, then every empty one; after an empty value: the empty ones beyond it
            return values.get(0) != null ? "(" + rows + " or " + expression + " is null)"
                    : "(" + expression + " is null and " + sameEmpty + ")";
        }
        // before a value: the lesser values (an empty one compares to nothing); before an empty value: every value,
        // then the empty ones before it
        return values.get(0) != null ? rows : "(" + expression + " is not null or " + sameEmpty + ")";
    }
}
