package it.retelavoro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed is never edited: a database kept across restarts (the embedded default's data
 * directory, an instance) has run it, and Flyway refuses to start on a migration whose checksum changed or that
 * disappeared. The tests' databases are always new, so nothing else would notice. {@code landed-migrations.txt}
 * lists every landed migration with the checksum Flyway computes (CRC32 of its lines, without line ends).
 */
class LandedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void every_landed_migration_is_still_there_as_it_landed() throws IOException {
        List<String> changed = new ArrayList<>();
        List<String> listed = Files.readAllLines(Path.of("src/test/resources/landed-migrations.txt"));
        for (String line : listed) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            Path file = MIGRATIONS.resolve(parts[1]);
            if (!Files.exists(file)) {
                changed.add(parts[1] + " is gone");
            } else if (checksum(file) != Integer.parseInt(parts[0])) {
                changed.add(parts[1] + " was edited (checksum " + checksum(file) + ", landed as " + parts[0] + ")");
            }
        }
        assertThat(listed).as("the list of landed migrations").isNotEmpty();
        assertThat(changed).as("landed migrations must stay as they are: write a new one instead").isEmpty();
    }

    @Test
    void computes_the_checksum_as_flyway_does_whatever_the_line_ends() throws IOException {
        Path unix = Files.createTempFile("migration", ".sql");
        Path windows = Files.createTempFile("migration", ".sql");
        try {
            Files.writeString(unix, "create table t (id int);\ndrop table t;\n");
            Files.writeString(windows, "\uFEFFcreate table t (id int);\r\ndrop table t;\r\n");
            assertThat(checksum(unix)).isEqualTo(checksum(windows));
            CRC32 crc = new CRC32();
            crc.update("create table t (id int);".getBytes(StandardCharsets.UTF_8));
            crc.update("drop table t;".getBytes(StandardCharsets.UTF_8));
            assertThat(checksum(unix)).isEqualTo((int) crc.getValue());
        } finally {
            Files.delete(unix);
            Files.delete(windows);
        }
    }

    /** Flyway's checksum: the CRC32 of the file's lines in UTF-8, without their line ends or a leading BOM. */
    static int checksum(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
