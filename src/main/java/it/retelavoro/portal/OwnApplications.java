package it.retelavoro.portal;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-applications of the job board as the citizen who sent them sees them (issue 17): those sent with the
 * codice fiscale their identity provider vouched for, with the vacancy and where each stands; and their erasure on
 * request (GDPR art. 17), except for an application turned into a referral, which is the record of the service it
 * started. Audited as {@code PORTAL_APPLICATION_SELF_READ} and {@code PORTAL_APPLICATION_ERASED}.
 */
@Service
@Transactional
public class OwnApplications {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OwnApplications(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * One application as its sender sees it.
     *
     * @param declineReason why the organisation declined it, when it did
     */
    public record OwnApplication(UUID id, String reference, String vacancyTitle, Instant submittedAt,
            ApplicationStatus status, String declineReason) {

        /** Whether the sender may have it erased: any but one turned into a referral. */
        public boolean erasable() {
            return status != ApplicationStatus.REFERRED;
        }
    }

    /** The citizen's applications, newest first. */
    @Transactional(readOnly = true)
    public List<OwnApplication> of(Citizen citizen) {
        List<OwnApplication> found = jdbc.sql("""
                select a.id, a.reference, v.title, a.submitted_at, a.status, a.decline_reason
                from portal_application a join employer_vacancy_title v on v.id = a.vacancy_id
                where a.fiscal_code = :code order by a.submitted_at desc""")
                .param("code", code(citizen))
                .query((rs, n) -> new OwnApplication(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("title"), rs.getTimestamp("submitted_at").toInstant(),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getString("decline_reason")))
                .list();
        if (!found.isEmpty()) {
            audit.success("PORTAL_APPLICATION_SELF_READ", "PORTAL_APPLICATION", null, "rows=" + found.size());
        }
        return found;
    }

    /**
     * Erases one of the citizen's applications, with the curriculum and the contacts it carries.
     *
     * @throws NotFoundException     when the citizen sent no application with that id
     * @throws InvalidInputException when it was turned into a referral
     */
    public void erase(Citizen citizen, UUID id) {
        String status = jdbc.sql("select status from portal_application where id = :id and fiscal_code = :code"
                        + " for update")
                .param("id", id).param("code", code(citizen)).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("application", id));
        if (ApplicationStatus.valueOf(status) == ApplicationStatus.REFERRED) {
            throw InvalidInputException.of("application", "citizen.erasure.application-referred");
        }
        jdbc.sql("delete from portal_application where id = :id").param("id", id).update();
        audit.success("PORTAL_APPLICATION_ERASED", "PORTAL_APPLICATION", id, "on-request");
    }

    private static String code(Citizen citizen) {
        return citizen.fiscalCode().strip().toUpperCase(Locale.ROOT);
    }
}
