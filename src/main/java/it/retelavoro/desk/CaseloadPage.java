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
 */
public record CaseloadPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> CaseloadPage<T> of(List<T> content, Paging paging, long total) {
        return new CaseloadPage<>(content, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
