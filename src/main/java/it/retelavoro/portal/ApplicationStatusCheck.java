package it.retelavoro.portal;

import it.retelavoro.person.FiscalCode;
import it.retelavoro.shared.ClientAddresses;
import it.retelavoro.shared.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant checks where their self-application stands with the reference number they received and their
 * codice fiscale (issue 14), without login.
 *
 * <p>The answer tells only whether the pair matches an application and, if it does, its state and the title of
 * the vacancy: nothing else the applicant wrote, nothing the organisation decided (not the reason of a decline).
 * It never says whether the reference or the codice fiscale alone is known, so that it cannot be used to learn
 * who applied. Checks are rate-limited per address, like the applications.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationStatusCheck {

    /** The reference numbers {@link SelfApplications} gives: {@code RL-} and ten letters or digits. */
    static final Pattern REFERENCE = Pattern.compile("RL-[A-Z0-9]{10}");
    /** Longest reference number a visitor may type. */
    public static final int REFERENCE_LENGTH = 13;

    private final JdbcClient jdbc;
    private final RateLimiter perAddress;

    ApplicationStatusCheck(JdbcClient jdbc, RateLimits rateLimits,
            @Value("${retelavoro.portal.status-checks-per-address:10}") int perAddressLimit) {
        this.jdbc = jdbc;
        this.perAddress = rateLimits.limiter("status-address", perAddressLimit, Duration.ofMinutes(10));
    }

    /**
     * The state of the application with this reference number sent with this codice fiscale, if there is one.
     *
     * @throws TooManyApplicationsException when the address checked too often lately (every attempt counts)
     * @throws InvalidInputException        when the reference number or the codice fiscale is missing or malformed
     */
    public Optional<ApplicationState> check(String reference, String fiscalCode, String clientAddress) {
        perAddress.acquire("status:" + ClientAddresses.hostKey(clientAddress));
        String ref = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        String code = fiscalCode == null ? "" : fiscalCode.strip().toUpperCase(Locale.ROOT);
        var problems = new InvalidInputException.Collector();
        if (ref.isEmpty()) {
            problems.add("reference", "validation.required");
        } else {
            problems.require(REFERENCE.matcher(ref).matches(), "reference", "portal.status.reference.invalid");
        }
        if (code.isEmpty()) {
            problems.add("fiscalCode", "validation.required");
        } else {
            problems.require(FiscalCode.isValid(code), "fiscalCode", "portal.application.fiscal-code.invalid");
        }
        problems.throwIfAny();
        return jdbc.sql("""
                select a.status, v.title from portal_application a join employer_vacancy_title v on v.id = a.vacancy_id
                where a.reference = :reference and a.fiscal_code = :fiscalCode""")
                .param("reference", ref).param("fiscalCode", code)
                .query((rs, n) -> new ApplicationState(ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("title")))
                .optional();
    }

    /**
     * What an applicant may learn of their application.
     *
     * @param status       where it stands
     * @param vacancyTitle the title of the vacancy it was sent to
     */
    public record ApplicationState(ApplicationStatus status, String vacancyTitle) {
    }
}
