package it.retelavoro.desk;

import java.util.List;

/**
 * One page of a caseload list, as the API sends it.
 *
 * @param content       the rows of the page
 * @param page          its number, from 0
 * @param size          the rows a page holds
 * @param totalElements the rows of the whole filtered list
 * @param totalPages    the pages of the whole list (0 when it is empty)
 * @param nextKey       the {@code key} that reads the next page from the last row of this one (with
 *                      {@code page + 1}), or null when the list does not give one
 * @param previousKey   the {@code key} that reads the previous page back from the first row of this one (with
 *                      {@code page - 1}), or null
 */
public record CaseloadPage<T>(List<T> content, int page, int size, long totalElements, int totalPages,
        String nextKey, String previousKey) {

    static <T> CaseloadPage<T> of(List<T> content, Paging paging, long total) {
        return of(content, paging, total, null, null);
    }

    static <T> CaseloadPage<T> of(List<T> content, Paging paging, long total, String nextKey, String previousKey) {
        int pages = (int) ((total + paging.size() - 1) / paging.size());
        boolean next = paging.page() + 1 < pages;
        return new CaseloadPage<>(content, paging.page(), paging.size(), total, pages, next ? nextKey : null,
                paging.page() > 0 ? previousKey : null);
    }

    /** The same page with other rows (the same rows as the API shows them). */
    public <R> CaseloadPage<R> withContent(List<R> rows) {
        return new CaseloadPage<>(rows, page, size, totalElements, totalPages, nextKey, previousKey);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
