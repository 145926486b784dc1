package it.retelavoro.desk.web;

import it.retelavoro.desk.CaseloadPage;
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

    /** The same list at page {@code number}, counted from the start. */
    public String page(int number) {
        return builder(path).replaceQueryParam("page", number).replaceQueryParam("key").build().toUriString();
    }

    /** The page after {@code list}, read from its last row when the list gives the key. */
    public String next(CaseloadPage<?> list) {
        return keyed(list.page() + 1, list.nextKey());
    }

    /** The page before {@code list}, read back from its first row when the list gives the key. */
    public String previous(CaseloadPage<?> list) {
        // the first page needs no key: it is the start of the list
        return keyed(list.page() - 1, list.page() == 1 ? null : list.previousKey());
    }

    private String keyed(int number, String key) {
        UriComponentsBuilder builder = builder(path).replaceQueryParam("page", number);
        return (key == null ? builder.replaceQueryParam("key") : builder.replaceQueryParam("key", key))
                .build().toUriString();
    }

    /** The same list from its first page, sorted by {@code field}: the other direction when it is the current. */
    public String sort(String field) {
        boolean descending = field.equals(paging.sortField()) && !paging.descending();
        return builder(path).replaceQueryParam("page").replaceQueryParam("key")
                .replaceQueryParam("sort", field + (descending ? ",desc" : ",asc")).build().toUriString();
    }

    /** aria-sort of a column header: ascending, descending or none. */
    public String ariaSort(String field) {
        return !field.equals(paging.sortField()) ? "none" : paging.descending() ? "descending" : "ascending";
    }

    /** The whole filtered list as CSV. */
    public String csv() {
        return builder(path + ".csv").replaceQueryParam("page").replaceQueryParam("size").replaceQueryParam("key")
                .build().toUriString();
    }

    private UriComponentsBuilder builder(String target) {
        return UriComponentsBuilder.fromPath(target).query(query);
    }
}
