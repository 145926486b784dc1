package it.retelavoro.platform.database;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read replica for the analysts' reports (issue 19), when {@code retelavoro.datasource.replica.url} is set:
 * its pool, the routing of the reports' read-only transactions to it, and its health. Without it nothing here
 * exists and everything runs on the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "retelavoro.datasource.replica", name = "url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReadReplicaConfiguration {

    /** The health of a replica that does not answer: the reports run on the primary, the instance serves on. */
    static final Status FALLBACK = new Status("FALLBACK", "Reports run on the primary: the replica does not answer");

    @Bean(destroyMethod = "close")
    ReadReplica readReplica(ReplicaProperties properties, Clock clock) {
        return new ReadReplica(properties, clock);
    }

    /** Wraps the application's data source, whichever configuration made it (embedded or external). */
    @Bean
    static BeanPostProcessor reportRouting(ObjectProvider<ReadReplica> replica) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if ("dataSource".equals(name) && bean instanceof DataSource primary
                        && !(bean instanceof ReportRoutingDataSource)) {
                    return new ReportRoutingDataSource(primary, replica::getObject);
                }
                return bean;
            }
        };
    }

    /**
     * {@code replica} in {@code /actuator/health}: UP while the reports run on it, FALLBACK (still HTTP 200, and
     * not part of readiness) while they run on the primary. The detail {@code standby} says whether it is in recovery.
     */
    @Bean
    HealthIndicator replicaHealthIndicator(ReadReplica replica) {
        return () -> replica.inRecovery()
                .map(standby -> Health.up().withDetail("reports", "replica").withDetail("standby", standby).build())
                .orElseGet(() -> Health.status(FALLBACK).withDetail("reports", "primary")
                        .withDetail("failure", replica.lastFailure().orElse("unknown")).build());
    }
}
