package it.retelavoro.person;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.RecipientProfile;
import it.retelavoro.shared.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The special categories of data of persons, in their own tables. Only {@link SpecialCategoryData} uses this,
 * after deciding what the caller may see.
 */
@Component
class SpecialCategoryStore {

    private final JdbcClient jdbc;

    SpecialCategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything recorded: for the rule engine and for merging an update, never shown as is. */
    RecipientProfile of(PersonId person) {
        var recorded = jdbc.sql("select cultural_mediation, language from person_special_category where person_id = :id")
                .param("id", person.value())
                .query((rs, row) -> new Object[] {rs.getBoolean("cultural_mediation"), rs.getString("language")})
                .optional();
        boolean mediation = recorded.map(columns -> (Boolean) columns[0]).orElse(false);
        java.util.Optional<String> language = recorded.map(columns -> (String) columns[1]);
        Set<ComplexTarget> targets = EnumSet.noneOf(ComplexTarget.class);
        jdbc.sql("select target from person_complex_target where person_id = :id").param("id", person.value())
                .query(String.class).list().forEach(target -> targets.add(ComplexTarget.valueOf(target)));
        return new RecipientProfile(targets, mediation, language);
    }

    void record(PersonId person, RecipientProfile profile, UserId by, Instant at) {
        jdbc.sql("""
                insert into person_special_category (person_id, cultural_mediation, language, recorded_at, recorded_by)
                values (:id, :mediation, :language, :at, :by)
                on conflict (person_id) do update set cultural_mediation = excluded.cultural_mediation,
                    language = excluded.language, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """)
                .param("id", person.value()).param("mediation", profile.needsCulturalMediation())
                .param("language", profile.language().orElse(null))
                .param("at", Timestamp.from(at)).param("by", by.value()).update();
        jdbc.sql("delete from person_complex_target where person_id = :id").param("id", person.value()).update();
        for (ComplexTarget target : profile.targets()) {
            jdbc.sql("insert into person_complex_target (person_id, target) values (:id, :target)")
                    .param("id", person.value()).param("target", target.name()).update();
        }
    }
}
