package it.retelavoro.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import it.retelavoro.platform.DatabaseMode;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default installation: no {@code spring.datasource.url} given, so the application runs its own
 * PostgreSQL on {@code ./data/pg}, on the configured port unless another process holds it (then on a
 * port of its own, remembered in the data directory). The pool depends on the server, so Spring closes the pool first and
 * the server after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, properties.port(), true);
        log.info("PostgreSQL embedded avviato sulla porta {}, dati in {}", server.port(), server.dataDirectory());
        return server;
    }

    /** Takes {@code spring.datasource.hikari.*} (the connection timeout) like a pool Spring Boot builds. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.createDatabaseIfMissing(properties.databaseName()));
        dataSource.setUsername(server.username());
        dataSource.setPoolName("retelavoro");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Exposed so that other beans can tell they run on the embedded default. */
    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }

}
