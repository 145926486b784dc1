package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where PostgreSQL's time goes during a benchmark, from {@code pg_stat_statements} when the server loads it
 * ({@code shared_preload_libraries = 'pg_stat_statements'} in the data directory's {@code postgresql.auto.conf},
 * read at the next start); otherwise a line that says how to have it.
 */
final class StatementStatistics {

    private StatementStatistics() {
    }

    /** Empties the statistics before the measured part; false when the server does not keep them. */
    static boolean reset(JdbcClient jdbc) {
        boolean loaded = jdbc.sql("select current_setting('shared_preload_libraries') like '%pg_stat_statements%'")
                .query(Boolean.class).single();
        if (!loaded) {
            out("Statistiche delle istruzioni SQL: non disponibili (pg_stat_statements non caricato: aggiungere"
                    + " shared_preload_libraries = 'pg_stat_statements' a postgresql.auto.conf della directory dati)");
            return false;
        }
        jdbc.sql("create extension if not exists pg_stat_statements").update();
        jdbc.sql("select pg_stat_statements_reset()").query((rs, row) -> null).list();
        return true;
    }

    /** The statements that took the most time, with their calls per unit of work ({@code units}: documents...). */
    static void print(JdbcClient jdbc, long units) {
        out("Istruzioni SQL per tempo totale (pg_stat_statements), per %,d unità di lavoro:", units);
        out("%10s %9s %10s %9s  %s", "chiamate", "per unità", "totale ms", "media ms", "istruzione");
        jdbc.sql("""
                select calls, total_exec_time, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g') as query
                  from pg_stat_statements order by total_exec_time desc limit 20""")
                .query((rs, row) -> {
                    String query = rs.getString("query");
                    out("%,10d %9.2f %,10.0f %9.3f  %s", rs.getLong("calls"), rs.getLong("calls") / (double) units,
                            rs.getDouble("total_exec_time"), rs.getDouble("mean_exec_time"),
                            query.length() > 140 ? query.substring(0, 140) + "..." : query);
                    return null;
                }).list();
        out("In tutto: %,d chiamate, %,.0f ms di esecuzione", jdbc.sql("select sum(calls) from pg_stat_statements")
                .query(Long.class).single(), jdbc.sql("select sum(total_exec_time) from pg_stat_statements")
                .query(Double.class).single());
    }
}
