package it.retelavoro.catalogue;

import java.time.LocalDate;

/**
 * A later act invented for the tests: the shipped version file, as an administrator would upload it (see
 * {@link UploadedVersionFiles}), whose {@code severities} make the complex targets' competences binding, as
 * an Atto d'indirizzo could. Only the data changes; no code.
 */
final class LaterActVersion {

    static final String ID = "atto-indirizzo-2031-test";
    static final LocalDate VALID_FROM = LocalDate.of(2031, 1, 1);

    private LaterActVersion() {
    }

    static String yaml() {
        return UploadedVersionFiles.replaceOnce(UploadedVersionFiles.shippedAs(ID, VALID_FROM),
                "\"targetComplessi.*\": ADVISORY", "\"targetComplessi.*\": BLOCKING");
    }

    static CatalogueVersion read() {
        return new CatalogueVersionReader().read(yaml(), ID + ".yaml");
    }
}
