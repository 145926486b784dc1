package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry of versions: which one is in force on a day, and which versions it refuses. */
class CatalogueVersionsTest {

    private static final String SHIPPED = CatalogueFixtures.shippedYaml();

    @Test
    void finds_no_version_before_the_first_one_starts() {
        CatalogueVersions versions = CatalogueFixtures.shippedVersions();

        assertThat(versions.inForceOn(LocalDate.of(2011, 12, 31))).isEmpty();
        assertThat(versions.inForceOn(LocalDate.of(2012, 1, 1))).map(CatalogueVersion::id).contains("piemonte-2012");
        assertThat(versions.inForceOn(LocalDate.of(2099, 1, 1))).map(CatalogueVersion::id).contains("piemonte-2012");
    }

    @Test
    void a_later_version_closes_the_open_ended_one_the_day_before_it_starts() {
        CatalogueVersions versions = CatalogueFixtures.shippedAndTestVersions();

        assertThat(versions.all()).extracting(CatalogueVersion::id).containsExactly("piemonte-2012", "piemonte-2027-test");
        assertThat(versions.byId("piemonte-2012").orElseThrow().validTo()).contains(LocalDate.of(2026, 12, 31));
        assertThat(versions.byId("piemonte-2027-test").orElseThrow().validTo()).isEmpty();
        assertThat(versions.inForceOn(LocalDate.of(2026, 12, 31))).map(CatalogueVersion::id).contains("piemonte-2012");
        assertThat(versions.inForceOn(LocalDate.of(2027, 1, 1))).map(CatalogueVersion::id).contains("piemonte-2027-test");
    }

    @Test
    void keeps_old_versions_readable_with_their_own_rules() {
        CatalogueVersions versions = CatalogueFixtures.shippedAndTestVersions();

        assertThat(versions.byId("piemonte-2012").orElseThrow().service(ServiceCode.A2).mode(DeliveryMode.INDIVIDUAL)
                .orElseThrow().minMinutes()).hasValue(30);
        assertThat(versions.byId("piemonte-2027-test").orElseThrow().service(ServiceCode.A2).mode(DeliveryMode.INDIVIDUAL)
                .orElseThrow().minMinutes()).hasValue(45);
    }

    @Test
    void orders_versions_by_start_whatever_the_order_they_are_added_in() {
        CatalogueVersions versions = CatalogueVersions.of(version("v2020", "2020-01-01", null),
                version("v2012", "2012-01-01", null), version("v2016", "2016-07-01", null));

        assertThat(versions.all()).extracting(CatalogueVersion::id).containsExactly("v2012", "v2016", "v2020");
        assertThat(versions.byId("v2012").orElseThrow().validTo()).contains(LocalDate.of(2016, 6, 30));
        assertThat(versions.byId("v2016").orElseThrow().validTo()).contains(LocalDate.of(2019, 12, 31));
        assertThat(versions.inForceOn(LocalDate.of(2016, 6, 30))).map(CatalogueVersion::id).contains("v2012");
        assertThat(versions.inForceOn(LocalDate.of(2016, 7, 1))).map(CatalogueVersion::id).contains("v2016");
    }

    @Test
    void adding_a_version_leaves_the_registry_it_came_from_unchanged() {
        CatalogueVersions before = CatalogueFixtures.shippedVersions();

        CatalogueVersions after = before.withVersion(version("v2030", "2030-01-01", null));

        assertThat(before.all()).hasSize(1);
        assertThat(before.all().get(0).validTo()).isEmpty();
        assertThat(after.all()).hasSize(2);
    }

    @Test
    void leaves_no_version_in_force_in_a_gap_between_acts() {
        CatalogueVersions versions = CatalogueVersions.of(version("v2012", "2012-01-01", "2014-12-31"),
                version("v2016", "2016-01-01", null));

        assertThat(versions.inForceOn(LocalDate.of(2015, 6, 1))).isEmpty();
        assertThat(versions.inForceOn(LocalDate.of(2014, 12, 31))).map(CatalogueVersion::id).contains("v2012");
    }

    @Test
    void refuses_a_version_whose_id_is_already_registered() {
        CatalogueVersions versions = CatalogueFixtures.shippedVersions();

        assertThatThrownBy(() -> versions.withVersion(version("piemonte-2012", "2020-01-01", null)))
                .isInstanceOf(CatalogueVersionConflictException.class)
                .hasMessage("La versione piemonte-2012 è già registrata.");
    }

    @Test
    void refuses_two_versions_starting_the_same_day() {
        CatalogueVersions versions = CatalogueFixtures.shippedVersions();

        assertThatThrownBy(() -> versions.withVersion(version("altra", "2012-01-01", null)))
                .isInstanceOf(CatalogueVersionConflictException.class)
                .hasMessageContaining("entrano in vigore lo stesso giorno (2012-01-01)");
    }

    @Test
    void refuses_a_declared_end_that_reaches_into_the_next_version() {
        CatalogueVersions versions = CatalogueVersions.of(version("v2012", "2012-01-01", "2020-12-31"));

        assertThatThrownBy(() -> versions.withVersion(version("v2020", "2020-06-01", null)))
                .isInstanceOf(CatalogueVersionConflictException.class)
                .hasMessageContaining("v2012 è dichiarata in vigore fino al 2020-12-31")
                .hasMessageContaining("si sovrappongono");
    }

    @Test
    void loads_every_version_file_of_the_classpath_folder() {
        CatalogueVersions versions = CatalogueVersions.loadFromClasspath(getClass().getClassLoader());

        assertThat(versions.all()).extracting(CatalogueVersion::id).containsExactly("piemonte-2012");
    }

    @Test
    void loads_the_version_files_from_a_jar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("versions.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Folder entries, as Maven and Spring Boot write them.
            out.putNextEntry(new JarEntry("altre/"));
            out.putNextEntry(new JarEntry("altre/versioni/"));
            out.putNextEntry(new JarEntry("altre/versioni/piemonte-2012.yaml"));
            out.write(SHIPPED.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("altre/versioni/leggimi.txt"));
            out.write("not a version".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("altre/versioni/vecchie/v2000.yaml"));
            out.write("not read: a sub-folder".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
            CatalogueVersions versions = CatalogueVersions.loadFromClasspath(loader, "altre/versioni");

            assertThat(versions.all()).extracting(CatalogueVersion::id).containsExactly("piemonte-2012");
        }
    }

    @Test
    void refuses_to_start_from_a_classpath_folder_with_no_version() {
        assertThatThrownBy(() -> CatalogueVersions.loadFromClasspath(getClass().getClassLoader(), "catalogue/nessuna"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Nessuna versione del repertorio trovata nel classpath in catalogue/nessuna");
    }

    @Test
    void refuses_a_file_not_named_after_its_version(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("piemonte-2013.yaml");
        Files.writeString(file, SHIPPED);

        assertThatThrownBy(() -> CatalogueVersions.load(List.of(file.toUri().toURL())))
                .isInstanceOf(InvalidCatalogueVersionException.class)
                .hasMessageContaining("id: la versione piemonte-2012 deve stare nel file piemonte-2012.yaml");
    }

    @Test
    void refuses_loading_when_a_file_is_invalid_naming_the_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rotta.yaml");
        Files.writeString(file, "id: [");

        assertThatThrownBy(() -> CatalogueVersions.load(List.of(file.toUri().toURL())))
                .isInstanceOf(InvalidCatalogueVersionException.class)
                .hasMessageStartingWith("La versione del repertorio rotta.yaml non è valida");
    }

    static CatalogueVersion version(String id, String validFrom, String validTo) {
        String header = "id: \"" + id + "\"\n" + "validFrom: " + validFrom + "\n"
                + (validTo == null ? "" : "validTo: " + validTo + "\n");
        String yaml = SHIPPED.replace("id: \"piemonte-2012\"\n", "")
                .replace("validFrom: 2012-01-01 # to be confirmed against the D.G.R. of adoption\n", header);
        return new CatalogueVersionReader().read(yaml, id + ".yaml");
    }
}
