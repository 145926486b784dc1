package it.retelavoro.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded PostgreSQL of the default installation runs.
 *
 * @param dataDirectory the cluster's data directory, kept across restarts
 * @param port the loopback port it listens on, unless another process already listens there
 * @param databaseName the application's database inside the cluster
 */
@ConfigurationProperties("retelavoro.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("data/pg") String dataDirectory, @DefaultValue("15432") int port,
        @DefaultValue("retelavoro") String databaseName) {
}
