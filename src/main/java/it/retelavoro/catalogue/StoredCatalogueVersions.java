package it.retelavoro.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions administrators uploaded, as the YAML text they were accepted as (table
 * {@code catalogue_version_upload}, append-only). Read at start-up, so it must wait for the migrations.
 */
@Repository
@DependsOnDatabaseInitialization
class StoredCatalogueVersions {

    /** One accepted upload. */
    record StoredVersion(UUID id, String versionId, String yaml, String uploadedBy, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    StoredCatalogueVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(StoredVersion version) {
        jdbc.sql("""
                insert into catalogue_version_upload (id, version_id, yaml, uploaded_by, uploaded_at)
                values (:id, :versionId, :yaml, :uploadedBy, :uploadedAt)
                """)
                .param("id", version.id())
                .param("versionId", version.versionId())
                .param("yaml", version.yaml())
                .param("uploadedBy", version.uploadedBy())
                .param("uploadedAt", Timestamp.from(version.uploadedAt()))
                .update();
    }

    /** Every upload, oldest first: the order they were registered in. */
    List<StoredVersion> all() {
        return jdbc.sql("""
                select id, version_id, yaml, uploaded_by, uploaded_at
                from catalogue_version_upload order by uploaded_at, id
                """)
                .query((rs, row) -> new StoredVersion(rs.getObject("id", UUID.class), rs.getString("version_id"),
                        rs.getString("yaml"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }
}
