package it.retelavoro.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * A catalogue version an administrator uploaded: which version, who uploaded it and when.
 *
 * @param versionId  the id of the version the upload holds
 * @param uploadedBy the username of the administrator
 * @param uploadedAt when it was accepted
 */
public record CatalogueVersionUpload(String versionId, String uploadedBy, Instant uploadedAt) {

    public CatalogueVersionUpload {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
