package it.retelavoro.portal;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.referral.Referral;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.referral.ReferralManagement;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.ClientAddresses;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-applications: received from the public board, then verified, referred or declined by the
 * organisation that handles the vacancy.
 *
 * <p>The answer to an applicant never depends on who they are: the codice fiscale is not looked up when the
 * application arrives, so the same response comes back whether the person is known to the network or not.
 * Applications are rate-limited per address and per vacancy; a filled honeypot field is accepted in
 * appearance and dropped.
 */
@Service
@Transactional
public class SelfApplications {

    private static final String OBJECT = "PORTAL_APPLICATION";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcClient jdbc;
    private final JobBoard board;
    private final EmployerDirectory employers;
    private final Vacancies vacancyRegistry;
    private final PersonDirectory persons;
    private final ReferralManagement referrals;
    private final AuditLog audit;
    private final FormTokens tokens;
    private final Clock clock;
    private final RateLimiter perAddress;
    private final RateLimiter perVacancy;
    private final SecureRandom random = new SecureRandom();

    SelfApplications(JdbcClient jdbc, JobBoard board, EmployerDirectory employers, Vacancies vacancyRegistry,
            PersonDirectory persons,
            ReferralManagement referrals, AuditLog audit, FormTokens tokens, Clock clock, RateLimits rateLimits,
            @Value("${retelavoro.portal.applications-per-address:5}") int perAddressLimit,
            @Value("${retelavoro.portal.applications-per-vacancy:50}") int perVacancyLimit) {
        this.jdbc = jdbc;
        this.board = board;
        this.employers = employers;
        this.vacancyRegistry = vacancyRegistry;
        this.persons = persons;
        this.referrals = referrals;
        this.audit = audit;
        this.tokens = tokens;
        this.clock = clock;
        this.perAddress = rateLimits.limiter("application-address", perAddressLimit, Duration.ofMinutes(10));
        this.perVacancy = rateLimits.limiter("application-vacancy", perVacancyLimit, Duration.ofMinutes(10));
    }

    /**
     * Receives an application to a vacancy on the board and returns its reference number. The per-address
     * limit counts every attempt; the per-vacancy quota counts accepted applications only, so that refused or
     * invalid requests cannot use it up against real applicants.
     *
     * @throws TooManyApplicationsException when the address sent too many lately, or the vacancy received too many
     * @throws NotFoundException            when the vacancy is not on the board
     * @throws InvalidInputException        every invalid field; a form token that is not good for this
     *                                      vacancy and holder, too old or used already
     */
    public String submit(VacancyId vacancyId, NewApplication application, Submission submission) {
        perAddress.acquire(ClientAddresses.hostKey(submission.clientAddress()));
        Vacancy vacancy = vacancyRegistry.findVacancy(vacancyId).filter(board::onTheBoard)
                .orElseThrow(() -> new NotFoundException("vacancy", vacancyId));
        // Every field's problem and the token's together: a missing field is said as such, whatever the token.
        var problems = problemsOf(application);
        try {
            tokens.verify(submission.formToken(), vacancyId, submission.tokenBinding());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> problems.add(problem.field(), problem.messageKey(),
                    problem.arguments().toArray()));
        }
        problems.throwIfAny();
        String vacancyKey = "vacancy:" + vacancyId.value();
        perVacancy.check(vacancyKey);
        tokens.consume(submission.formToken());
        String reference = reference();
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            // Same answer as a real application, nothing kept: the robot learns nothing.
            return reference;
        }
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jdbc.sql("""
                insert into portal_application (id, reference, vacancy_id, organisation_id, fiscal_code, first_name,
                    last_name, email, phone, cv_text, privacy_accepted_at, submitted_at, status, version)
                values (:id, :reference, :vacancy, :organisation, :fiscalCode, :firstName, :lastName, :email, :phone,
                    :cv, :at, :at, 'RECEIVED', 0)""")
                .param("id", id.value()).param("reference", reference).param("vacancy", vacancyId.value())
                .param("organisation", vacancy.organisationId().value())
                .param("fiscalCode", application.fiscalCode().strip().toUpperCase(Locale.ROOT))
                .param("firstName", application.firstName().strip()).param("lastName", application.lastName().strip())
                .param("email", blankToNull(application.email())).param("phone", blankToNull(application.phone()))
                .param("cv", application.cvText().strip()).param("at", Timestamp.from(clock.instant()))
                .update();
        perVacancy.record(vacancyKey);
        return reference;
    }

    /** The applications waiting for the caller's organisation (received or verified), oldest first. */
    @Transactional
    public List<SelfApplication> queue(CurrentUser caller) {
        requireOperator(caller, null);
        List<SelfApplication> queue = jdbc.sql("""
                select a.*, v.title from portal_application a join employer_vacancy_title v on v.id = a.vacancy_id
                where a.organisation_id = :organisation and a.status in ('RECEIVED', 'VERIFIED')
                order by a.submitted_at""")
                .param("organisation", caller.organisationId().value())
                .query((rs, n) -> read(rs)).list();
        audit.success("PORTAL_APPLICATION_READ", OBJECT, null, "rows=" + queue.size());
        return queue;
    }

    /** One application, for the organisation that handles its vacancy. */
    public SelfApplication application(ApplicationId id, CurrentUser caller) {
        SelfApplication application = load(id, caller, "PORTAL_APPLICATION_READ");
        audit.success("PORTAL_APPLICATION_READ", OBJECT, id);
        return application;
    }

    /**
     * Verifies an application: links it to the person the caller's organisation has in charge with the same
     * codice fiscale (who registers the person first when they are new to it).
     *
     * @throws InvalidInputException when the organisation has no person in charge with that codice fiscale
     */
    public SelfApplication verify(ApplicationId id, CurrentUser caller) {
        SelfApplication application = load(id, caller, "PORTAL_APPLICATION_VERIFY");
        requireStatus(application, ApplicationStatus.RECEIVED);
        List<PersonSummary> found = persons.search(application.fiscalCode(), null, caller);
        if (found.isEmpty()) {
            throw InvalidInputException.of("personId", "portal.verify.not-in-charge");
        }
        decide(id, ApplicationStatus.VERIFIED, caller, found.get(0).id(), null, null);
        audit.success("PORTAL_APPLICATION_VERIFY", OBJECT, id);
        return application(id, caller);
    }

    /** Turns a verified application into a referral of the linked person to the vacancy, dated today. */
    public Referral refer(ApplicationId id, CurrentUser caller) {
        return refer(id, null, caller, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * Turns a verified application into a referral of the linked person to the vacancy, dated today: an output
     * of the person's A6 of the day, or of one registered in back office with {@code minutes} (issue 13).
     */
    public Referral refer(ApplicationId id, Integer minutes, CurrentUser caller, java.util.Locale locale) {
        SelfApplication application = load(id, caller, "PORTAL_APPLICATION_REFER");
        requireStatus(application, ApplicationStatus.VERIFIED);
        Referral referral = referrals.refer(application.vacancyId(), application.personId().orElseThrow(),
                LocalDate.now(clock), null, minutes, caller, locale);
        decide(id, ApplicationStatus.REFERRED, caller, application.personId().get(), referral.id(), null);
        audit.success("PORTAL_APPLICATION_REFER", OBJECT, id);
        return referral;
    }

    /** Declines an application, with the reason. */
    public SelfApplication decline(ApplicationId id, String reason, CurrentUser caller) {
        SelfApplication application = load(id, caller, "PORTAL_APPLICATION_DECLINE");
        var problems = new InvalidInputException.Collector();
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason, SelfApplication.DECLINE_REASON_MAX, "reason");
        problems.throwIfAny();
        if (application.status() != ApplicationStatus.RECEIVED && application.status() != ApplicationStatus.VERIFIED) {
            throw new ConflictException("portal.application.decided", List.of(), null);
        }
        decide(id, ApplicationStatus.DECLINED, caller, application.personId().orElse(null), null, reason.strip());
        audit.success("PORTAL_APPLICATION_DECLINE", OBJECT, id);
        return application(id, caller);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static InvalidInputException.Collector problemsOf(NewApplication application) {
        var problems = new InvalidInputException.Collector();
        String code = application.fiscalCode();
        if (code == null || code.isBlank()) {
            problems.add("fiscalCode", "validation.required");
        } else if (!FiscalCode.isValid(code.strip().toUpperCase(Locale.ROOT))) {
            problems.add("fiscalCode", "portal.application.fiscal-code.invalid");
        }
        text(application.firstName(), "firstName", SelfApplication.FIRST_NAME_MAX, problems);
        text(application.lastName(), "lastName", SelfApplication.LAST_NAME_MAX, problems);
        text(application.cvText(), "cvText", SelfApplication.CV_TEXT_MAX, problems);
        String email = blankToNull(application.email());
        String phone = blankToNull(application.phone());
        if (email == null && phone == null) {
            problems.add("email", "portal.application.contact.required");
        }
        problems.require(email == null || (email.length() <= SelfApplication.EMAIL_MAX && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")),
                "email", "portal.application.email.invalid");
        problems.require(phone == null || phone.matches("\\+?[0-9 ]{6,20}"), "phone", "portal.application.phone.invalid");
        problems.require(application.privacyAccepted(), "privacyAccepted", "portal.application.privacy.required");
        return problems;
    }

    private static void text(String value, String field, int max, InvalidInputException.Collector problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "validation.required");
        } else if (value.strip().length() > max) {
            problems.add(field, "validation.too-long", max);
        }
    }

    private String reference() {
        StringBuilder code = new StringBuilder("RL-");
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private SelfApplication load(ApplicationId id, CurrentUser caller, String action) {
        requireOperator(caller, id);
        record Owned(SelfApplication application, UUID organisation) {
        }
        Owned owned = jdbc.sql("""
                select a.*, v.title from portal_application a join employer_vacancy_title v on v.id = a.vacancy_id where a.id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Owned(read(rs), rs.getObject("organisation_id", UUID.class)))
                .optional().orElseThrow(() -> new NotFoundException("application", id));
        if (!caller.organisationId().value().equals(owned.organisation())) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("Candidatura di una vacancy di un'altra organizzazione");
        }
        return owned.application();
    }

    private void requireOperator(CurrentUser caller, ApplicationId id) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied("PORTAL_APPLICATION_READ", OBJECT, id);
            throw new AccessDeniedException("Solo gli operatori trattano le candidature");
        }
    }

    private static void requireStatus(SelfApplication application, ApplicationStatus expected) {
        if (application.status() != expected) {
            throw new ConflictException("portal.application.wrong-status", List.of(), null);
        }
    }

    private void decide(ApplicationId id, ApplicationStatus status, CurrentUser caller, PersonId personId,
            ReferralId referralId, String reason) {
        jdbc.sql("""
                update portal_application set status = :status, person_id = :person, referral_id = :referral,
                    decline_reason = :reason, decided_by = :by, decided_at = :at, version = version + 1
                where id = :id""")
                .param("status", status.name()).param("person", personId == null ? null : personId.value())
                .param("referral", referralId == null ? null : referralId.value())
                .param("reason", reason).param("by", caller.id().value()).param("at", Timestamp.from(clock.instant()))
                .param("id", id.value()).update();
    }

    private static SelfApplication read(ResultSet rs) throws SQLException {
        return new SelfApplication(new ApplicationId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                new VacancyId(rs.getObject("vacancy_id", UUID.class)), rs.getString("title"), rs.getString("fiscal_code"),
                rs.getString("first_name"), rs.getString("last_name"), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("phone")), rs.getString("cv_text"),
                rs.getTimestamp("submitted_at").toInstant(), ApplicationStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getObject("person_id", UUID.class)).map(PersonId::new),
                Optional.ofNullable(rs.getString("decline_reason")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
