package it.retelavoro.citizen;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.RetentionTask;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.TransactionLocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wish to be contacted (issue 17): a citizen who has no record yet declares it from their area, with an e-mail
 * address or a phone number and the comune where they live; it waits in the queue of the CPI with a site in that
 * comune's province (the first by name when several), whose operators mark it handled once they called. The citizen
 * erases it when they want; the retention catalogue erases it a year after it was made ({@code CONTACT_REQUEST}).
 */
@Service
@Transactional
public class ContactRequests implements RetentionTask {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{6,20}");
    private static final String COLUMNS = """
            id, fiscal_code, given_name, family_name, email, phone, comune, message, organisation_id, requested_at,
            handled_at""";

    private static final int NAME_MAX = 100;

    private final JdbcClient jdbc;
    private final TransactionLocks locks;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AuditLog audit;
    private final Clock clock;

    ContactRequests(JdbcClient jdbc, TransactionLocks locks, NetworkManagement network, Comuni comuni,
            AuditLog audit, Clock clock) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.network = network;
        this.comuni = comuni;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Declares the wish, replacing an open one of the same citizen.
     *
     * @throws InvalidInputException when neither a valid e-mail nor a valid phone is given, the comune is unknown,
     *                               or no CPI has a site in its province
     */
    public ContactRequest declare(Citizen citizen, String email, String phone, String comune, String message) {
        var problems = new InvalidInputException.Collector();
        String mail = blankToNull(email);
        String tel = blankToNull(phone);
        String text = blankToNull(message);
        problems.require(mail != null || tel != null, "email", "citizen.contact.one-contact");
        problems.require(mail == null || EMAIL.matcher(mail).matches(), "email", "citizen.contact.email-invalid");
        problems.require(tel == null || PHONE.matcher(tel).matches(), "phone", "citizen.contact.phone-invalid");
        problems.maxLength(mail, ContactRequest.EMAIL_MAX, "email");
        problems.maxLength(text, ContactRequest.MESSAGE_MAX, "message");
        Optional<Comune> place = comune == null ? Optional.empty() : comuni.byCode(comune.strip().toUpperCase());
        problems.require(place.isPresent(), "comune", "citizen.contact.comune-required");
        problems.throwIfAny();
        OrganisationId cpi = cpiOf(place.get().provinceCode())
                .orElseThrow(() -> InvalidInputException.of("comune", "citizen.contact.no-cpi"));
        // two declarations of one citizen at once: the second waits for the first, then replaces it
        locks.lock("citizen.contact-request", citizen.fiscalCode());
        jdbc.sql("delete from citizen_contact_request where fiscal_code = :code and handled_at is null")
                .param("code", citizen.fiscalCode()).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into citizen_contact_request (id, fiscal_code, given_name, family_name, email, phone, comune,
                                                     message, organisation_id, requested_at)
                values (:id, :code, :given, :family, :email, :phone, :comune, :message, :organisation, :at)""")
                .param("id", id).param("code", citizen.fiscalCode()).param("given", name(citizen.givenName()))
                .param("family", name(citizen.familyName())).param("email", mail).param("phone", tel)
                .param("comune", place.get().belfioreCode()).param("message", text).param("organisation", cpi.value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.success("CITIZEN_CONTACT_REQUEST", "CONTACT_REQUEST", id);
        return find(id).orElseThrow();
    }

    /** The citizen's requests, newest first. */
    @Transactional(readOnly = true)
    public List<ContactRequest> of(Citizen citizen) {
        return jdbc.sql("select " + COLUMNS + " from citizen_contact_request where fiscal_code = :code"
                        + " order by requested_at desc")
                .param("code", citizen.fiscalCode()).query(this::row).list();
    }

    /** Erases the citizen's requests (GDPR art. 17). */
    public int erase(Citizen citizen) {
        int erased = jdbc.sql("delete from citizen_contact_request where fiscal_code = :code")
                .param("code", citizen.fiscalCode()).update();
        audit.success("CITIZEN_CONTACT_REQUEST_ERASED", "CONTACT_REQUEST", null, "rows=" + erased);
        return erased;
    }

    /** The open requests of the caller's CPI, oldest first. */
    @Transactional(readOnly = true)
    public List<ContactRequest> queue(CurrentUser caller) {
        requireCpiOperator(caller);
        List<ContactRequest> open = jdbc.sql("select " + COLUMNS + " from citizen_contact_request"
                        + " where organisation_id = :organisation and handled_at is null order by requested_at")
                .param("organisation", caller.organisationId().value()).query(this::row).list();
        audit.success("CITIZEN_CONTACT_QUEUE_READ", "CONTACT_REQUEST", null, "rows=" + open.size());
        return open;
    }

    /** The caller's CPI marks the request handled: the citizen was contacted. */
    public void handle(UUID id, CurrentUser caller) {
        requireCpiOperator(caller);
        int updated = jdbc.sql("""
                update citizen_contact_request set handled_at = :at, handled_by = :by
                where id = :id and organisation_id = :organisation and handled_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", caller.id().value()).param("id", id)
                .param("organisation", caller.organisationId().value()).update();
        if (updated == 0) {
            throw new NotFoundException("contact-request", id);
        }
        audit.success("CITIZEN_CONTACT_HANDLED", "CONTACT_REQUEST", id);
    }

    @Override
    public String category() {
        return "CONTACT_REQUEST";
    }

    @Override
    public int apply(Instant cutoff) {
        return jdbc.sql("delete from citizen_contact_request where requested_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    private Optional<OrganisationId> cpiOf(String province) {
        return network.serviceOrganisations().stream()
                .filter(organisation -> organisation.kind() == OrganisationKind.CPI)
                .filter(organisation -> network.sitesOf(organisation.id()).stream().map(Site::comuneCode)
                        .map(comuni::byCode).flatMap(Optional::stream)
                        .anyMatch(comune -> province.equals(comune.provinceCode())))
                .min(Comparator.comparing(Organisation::name))
                .map(Organisation::id);
    }

    private void requireCpiOperator(CurrentUser caller) {
        if (caller.role() != Role.OPERATOR || !caller.isCpi()) {
            audit.denied("CITIZEN_CONTACT_QUEUE_READ", "CONTACT_REQUEST", null);
            throw new AccessDeniedException("Solo gli operatori dei CPI");
        }
    }

    private Optional<ContactRequest> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from citizen_contact_request where id = :id").param("id", id)
                .query(this::row).optional();
    }

    private ContactRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        OrganisationId organisation = new OrganisationId(rs.getObject("organisation_id", UUID.class));
        return new ContactRequest(rs.getObject("id", UUID.class), rs.getString("fiscal_code"),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("comune"), rs.getString("message"),
                network.findOrganisation(organisation).map(Organisation::name).orElse(""),
                rs.getTimestamp("requested_at").toInstant(), handled == null ? null : handled.toInstant());
    }

    /** A name as the provider sent it, within the column. */
    private static String name(String value) {
        return value == null || value.length() <= NAME_MAX ? value : value.substring(0, NAME_MAX);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
