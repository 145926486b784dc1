package it.retelavoro.platform.database;

import it.retelavoro.platform.DatabaseMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** An external PostgreSQL given through {@code spring.datasource.*}: Spring Boot builds the pool. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseConfiguration.ExternalDatabaseCondition.class)
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EXTERNAL;
    }

    static class ExternalDatabaseCondition extends EmbeddedDatabaseCondition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
