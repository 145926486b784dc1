package it.retelavoro.interop.co;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader of request bodies (default limits: 1,000 entries, 16 MiB uncompressed) and the CO code tables. */
@Configuration(proxyBeanMethods = false)
class CoConfiguration {

    @Bean
    CoBatchReader coBatchReader() {
        return new CoBatchReader();
    }

    @Bean
    CoCodeTables coCodeTables() {
        return CoCodeTables.shipped();
    }
}
