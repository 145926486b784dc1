package it.retelavoro.person;

import it.retelavoro.person.PersonEvents.PersonAnonymised;
import it.retelavoro.shared.PersonActivity;
import it.retelavoro.shared.RetentionTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention of the inactive persons (category {@code INACTIVE_PERSON}): a person registered before the cut-off,
 * whose record did not change since, and for whom no module acted since (each {@link PersonActivity} answers for its
 * own records), is anonymised. The registry keeps the row, which the statutory records of the pathway refer to, but
 * removes what identifies the person and the whole professional profile, the special categories, the consents and
 * the requests of rectification; then {@link PersonAnonymised} lets every other module remove what it holds.
 *
 * <p>A run anonymises at most {@code retelavoro.retention.inactive-persons-per-run} persons (the rest waits for the
 * next night), in batches of {@value #BATCH}, each in a transaction of its own (the locks of a batch, the registry's
 * and monitoring's, are released at its end): the candidates are read without a lock, the inactive ones locked and
 * checked again, and one being changed meanwhile is skipped, as it is active anyway.
 */
@Component
class InactivePersons implements RetentionTask {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final List<PersonActivity> activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int perRun;
    private final TransactionTemplate batches;

    InactivePersons(JdbcClient jdbc, List<PersonActivity> activities, ApplicationEventPublisher events, Clock clock,
            @Value("${retelavoro.retention.inactive-persons-per-run:20000}") int perRun,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
        this.perRun = perRun;
        this.batches = new TransactionTemplate(transactions);
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String category() {
        return "INACTIVE_PERSON";
    }

    @Override
    public int apply(Instant cutoff) {
        Instant now = clock.instant();
        int anonymised = 0;
        UUID after = new UUID(0, 0); // the smallest in PostgreSQL's order, which compares the bytes unsigned
        while (anonymised < perRun) {
            List<UUID> candidates = candidates(cutoff, after, BATCH);
            if (candidates.isEmpty()) {
                break;
            }
            after = candidates.get(candidates.size() - 1);
            List<UUID> inactive = inactive(candidates, cutoff);
            if (inactive.size() > perRun - anonymised) {
                inactive = inactive.subList(0, perRun - anonymised);
            }
            if (!inactive.isEmpty()) {
                List<UUID> batch = inactive;
                Integer done = batches.execute(status -> anonymise(batch, cutoff, now));
                anonymised += done == null ? 0 : done;
            }
        }
        return anonymised;
    }

    /** Of the candidates, those no module acted for since the cut-off. */
    private List<UUID> inactive(List<UUID> candidates, Instant cutoff) {
        Set<UUID> active = new HashSet<>();
        for (PersonActivity activity : activities) {
            List<UUID> unknown = candidates.stream().filter(id -> !active.contains(id)).toList();
            if (!unknown.isEmpty()) {
                active.addAll(activity.activeSince(unknown, cutoff));
            }
        }
        List<UUID> inactive = new ArrayList<>(candidates);
        inactive.removeAll(active);
        return inactive;
    }

    /**
     * Anonymises a batch in a transaction of its own (a night's run holds no lock on the whole registry): the persons
     * are locked and checked again, those changed in the meantime skipped; how many were anonymised.
     */
    private int anonymise(List<UUID> batch, Instant cutoff, Instant now) {
        List<UUID> locked = jdbc.sql(CANDIDATES + " and p.id = any(:ids) order by p.id for update of p skip locked")
                .param("ids", batch.toArray(UUID[]::new)).param("cutoff", Timestamp.from(cutoff))
                .query(UUID.class).list();
        if (locked.isEmpty()) {
            return 0;
        }
        anonymise(locked.toArray(UUID[]::new), now);
        locked.forEach(id -> events.publishEvent(new PersonAnonymised(new PersonId(id))));
        return locked.size();
    }

    /** The persons registered before the cut-off and inactive in the registry since. */
    private static final String CANDIDATES = """
            select p.id from person p
             where p.anonymised_at is null
               and p.registered_at < :cutoff and coalesce(p.changed_at, p.registered_at) < :cutoff
               and not exists (select 1 from person_transfer t where t.person_id = p.id and t.transferred_at >= :cutoff)
               and not exists (select 1 from person_consent c where c.person_id = p.id and c.recorded_at >= :cutoff)
               and not exists (select 1 from person_rectification_request r
                                where r.person_id = p.id and (r.state = 'OPEN' or r.answered_at >= :cutoff))
               and not exists (select 1 from person_assignment a where a.person_id = p.id and a.assigned_at >= :cutoff)
               and not exists (select 1 from person_special_category s
                                where s.person_id = p.id and s.recorded_at >= :cutoff)""";

    /** The next candidates in the order of their ids, not locked: most are still active in another module. */
    private List<UUID> candidates(Instant cutoff, UUID after, int limit) {
        return jdbc.sql(CANDIDATES + " and p.id > :after order by p.id limit :limit")
                .param("after", after).param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * Removes what identifies the persons: the codice fiscale becomes a token no valid code equals (an asterisk and a
     * number of a sequence, unique and unrelated to the person), the birth date its year's first day.
     */
    private void anonymise(UUID[] ids, Instant now) {
        for (String table : List.of("person_experience", "person_language", "person_driving_licence",
                "person_desired_occupation", "person_mobility_province", "person_consent",
                "person_rectification_request", "person_assignment", "person_complex_target",
                "person_special_category")) {
            jdbc.sql("delete from " + table + " where person_id = any(:ids)").param("ids", ids).update();
        }
        jdbc.sql("update person_transfer set reason = '' where person_id = any(:ids)").param("ids", ids).update();
        jdbc.sql("""
                update person
                   set fiscal_code = '*' || lpad(nextval('person_anonymised_seq')::text, 15, '0'),
                       fiscal_code_as_issued = '',
                       first_name = '', last_name = '', search_name = '', search_name_reversed = '',
                       birth_date = make_date(extract(year from birth_date)::int, 1, 1), birth_place = '',
                       residence_address = null, residence_comune = null, domicile_address = null,
                       domicile_comune = null, phone = null, email = null, matching_consent = false,
                       matching_consent_date = null, available_hours = null, max_km = null,
                       willing_to_relocate = false, fiscal_code_name_mismatch = false, anonymised_at = :now,
                       version = version + 1
                 where id = any(:ids)""")
                .param("ids", ids).param("now", Timestamp.from(now)).update();
        jdbc.sql("update person set fiscal_code_as_issued = fiscal_code where id = any(:ids)")
                .param("ids", ids).param("now", Timestamp.from(now)).update();
    }
}
