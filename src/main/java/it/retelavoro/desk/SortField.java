package it.retelavoro.desk;

import java.util.List;

/**
 * A field a list may be sorted by: its SQL expressions, written in the code (a request only names the field), the
 * SQL type of each (to read back a page key's values), and whether the field may be empty (then a single
 * expression, its empty rows last in either direction).
 */
public record SortField(List<String> expressions, List<String> types, boolean nullable) {

    public SortField {
        expressions = List.copyOf(expressions);
        types = List.copyOf(types);
        if (expressions.isEmpty() || expressions.size() != types.size() || nullable && expressions.size() != 1) {
            throw new IllegalArgumentException("a sort field has one type per expression, one expression if nullable");
        }
    }

    /** A field never empty, on one expression. */
    public static SortField of(String expression, String type) {
        return new SortField(List.of(expression), List.of(type), false);
    }

    /** A field that may be empty: its empty rows come last, ascending or descending. */
    public static SortField nullable(String expression, String type) {
        return new SortField(List.of(expression), List.of(type), true);
    }

    /** A field never empty, ordered by {@code first} then by {@code second}. */
    public static SortField of(String first, String firstType, String second, String secondType) {
        return new SortField(List.of(first, second), List.of(firstType, secondType), false);
    }

    /**
     * The ORDER BY of the field then of the tie-break, in the direction asked; {@code reversed} gives the same order
     * backwards (to read the page before a key, then turned round).
     */
    String orderBy(boolean descending, boolean reversed, String tieBreak) {
        boolean down = descending != reversed;
        String direction = down ? " desc" : " asc";
        StringBuilder order = new StringBuilder(" order by ");
        for (String expression : expressions) {
            order.append(expression).append(direction);
            if (nullable) {
                // the empty rows last in the list's own order, so first when it is read backwards
                order.append(reversed ? " nulls first" : " nulls last");
            }
            order.append(", ");
        }
        return order.append(tieBreak).append(direction).toString();
    }

    /** The field's values as text, named {@code sort_key_0...}: what a page key keeps of a row. */
    String keyColumns() {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < expressions.size(); i++) {
            columns.append(", cast(").append(expressions.get(i)).append(" as text) as sort_key_").append(i);
        }
        return columns.toString();
    }
}
