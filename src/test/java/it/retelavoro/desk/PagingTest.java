package it.retelavoro.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a list's paging parameters are read and turned into SQL (from a whitelist only). */
class PagingTest {

    static final Map<String, SortField> SORTABLE = new LinkedHashMap<>(Map.of(
            "lastName", SortField.of("p.search_name", "text"),
            "firstName", SortField.of("lower(p.first_name)", "text", "p.search_name", "text"),
            "lastContact", SortField.nullable("w.last_contact", "date")));

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
                " order by lower(p.first_name) desc, p.search_name desc, p.person_id desc");
    }

    @Test
    void keeps_the_empty_values_of_a_field_last_in_either_direction_and_first_when_read_backwards() {
        SortField field = SORTABLE.get("lastContact");
        assertThat(field.orderBy(false, false, "p.person_id"))
                .isEqualTo(" order by w.last_contact asc nulls last, p.person_id asc");
        assertThat(field.orderBy(true, false, "p.person_id"))
                .isEqualTo(" order by w.last_contact desc nulls last, p.person_id desc");
        assertThat(field.orderBy(false, true, "p.person_id"))
                .isEqualTo(" order by w.last_contact desc nulls first, p.person_id desc");
    }

    @Test
    void a_page_key_binds_its_values_as_parameters_cast_to_the_fields_types() {
        Paging paging = Paging.of(3, 20, "lastContact,asc", SORTABLE, "lastName");
        java.util.UUID id = java.util.UUID.randomUUID();
        String token = new PageKey(false, "lastContact,asc", java.util.Arrays.asList("2026-01-31"), id).token();
        PageKey key = PageKey.read(token, paging.withKey(token), SORTABLE.get("lastContact")).orElseThrow();
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(key.condition(SORTABLE.get("lastContact"), "p.person_id", false, params)).isEqualTo(
                "((w.last_contact, p.person_id) > (cast(:sort_key_0 as date), :sort_key_id) or w.last_contact is null)");
        assertThat(params).containsEntry("sort_key_0", "2026-01-31").containsEntry("sort_key_id", id);
        assertThat(PageKey.read(token, Paging.of(3, 20, "lastContact,desc", SORTABLE, "lastName"),
                SORTABLE.get("lastContact"))).as("taken in another sort").isEmpty();
        String quote = new PageKey(false, "lastName,asc", java.util.List.of("o'neil) or 1=1 --"), id).token();
        Map<String, Object> bound = new LinkedHashMap<>();
        assertThat(PageKey.read(quote, Paging.of(1, 20, null, SORTABLE, "lastName"), SORTABLE.get("lastName"))
                .orElseThrow().condition(SORTABLE.get("lastName"), "p.person_id", false, bound))
                .doesNotContain("neil");
        assertThat(bound).containsEntry("sort_key_0", "o'neil) or 1=1 --");
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
