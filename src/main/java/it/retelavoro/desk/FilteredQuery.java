package it.retelavoro.desk;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FROM and WHERE of a filtered list with its bind parameters, bound to each statement that uses it (the
 * count, the page, the export): the filters are written once.
 */
record FilteredQuery(String from, Map<String, Object> params) {

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }
}
