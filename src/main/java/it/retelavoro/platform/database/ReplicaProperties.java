package it.retelavoro.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A streaming replica of the primary for the analysts' reports (issue 19); none when {@code url} is not set.
 *
 * @param url the replica's JDBC address, e.g. the {@code -ro} service of a CloudNativePG cluster
 * @param username its user
 * @param password its password
 * @param maximumPoolSize the connections kept to it (reports are few and long)
 * @param connectionTimeout how long a report waits for a connection before it goes to the primary instead
 * @param retryAfter how long the reports stay on the primary after the replica failed to answer
 */
@ConfigurationProperties("retelavoro.datasource.replica")
record ReplicaProperties(String url, String username, String password, @DefaultValue("5") int maximumPoolSize,
        @DefaultValue("2s") Duration connectionTimeout, @DefaultValue("30s") Duration retryAfter) {
}
