package it.retelavoro.catalogue;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The months the Region closed (issue 13, point 4): once a month is closed, no registration, back-dated
 * registration or cancellation dated in it may change its figures until an administrator reopens it, with a
 * reason. Every registering module asks {@link #requireOpen} (or {@link #requireRegistrable}, which also applies
 * the version's limit of back-dated registrations) before it writes an act that monitoring counts; it lives in
 * the catalogue because pathway, employer and referral may not depend on monitoring, which depends on them.
 *
 * <p>A registration holds the month's lock shared until it commits and a closure takes it exclusively, so a
 * closure waits for the registrations in progress and no registration slips into a month closed meanwhile.
 * Closing: analysts and administrators, only a month that has ended. Reopening: administrators, with a reason.
 * Both are audited ({@code PERIOD_CLOSED}, {@code PERIOD_REOPENED}); the acts stay in the table, append-only.
 */
@Service
@Transactional
public class RegistrationPeriods {

    /** The longest reason of a reopening (the column's length). */
    public static final int REASON_MAX = 500;
    static final String SOURCE_FIELD = "periodiChiusi";
    private static final String OBJECT = "PERIOD";

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    RegistrationPeriods(JdbcClient jdbc, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** A month and whether it is closed, with its last act (empty for a month never closed). */
    public record PeriodState(YearMonth month, boolean closed, Optional<Instant> lastActAt,
            Optional<String> reopeningReason) {
    }

    /** Whether the Region closed the month (and no administrator reopened it since). */
    @Transactional(readOnly = true)
    public boolean isClosed(YearMonth month) {
        return closedBetween(month, month).contains(month);
    }

    /**
     * Refuses an act dated in a closed month, with a {@link ViolationCode#PERIOD_CLOSED} violation on the
     * {@code date} field; otherwise holds the month's lock shared until the caller's transaction ends.
     *
     * @throws RuleViolationException when the month of the date is closed
     */
    @Transactional(readOnly = true)
    public void requireOpen(LocalDate date, Locale locale) {
        YearMonth month = YearMonth.from(date);
        lock(month, true);
        if (isClosed(month)) {
            Findings findings = new Findings(locale);
            findings.add(ViolationCode.PERIOD_CLOSED, "period-closed",
                    new RuleSource(Optional.empty(), SOURCE_FIELD, catalogue.inForceOn(date).map(CatalogueVersion::id)),
                    RequestField.DATE, DateTimeFormatter.ofPattern("MM/yyyy").format(month));
            throw new RuleViolationException(new Verdict(catalogue.inForceOn(date).map(CatalogueVersion::id),
                    findings.violations()));
        }
    }

    /**
     * As {@link #requireOpen}, and refuses an act dated more days before today than the version's
     * {@code backdatedRegistrationDays} ({@link ViolationCode#BACKDATED_TOO_FAR}): for the registrations that
     * are not deliveries judged by the {@link RuleEngine} (DID, Patto, PAI, events, vacancies, referrals).
     */
    @Transactional(readOnly = true)
    public void requireRegistrable(LocalDate date, Locale locale) {
        RuleViolationException.throwIfForbidden(
                catalogue.ruleEngine(locale).checkRegistrationDate(date, catalogue.today(), locale));
        requireOpen(date, locale);
    }

    /** The closed months from {@code from} to {@code to}, both included, in order. */
    @Transactional(readOnly = true)
    public Set<YearMonth> closedBetween(YearMonth from, YearMonth to) {
        return states(from, to).values().stream().filter(PeriodState::closed).map(PeriodState::month)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The closed months a period of days touches. */
    @Transactional(readOnly = true)
    public Set<YearMonth> closedBetween(LocalDate from, LocalDate to) {
        return closedBetween(YearMonth.from(from), YearMonth.from(to));
    }

    /** Every month from {@code from} to {@code to}, newest first, with its state: for the page. */
    @Transactional(readOnly = true)
    public List<PeriodState> months(YearMonth from, YearMonth to) {
        Map<YearMonth, PeriodState> states = states(from, to);
        List<PeriodState> months = new ArrayList<>();
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            months.add(states.getOrDefault(month, new PeriodState(month, false, Optional.empty(), Optional.empty())));
        }
        return months;
    }

    /**
     * Closes a month that has ended: analysts and administrators.
     *
     * @throws AccessDeniedException when the caller is an operator (audited)
     * @throws InvalidInputException on {@code month} when the month has not ended yet
     * @throws ConflictException     when the month is closed already
     */
    public PeriodState close(YearMonth month, CurrentUser caller) {
        if (!caller.seesWholeRegion()) {
            audit.denied("PERIOD_CLOSED", OBJECT, month);
            throw new AccessDeniedException("Solo la Regione chiude un mese");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw InvalidInputException.of("month", "catalogue.period.not-ended");
        }
        lock(month, false);
        if (isClosed(month)) {
            throw new ConflictException("catalogue.period.already-closed", List.of(month.toString()), null);
        }
        record(month, "CLOSED", null, caller.id());
        audit.success("PERIOD_CLOSED", OBJECT, month);
        return new PeriodState(month, true, Optional.of(clock.instant()), Optional.empty());
    }

    /**
     * Reopens a closed month: administrators only, with a reason, audited with it.
     *
     * @throws AccessDeniedException when the caller is not an administrator (audited)
     * @throws InvalidInputException on {@code reason} when it is missing or too long
     * @throws ConflictException     when the month is not closed
     */
    public PeriodState reopen(YearMonth month, String reason, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("PERIOD_REOPENED", OBJECT, month);
            throw new AccessDeniedException("Solo un amministratore riapre un mese chiuso");
        }
        var problems = new InvalidInputException.Collector();
        problems.require(reason != null && !reason.isBlank(), "reason", "validation.required");
        problems.maxLength(reason == null ? null : reason.strip(), REASON_MAX, "reason");
        problems.throwIfAny();
        lock(month, false);
        if (!isClosed(month)) {
            throw new ConflictException("catalogue.period.not-closed", List.of(month.toString()), null);
        }
        record(month, "REOPENED", reason.strip(), caller.id());
        audit.success("PERIOD_REOPENED", OBJECT, month, "reason=" + reason.strip());
        return new PeriodState(month, false, Optional.of(clock.instant()), Optional.of(reason.strip()));
    }

    private Map<YearMonth, PeriodState> states(YearMonth from, YearMonth to) {
        return jdbc.sql("""
                select distinct on (month) month, action, reason, acted_at
                  from registration_period_act
                 where month between :from and :to
                 order by month, id desc""")
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, row) -> new PeriodState(YearMonth.from(rs.getDate("month").toLocalDate()),
                        "CLOSED".equals(rs.getString("action")), Optional.of(rs.getTimestamp("acted_at").toInstant()),
                        Optional.ofNullable(rs.getString("reason"))))
                .list().stream().collect(Collectors.toMap(PeriodState::month, state -> state));
    }

    private void record(YearMonth month, String action, String reason, UserId by) {
        jdbc.sql("""
                insert into registration_period_act (month, action, reason, acted_by, acted_at)
                values (:month, :action, :reason, :by, :at)""")
                .param("month", Date.valueOf(month.atDay(1))).param("action", action).param("reason", reason)
                .param("by", by.value()).param("at", Timestamp.from(clock.instant())).update();
    }

    /** The month's lock: shared by the registrations dated in it, exclusive for its closure and reopening. */
    private void lock(YearMonth month, boolean shared) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        jdbc.sql("select " + (shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock")
                + "(hashtextextended(:key, 0))").param("key", "registration.month:" + month)
                .query((rs, row) -> Boolean.TRUE).single();
    }
}
