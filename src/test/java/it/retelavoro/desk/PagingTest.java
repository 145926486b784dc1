package it.retelavoro.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a list's paging parameters are read and turned into SQL (from a whitelist only). */
class PagingTest {

    static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of("lastName", "p.search_name",
            "firstName", "lower(p.first_name), p.search_name"));

    @Test
    void defaults_to_the_first_page_of_twenty_in_the_default_order() {
        Paging paging = Paging.of(null, null, null, SORTABLE, "lastName");
        assertThat(paging).isEqualTo(new Paging(0, 20, "lastName", false));
        assertThat(paging.sort()).isEqualTo("lastName,asc");
        assertThat(paging.offset()).isZero();
    }

    @Test
    void orders_every_column_of_the_chosen_field_in_the_direction_asked_then_by_the_tie_break() {
        Paging paging = Paging.of(2, 50, "firstName,desc", SORTABLE, "lastName");
        assertThat(paging.offset()).isEqualTo(100);
        assertThat(paging.orderBy(SORTABLE, "p.person_id")).isEqualTo(
                " order by lower(p.first_name) desc nulls last, p.search_name desc nulls last, p.person_id");
    }

    @Test
    void refuses_a_sort_outside_the_whitelist_so_no_request_text_reaches_the_sql() {
        assertThatThrownBy(() -> Paging.of(0, 20, "p.password,asc", SORTABLE, "lastName"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sort");
        assertThatThrownBy(() -> Paging.of(0, 20, "lastName,sideways", SORTABLE, "lastName"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refuses_a_negative_page_and_a_size_out_of_one_to_two_hundred() {
        assertThatThrownBy(() -> Paging.of(-1, 20, null, SORTABLE, "lastName"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> Paging.of(0, 0, null, SORTABLE, "lastName"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> Paging.of(0, 201, null, SORTABLE, "lastName"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Paging.of(0, 200, null, SORTABLE, "lastName").size()).isEqualTo(200);
    }

    @Test
    void counts_the_pages_of_a_list() {
        Paging paging = Paging.of(0, 20, null, SORTABLE, "lastName");
        assertThat(CaseloadPage.of(java.util.List.of(), paging, 0).totalPages()).isZero();
        assertThat(CaseloadPage.of(java.util.List.of(), paging, 20).totalPages()).isEqualTo(1);
        assertThat(CaseloadPage.of(java.util.List.of(), paging, 41).totalPages()).isEqualTo(3);
    }
}
