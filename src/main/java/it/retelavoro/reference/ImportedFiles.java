package it.retelavoro.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reference files imported by administrators, stored whole so that a restart reads them again. */
@Component
class ImportedFiles {

    private final JdbcClient jdbc;

    ImportedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> content(ReferenceFile file) {
        return jdbc.sql("select content from reference_file where name = :name")
                .param("name", file.vocabulary()).query(String.class).optional();
    }

    void store(ReferenceFile file, String content, int rows, String username, Instant at) {
        jdbc.sql("""
                insert into reference_file (name, content, rows, imported_at, imported_by)
                values (:name, :content, :rows, :at, :by)
                on conflict (name) do update set content = excluded.content, rows = excluded.rows,
                    imported_at = excluded.imported_at, imported_by = excluded.imported_by
                """)
                .param("name", file.vocabulary()).param("content", content).param("rows", rows)
                .param("at", Timestamp.from(at)).param("by", username).update();
    }

    List<ReferenceData.ImportedFile> list() {
        return jdbc.sql("select name, rows, imported_at, imported_by from reference_file order by name")
                .query((rs, n) -> new ReferenceData.ImportedFile(
                        ReferenceFile.byVocabulary(rs.getString("name")).orElseThrow(), rs.getInt("rows"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by")))
                .list();
    }
}
