package it.retelavoro.monitoring;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Programme;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a regional programme per organisation and month, read from monitoring's own facts (the
 * deliveries' facts carry the programme and the minutes): hours delivered per service and their amount at the
 * programme's standard unit cost. Who sees what is as for the indicators: an operator their own organisation
 * (another one is refused and audited), analysts and administrators the region or the organisation they name.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeReports {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final AuditLog audit;

    ProgrammeReports(JdbcClient jdbc, Catalogue catalogue, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /**
     * The report of the programme in the period (from and to included, on the day of each delivery).
     *
     * @throws NotFoundException      unknown programme
     * @throws InvalidInputException  a date missing or from after to
     * @throws AccessDeniedException  an operator naming another organisation
     */
    public ProgrammeReport report(String code, LocalDate from, LocalDate to, Optional<OrganisationId> organisation,
            CurrentUser caller) {
        Programme programme = catalogue.programmes().byCode(code)
                .orElseThrow(() -> new NotFoundException("programme", code));
        ReportScope.requirePeriod(from, to);
        Optional<OrganisationId> scope = ReportScope.organisation(organisation, caller, audit,
                "MONITORING_PROGRAMME_REPORT");
        var statement = jdbc.sql("""
                select organisation_id, date_trunc('month', fact_date)::date as month, detail as service,
                    count(*) as deliveries, count(distinct person_id) as persons, coalesce(sum(minutes), 0) as minutes
                from monitoring_fact
                where kind = :kind and programme = :programme and fact_date between :from and :to
                    and reversed_at is null"""
                + scope.map(org -> " and organisation_id = :org").orElse("") + """

                group by organisation_id, date_trunc('month', fact_date), detail
                order by 2, 1, 3""")
                .param("kind", FactKind.DELIVERY.name()).param("programme", programme.code())
                .param("from", from).param("to", to);
        if (scope.isPresent()) {
            statement = statement.param("org", scope.get().value());
        }
        List<ProgrammeReport.Row> rows = statement.query((rs, row) -> {
            long minutes = rs.getLong("minutes");
            return new ProgrammeReport.Row(rs.getObject("organisation_id", UUID.class),
                    YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("service"),
                    rs.getLong("deliveries"), rs.getLong("persons"), minutes, hours(minutes),
                    amount(minutes, programme.hourlyRate()));
        }).list();
        long minutes = rows.stream().mapToLong(ProgrammeReport.Row::minutes).sum();
        BigDecimal amount = rows.stream().map(ProgrammeReport.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProgrammeReport(programme.code(), programme.name(), programme.hourlyRate(), from, to,
                scope.map(OrganisationId::value), rows, hours(minutes), amount);
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** The amount of the minutes at the hourly rate, computed on the minutes (not on rounded hours), to the cent. */
    static BigDecimal amount(long minutes, BigDecimal hourlyRate) {
        return BigDecimal.valueOf(minutes).multiply(hourlyRate).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
