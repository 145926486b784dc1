package it.retelavoro.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SQL over the facts with its named parameters. Codes, kinds and details are always bound as parameters,
 * never written into the text: the text holds only the fixed shape of the query.
 */
record BoundSql(String sql, Map<String, Object> params) {

    BoundSql {
        params = Map.copyOf(params);
    }

    /** This query inside another: {@code before + sql + after}, with the same parameters. */
    BoundSql within(String before, String after) {
        return new BoundSql(before + sql + after, params);
    }

    /** The statement with this query's parameters bound; the caller binds its own ones. */
    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql).params(new LinkedHashMap<>(params));
    }
}
