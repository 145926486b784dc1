package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two checkouts on one machine, both with the default settings: each instance must keep its own
 * database, whichever of the two gets the configured PostgreSQL port.
 */
class TwoInstancesTests {

    private static final Pattern STARTED = Pattern.compile("PostgreSQL embedded avviato sulla porta (\\d+), dati in (\\S+)");

    @TempDir
    Path workDirectory;

    @Test
    void two_instances_started_at_once_in_two_directories_with_the_same_port_keep_their_own_data() throws Exception {
        // The same configured port for both, as with the default 15432; a free one, so that the test never
        // meets a server someone else runs on this machine.
        int pgPort = ChildApplication.freePort();
        Path dataA = workDirectory.resolve("a/data/pg");
        Path dataB = workDirectory.resolve("b/data/pg");
        try (ChildApplication a = start("a", dataA, pgPort); ChildApplication b = start("b", dataB, pgPort)) {
            a.awaitReady(600); // two boots at once on a shared machine can be slow
            b.awaitReady(600);

            int portA = assertServesItsOwnDirectory(a, dataA);
            int portB = assertServesItsOwnDirectory(b, dataB);
            assertThat(List.of(portA, portB)).as("one of them on the configured port").contains(pgPort);
            assertThat(portA).isNotEqualTo(portB);

            String siteOfA = createSite(a, "Sede dell'istanza A");
            String siteOfB = createSite(b, "Sede dell'istanza B");
            assertThat(a.get("/api/v1/sites/" + siteOfA, "admin").statusCode()).isEqualTo(200);
            assertThat(b.get("/api/v1/sites/" + siteOfB, "admin").statusCode()).isEqualTo(200);
            assertThat(a.get("/api/v1/sites/" + siteOfB, "admin").statusCode()).isEqualTo(404);
            assertThat(b.get("/api/v1/sites/" + siteOfA, "admin").statusCode()).isEqualTo(404);
        }
    }

    private ChildApplication start(String name, Path dataDirectory, int pgPort) throws Exception {
        return ChildApplication.start(workDirectory.resolve(name + ".log"),
                "--retelavoro.embedded-database.data-directory=" + dataDirectory,
                "--retelavoro.embedded-database.port=" + pgPort);
    }

    /** The log names the instance's own directory, and the server on the logged port says the same. */
    private static int assertServesItsOwnDirectory(ChildApplication application, Path dataDirectory) throws Exception {
        Matcher started = STARTED.matcher(Files.readString(application.log));
        assertThat(started.find()).as("the start line in " + application.log).isTrue();
        String ownDirectory = dataDirectory.toRealPath().toString();
        assertThat(started.group(2)).isEqualTo(ownDirectory);
        int port = Integer.parseInt(started.group(1));
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/retelavoro", "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(ownDirectory);
        }
        return port;
    }

    private static String createSite(ChildApplication application, String name) throws Exception {
        String organisations = application.get("/api/v1/organisations", "admin").body();
        List<String> torino = JsonPath.read(organisations, "$[?(@.name == 'CPI Torino')].id");
        HttpResponse<String> created = application.post("/api/v1/organisations/" + torino.get(0) + "/sites", "admin",
                "{\"name\": \"" + name + "\", \"comune\": \"L219\", \"features\": []}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.id");
    }
}
