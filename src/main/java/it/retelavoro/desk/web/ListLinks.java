package it.retelavoro.desk.web;

import it.retelavoro.desk.Paging;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page that keep its filters: another page, another sort, the CSV of the same list. The
 * query string is the request's own, so whatever filter the operator set stays set.
 */
public final class ListLinks {

    private final String path;
    private final String query;
    private final Paging paging;

    ListLinks(String path, String query, Paging paging) {
        this.path = path;
        this.query = query;
        this.paging = paging;
    }

    /** The same list at page {@code number}. */
    public String page(int number) {
        return builder(path).replaceQueryParam("page", number).build().toUriString();
    }

    /** The same list from its first page, sorted by {@code field}: the other direction when it is the current. */
    public String sort(String field) {
        boolean descending = field.equals(paging.sortField()) && !paging.descending();
        return builder(path).replaceQueryParam("page").replaceQueryParam("sort", field + (descending ? ",desc" : ",asc"))
                .build().toUriString();
    }

    /** aria-sort of a column header: ascending, descending or none. */
    public String ariaSort(String field) {
        return !field.equals(paging.sortField()) ? "none" : paging.descending() ? "descending" : "ascending";
    }

    /** The whole filtered list as CSV. */
    public String csv() {
        return builder(path + ".csv").replaceQueryParam("page").replaceQueryParam("size").build().toUriString();
    }

    private UriComponentsBuilder builder(String target) {
        return UriComponentsBuilder.fromPath(target).query(query);
    }
}
