package it.retelavoro.pathway;

import it.retelavoro.person.PersonEvents.PersonAnonymised;
import it.retelavoro.shared.PersonActivity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pathway's part in the retention of the inactive persons (issue 17). A person is active here while a DID of
 * theirs is in force, or when anything of their pathway was recorded since (a DID's change, a service, a Patto or a
 * PAI and their events, training, an internship still running, a measure of conditionality, a change of employment).
 * When the registry anonymises a person, the statutory records stay (they are not erasable), without the free texts
 * that could name the person or their needs (notes, reasons), without the identity a DID kept for its certification
 * nor its national id, and the person leaves the caseloads.
 */
@Component
class PathwayRetention implements PersonActivity {

    private final JdbcClient jdbc;

    PathwayRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select person_id from pathway_did where person_id = any(:ids) and state <> 'REVOKED'
                union select d.person_id from pathway_did d join pathway_did_event e on e.did_id = d.id
                 where d.person_id = any(:ids) and e.recorded_at >= :since
                union select person_id from pathway_delivery where person_id = any(:ids) and recorded_at >= :since
                union select person_id from pathway_pact where person_id = any(:ids) and recorded_at >= :since
                union select person_id from pathway_action_plan where person_id = any(:ids) and recorded_at >= :since
                union select p.person_id from pathway_action_plan p
                  join pathway_action_plan_event e on e.action_plan_id = p.id
                 where p.person_id = any(:ids) and e.recorded_at >= :since
                union select person_id from pathway_training_event where person_id = any(:ids) and recorded_at >= :since
                union select person_id from pathway_internship
                 where person_id = any(:ids) and (recorded_at >= :since or ends_on >= cast(:since as date))
                union select person_id from pathway_conditionality_measure
                 where person_id = any(:ids) and (proposed_at >= :since or decided_at >= :since)
                union select person_id from pathway_did_employment_change
                 where person_id = any(:ids) and (created_at >= :since or decided_at >= :since)""")
                .param("ids", persons.toArray(UUID[]::new)).param("since", Timestamp.from(since))
                .query(UUID.class).list());
    }

    /** In the registry's transaction: the anonymisation is whole or not at all. */
    @EventListener
    void on(PersonAnonymised event) {
        UUID person = event.personId().value();
        jdbc.sql("update pathway_delivery set notes = null where person_id = :person and notes is not null")
                .param("person", person).update();
        jdbc.sql("""
                update pathway_action_plan set specific_need_text = null
                 where person_id = :person and specific_need_text is not null""").param("person", person).update();
        jdbc.sql("""
                update pathway_action_plan_event e set note = null
                  from pathway_action_plan p
                 where p.id = e.action_plan_id and p.person_id = :person and e.note is not null""")
                .param("person", person).update();
        jdbc.sql("""
                update pathway_did set fiscal_code = null, first_name = null, last_name = null, birth_date = null,
                       national_id = null
                 where person_id = :person""").param("person", person).update();
        // the reasons written by the operators, which may name the person or their circumstances
        for (String table : List.of("pathway_delivery", "pathway_pact", "pathway_action_plan",
                "pathway_training_event", "pathway_internship")) {
            jdbc.sql("update " + table + " set cancellation_reason = '' where person_id = :person"
                    + " and cancellation_reason is not null").param("person", person).update();
        }
        jdbc.sql("""
                update pathway_did_event e set reason = null from pathway_did d
                 where d.id = e.did_id and d.person_id = :person and e.reason is not null""")
                .param("person", person).update();
        jdbc.sql("""
                update pathway_conditionality_measure set withdrawal_reason = ''
                 where person_id = :person and withdrawal_reason is not null""").param("person", person).update();
        jdbc.sql("""
                update pathway_did_employment_change set reason = ''
                 where person_id = :person and reason is not null""").param("person", person).update();
        // out of the caseloads' counts as they are out of their lists
        jdbc.sql("delete from pathway_person_in_charge where person_id = :person").param("person", person).update();
        jdbc.sql("select pathway_desk_refresh(array[cast(:person as uuid)])").param("person", person)
                .query((rs, n) -> 1).list();
        jdbc.sql("delete from pathway_desk_due_action where person_id = :person").param("person", person).update();
    }
}
