package it.retelavoro.portal;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tokens of the public forms (an application, a booking). A token is issued for one purpose (a vacancy, a
 * site) and one holder (the browser's
 * session for the page, the client's host for the JSON API), is good for one application within
 * {@link #MAX_AGE}, and is signed so that it cannot be forged. The key is kept in PostgreSQL, the same for every
 * instance (issue 19): a token one instance issued is good on another.
 *
 * <p>A token no longer refuses a form sent back quickly (issue 14): a browser's autofill completes the form in
 * a second, and a complete, valid application is not a robot's for its speed. The honeypot field and the rate
 * limits are what keep robots out.
 */
@Component
public class FormTokens {

    /** How long an issued token is good for. */
    public static final Duration MAX_AGE = Duration.ofHours(1);

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}\\.\\d{1,19}\\.[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    FormTokens(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = transactions == null ? null : new TransactionTemplate(transactions);
        if (ownTransaction != null) {
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
    }

    /** Tokens signed with a given key, without a database (the tests of the tokens alone). */
    static FormTokens withKey(byte[] key, Clock clock) {
        FormTokens tokens = new FormTokens(null, clock, null);
        tokens.key = key.clone();
        return tokens;
    }

    /**
     * The instances' shared key: made by the first that needs it, read by the others; in a transaction of its own,
     * so that a key is never kept here that a caller's rollback took out of the table.
     */
    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] candidate = new byte[32];
            random.nextBytes(candidate);
            known = ownTransaction.execute(status -> {
                jdbc.sql("insert into portal_form_token_key (id, signing_key) values (1, :key)"
                        + " on conflict (id) do nothing").param("key", candidate).update();
                return jdbc.sql("select signing_key from portal_form_token_key where id = 1").query(byte[].class)
                        .single();
            });
            key = known;
        }
        return known;
    }

    /** A token for an application to the vacancy, sent back by the holder named by {@code binding}. */
    public String issue(VacancyId vacancy, String binding) {
        return issue(vacancy.value().toString(), binding);
    }

    /**
     * A token for a form of the given purpose (a vacancy's application, a site's booking), sent back by the holder
     * named by {@code binding}.
     */
    public String issue(String purpose, String binding) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String head = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "." + clock.millis();
        return head + "." + sign(head, purpose, binding);
    }

    /** When a token issued now stops being good. */
    public Instant expiryOfNew() {
        return clock.instant().plus(MAX_AGE);
    }

    /**
     * Checks that the token was issued here for this vacancy and holder, within its age.
     *
     * @throws InvalidInputException on the field {@code formToken} otherwise
     */
    void verify(String token, VacancyId vacancy, String binding) {
        verify(token, vacancy.value().toString(), binding);
    }

    /** As {@link #verify(String, VacancyId, String)}, for a form of the given purpose. */
    void verify(String token, String purpose, String binding) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            throw InvalidInputException.of("formToken", "portal.application.token-invalid");
        }
        String head = token.substring(0, token.lastIndexOf('.'));
        String signature = token.substring(token.lastIndexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(head, purpose, binding).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw InvalidInputException.of("formToken", "portal.application.token-invalid");
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(head.substring(head.indexOf('.') + 1))),
                clock.instant());
        if (age.compareTo(MAX_AGE) > 0 || age.isNegative()) {
            throw InvalidInputException.of("formToken", "portal.application.token-expired");
        }
    }

    /**
     * Uses the token up, in the caller's transaction: the database refuses a second use, also from another
     * instance. Uses older than any token's age are forgotten on the way.
     *
     * @throws InvalidInputException on the field {@code formToken} when it was used already
     */
    void consume(String token) {
        Instant now = clock.instant();
        jdbc.sql("delete from portal_form_token where used_at < :horizon")
                .param("horizon", Timestamp.from(now.minus(MAX_AGE.multipliedBy(2)))).update();
        int inserted = jdbc.sql("insert into portal_form_token (nonce, used_at) values (:nonce, :at)"
                        + " on conflict (nonce) do nothing")
                .param("nonce", token.substring(0, token.indexOf('.'))).param("at", Timestamp.from(now)).update();
        if (inserted == 0) {
            throw InvalidInputException.of("formToken", "portal.application.token-used");
        }
    }

    private String sign(String head, String purpose, String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            String signed = head + "|" + purpose + "|" + (binding == null ? "" : binding);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                    signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
