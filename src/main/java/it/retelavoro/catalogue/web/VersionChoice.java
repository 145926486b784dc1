package it.retelavoro.catalogue.web;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.time.LocalDate;
import java.util.Locale;

/** Which version a page or an API call reads: the one named, the one in force on a date, or today's. */
final class VersionChoice {

    static final String VERSION_OBJECT = "CATALOGUE_VERSION";

    private VersionChoice() {
    }

    /**
     * @throws InvalidInputException when both a version and a date are given
     * @throws NotFoundException     when the version is unknown, or none is in force on the date
     */
    static CatalogueVersion of(Catalogue catalogue, String versionId, LocalDate date) {
        boolean named = versionId != null && !versionId.isBlank();
        if (named && date != null) {
            throw InvalidInputException.of("version", "catalogue.api.version-or-date");
        }
        if (named) {
            return catalogue.versions().byId(versionId.strip())
                    .orElseThrow(() -> new NotFoundException(VERSION_OBJECT, versionId));
        }
        LocalDate day = date != null ? date : catalogue.today();
        return catalogue.inForceOn(day).orElseThrow(() -> new NotFoundException(VERSION_OBJECT, day));
    }

    /** The service code as written in a URL: {@code A2}, also {@code a2} or {@code A.2}. */
    static ServiceCode serviceCode(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT).replace(".", "");
        for (ServiceCode candidate : ServiceCode.values()) {
            if (candidate.name().equals(normalised)) {
                return candidate;
            }
        }
        throw new NotFoundException("CATALOGUE_SERVICE", code);
    }
}
