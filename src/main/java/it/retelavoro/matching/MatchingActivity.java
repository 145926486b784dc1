package it.retelavoro.matching;

import it.retelavoro.shared.PersonActivity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Matching's part in the retention of the inactive persons (issue 17): a person is active here when preselected for
 * a vacancy, or asked for their availability, since. A preselection holds ids only; the copy of the occupations goes
 * with the profile when the registry anonymises the person ({@link MatchingOccupationListener}).
 */
@Component
class MatchingActivity implements PersonActivity {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    private final JdbcClient jdbc;

    MatchingActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> activeSince(Collection<UUID> persons, Instant since) {
        return new HashSet<>(jdbc.sql("""
                select distinct person_id from matching_preselection
                 where person_id = any(:ids) and (preselected_on >= :day or availability_checked_on >= :day)""")
                .param("ids", persons.toArray(UUID[]::new)).param("day", since.atZone(ITALY).toLocalDate())
                .query(UUID.class).list());
    }
}
