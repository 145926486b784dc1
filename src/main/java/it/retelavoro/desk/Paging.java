package it.retelavoro.desk;

import it.retelavoro.shared.InvalidInputException;
import java.util.Map;

/**
 * Which page of a list, how long, in which order: {@code page} from 0, {@code size} 1 to {@value #MAX_SIZE}
 * (default {@value #DEFAULT_SIZE}), {@code sort} as {@code field,asc} or {@code field,desc} among the fields the
 * list names (a stable tie-break on the row's id follows, so pages never overlap), and the {@link PageKey} of the
 * link that led to the page, if any ({@code key}: the page is then read from that row on, not counted from the
 * start).
 */
public record Paging(int page, int size, String sortField, boolean descending, String key) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public Paging(int page, int size, String sortField, boolean descending) {
        this(page, size, sortField, descending, null);
    }

    /**
     * Reads the request's parameters against the sortable fields of a list.
     *
     * @throws InvalidInputException when the page is negative, the size out of range or the sort unknown
     */
    public static Paging of(Integer page, Integer size, String sort, Map<String, SortField> sortable,
            String defaultField) {
        var problems = new InvalidInputException.Collector();
        int number = page == null ? 0 : page;
        int length = size == null ? DEFAULT_SIZE : size;
        problems.require(number >= 0, "page", "desk.paging.page.invalid");
        problems.require(length >= 1 && length <= MAX_SIZE, "size", "desk.paging.size.invalid", MAX_SIZE);
        String field = defaultField;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].strip();
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
            problems.require(sortable.containsKey(field) && parts.length <= 2
                    && (direction.equals("asc") || direction.equals("desc")), "sort", "desk.paging.sort.invalid",
                    String.join(", ", sortable.keySet()));
            descending = direction.equals("desc");
        }
        problems.throwIfAny();
        return new Paging(number, length, field, descending);
    }

    /** The sort as the request wrote it: {@code lastName,asc}. */
    public String sort() {
        return sortField + (descending ? ",desc" : ",asc");
    }

    /** The same list, another page (counted from the start). */
    public Paging withPage(int other) {
        return new Paging(other, size, sortField, descending, null);
    }

    /** The same page, reached by a link that carries its key. */
    public Paging withKey(String pageKey) {
        return new Paging(page, size, sortField, descending, pageKey);
    }

    /** The SQL order of the chosen field (from the list's whitelist), empty values last, then the tie-break. */
    String orderBy(Map<String, SortField> sortable, String tieBreak) {
        return sortable.get(sortField).orderBy(descending, false, tieBreak);
    }

    long offset() {
        return (long) page * size;
    }
}
