package it.retelavoro.person;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's consents, purpose by purpose, with their history (issue 17). Giving or withdrawing takes effect at
 * once: the consent to matching is the registry's flag the pools read, so a withdrawal takes the person out of
 * every vacancy's candidates in the same transaction. No access check here: the caller is the person themselves
 * (their area) or {@link PersonUpdates} for an operator; audited as {@code PERSON_CONSENT}.
 */
@Service
@Transactional
public class Consents {

    private final JdbcClient jdbc;
    private final PersonRepository persons;
    private final AuditLog audit;
    private final Clock clock;

    Consents(JdbcClient jdbc, PersonRepository persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The consent of each purpose as it stands: the last one recorded, or for matching the registry's flag when it
     * has no history yet (channel {@link ConsentChannel#REGISTRY}), or not given.
     */
    @Transactional(readOnly = true)
    public List<Consent> current(PersonId id) {
        Map<ConsentPurpose, Consent> latest = new LinkedHashMap<>();
        Arrays.stream(ConsentPurpose.values()).forEach(purpose -> latest.put(purpose, null));
        // newest first: the first of each purpose is its state (putIfAbsent replaces a null value)
        history(id).forEach(consent -> latest.putIfAbsent(consent.purpose(), consent));
        Person person = persons.findById(id).orElseThrow();
        return latest.entrySet().stream().map(entry -> entry.getValue() != null ? entry.getValue()
                : entry.getKey() == ConsentPurpose.MATCHING && person.matchingConsent()
                        ? new Consent(ConsentPurpose.MATCHING, true, registryDay(person), null, ConsentChannel.REGISTRY)
                        : new Consent(entry.getKey(), false, null, null, null))
                .toList();
    }

    /** Every consent given or withdrawn, newest first. */
    @Transactional(readOnly = true)
    public List<Consent> history(PersonId id) {
        return jdbc.sql("""
                select purpose, given, recorded_at, text_version, channel from person_consent
                where person_id = :person order by recorded_at desc, id desc
                """)
                .param("person", id.value())
                .query((rs, row) -> new Consent(ConsentPurpose.valueOf(rs.getString("purpose")), rs.getBoolean("given"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("text_version"),
                        ConsentChannel.valueOf(rs.getString("channel"))))
                .list();
    }

    /**
     * Gives or withdraws a consent, on the text in force. Recording the state it already has changes nothing and
     * returns it.
     */
    public Consent record(PersonId id, ConsentPurpose purpose, boolean given, ConsentChannel channel) {
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        Consent now = current(id).stream().filter(consent -> consent.purpose() == purpose).findFirst().orElseThrow();
        if (now.given() == given && now.at() != null) {
            return now;
        }
        Instant at = clock.instant();
        jdbc.sql("""
                insert into person_consent (person_id, purpose, given, recorded_at, text_version, channel)
                values (:person, :purpose, :given, :at, :version, :channel)
                """)
                .param("person", id.value()).param("purpose", purpose.name()).param("given", given)
                .param("at", Timestamp.from(at)).param("version", purpose.textVersion())
                .param("channel", channel.name())
                .update();
        if (purpose == ConsentPurpose.MATCHING && person.matchingConsent() != given) {
            person.consentToMatching(given, LocalDate.now(clock));
            persons.save(person);
        }
        audit.success("PERSON_CONSENT", PersonAccess.OBJECT, id, purpose + "=" + given + " channel=" + channel);
        return new Consent(purpose, given, at, purpose.textVersion(), channel);
    }

    /**
     * Erases the person's consents on their request (GDPR art. 17): every consent is withdrawn, the matching one
     * taking them out of the pools at once, and the history is deleted.
     */
    public void erase(PersonId id) {
        Person person = persons.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        if (person.matchingConsent()) {
            person.consentToMatching(false, LocalDate.now(clock));
            persons.save(person);
        }
        int rows = jdbc.sql("delete from person_consent where person_id = :person").param("person", id.value()).update();
        audit.success("PERSON_CONSENT_ERASED", PersonAccess.OBJECT, id, "rows=" + rows);
    }

    /** The history of an operator's change of the registry's flag, in the transaction of the change. */
    void recordedByOperator(PersonId id, boolean given) {
        jdbc.sql("""
                insert into person_consent (person_id, purpose, given, recorded_at, text_version, channel)
                values (:person, 'MATCHING', :given, :at, :version, 'OPERATOR')
                """)
                .param("person", id.value()).param("given", given).param("at", Timestamp.from(clock.instant()))
                .param("version", ConsentPurpose.MATCHING.textVersion())
                .update();
    }

    private Instant registryDay(Person person) {
        LocalDate day = person.details().matchingConsentDate();
        return day == null ? person.registeredAt() : day.atStartOfDay(clock.getZone()).toInstant();
    }
}
