package it.retelavoro.desk;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FROM and WHERE of a filtered list with its bind parameters, bound to each statement that uses it (the
 * count, the page, the export): the filters are written once. The count may read fewer tables than the page
 * ({@code countFrom}): the same rows, without the columns only the page shows.
 */
record FilteredQuery(String from, String countFrom, Map<String, Object> params) {

    FilteredQuery(String from, Map<String, Object> params) {
        this(from, from, params);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }
}
