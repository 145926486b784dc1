package it.retelavoro.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** The network works on Italian time: dates of services are local dates in Rome. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    DemoData demoData(DatabaseMode mode, @Value("${retelavoro.demo-data:}") String explicit) {
        if (explicit == null || explicit.isBlank()) {
            return new DemoData(mode == DatabaseMode.EMBEDDED);
        }
        return new DemoData(Boolean.parseBoolean(explicit.strip()));
    }
}
