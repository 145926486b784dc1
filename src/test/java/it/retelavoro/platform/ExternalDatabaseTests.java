package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.RetelavoroApplication;
import it.retelavoro.support.TestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With SPRING_DATASOURCE_URL the application uses that database, seeds nothing, and needs an administrator. */
class ExternalDatabaseTests {

    static SpringApplicationBuilder application(String url, String... more) {
        String[] base = {"spring.datasource.url=" + url, "spring.datasource.username=" + TestDatabase.username(),
            "spring.datasource.password=", "server.port=0", "spring.main.banner-mode=off",
            "server.shutdown=immediate", "spring.jmx.enabled=false"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return new SpringApplicationBuilder(RetelavoroApplication.class).properties(all);
    }

    static String freshDatabase() {
        return TestDatabase.newDatabase("external_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    @Test
    void refuses_to_start_without_an_administrator_and_says_how_to_create_one() {
        String url = freshDatabase();
        assertThatThrownBy(() -> application(url).run().close())
                .hasStackTraceContaining("RETELAVORO_ADMIN_USERNAME")
                .hasStackTraceContaining("RETELAVORO_ADMIN_PASSWORD");
    }

    @Test
    void creates_the_first_administrator_from_the_environment_and_seeds_no_demo_data() {
        String url = freshDatabase();
        try (ConfigurableApplicationContext context = application(url,
                "retelavoro.admin.username=amministratrice", "retelavoro.admin.password=una-password-sicura").run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select role from user_account").query(String.class).list()).containsExactly("ADMIN");
            assertThat(jdbc.sql("select username from user_account").query(String.class).single())
                    .isEqualTo("amministratrice");
            assertThat(jdbc.sql("select kind from organisation").query(String.class).list()).containsExactly("REGION");
        }
        // A second start finds the administrator and needs the variables no more.
        try (ConfigurableApplicationContext context = application(url).run()) {
            assertThat(context.getBean(JdbcClient.class).sql("select count(*) from user_account")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
