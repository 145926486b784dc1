package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Catalogue versions read from the shipped and the test-only files, as the application reads them. */
final class CatalogueFixtures {

    static final String SHIPPED_FILE = "catalogue/versions/piemonte-2012.yaml";
    static final String TEST_VERSION_FILE = "catalogue/test-versions/piemonte-2027-test.yaml";

    private CatalogueFixtures() {
    }

    static String shippedYaml() {
        return resourceText(SHIPPED_FILE);
    }

    static CatalogueVersion shippedVersion() {
        return new CatalogueVersionReader().read(shippedYaml(), SHIPPED_FILE);
    }

    static CatalogueVersions shippedVersions() {
        return CatalogueVersions.of(shippedVersion());
    }

    /** The shipped version and the test-only later one, loaded from their files. */
    static CatalogueVersions shippedAndTestVersions() {
        return CatalogueVersions.load(List.of(resource(SHIPPED_FILE), resource(TEST_VERSION_FILE)));
    }

    static URL resource(String path) {
        return Objects.requireNonNull(CatalogueFixtures.class.getClassLoader().getResource(path), path);
    }

    static String resourceText(String path) {
        try (InputStream in = resource(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
