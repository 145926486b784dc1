package it.retelavoro.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programmes administrators uploaded, as the YAML text they were accepted as (table
 * {@code catalogue_programme_upload}, append-only). Read at start-up, so it must wait for the migrations.
 */
@Repository
@DependsOnDatabaseInitialization
class StoredProgrammes {

    /** One accepted upload. */
    record StoredProgramme(UUID id, String code, String yaml, String uploadedBy, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    StoredProgrammes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(StoredProgramme programme) {
        jdbc.sql("""
                insert into catalogue_programme_upload (id, programme, yaml, uploaded_by, uploaded_at)
                values (:id, :code, :yaml, :uploadedBy, :uploadedAt)
                """)
                .param("id", programme.id()).param("code", programme.code()).param("yaml", programme.yaml())
                .param("uploadedBy", programme.uploadedBy())
                .param("uploadedAt", Timestamp.from(programme.uploadedAt()))
                .update();
    }

    /** Every upload, oldest first. */
    List<StoredProgramme> all() {
        return jdbc.sql("""
                select id, programme, yaml, uploaded_by, uploaded_at
                from catalogue_programme_upload order by uploaded_at, id
                """)
                .query((rs, row) -> new StoredProgramme(rs.getObject("id", UUID.class), rs.getString("programme"),
                        rs.getString("yaml"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }
}
