package it.retelavoro.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time a public form was shown, signed so that it cannot be forged: a form sent back sooner than a
 * person can fill it, or with a token that was not issued here, is a robot's. The key is new at every start.
 */
@Component
public class FormTokens {

    private static final Duration MAX_AGE = Duration.ofHours(4);

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration minimumFillTime;

    FormTokens(Clock clock, @Value("${retelavoro.portal.minimum-fill-seconds:3}") long minimumFillSeconds) {
        this.clock = clock;
        this.minimumFillTime = Duration.ofSeconds(minimumFillSeconds);
        new SecureRandom().nextBytes(key);
    }

    /** A token for a form shown now. */
    public String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    /** Whether the token was issued here, long enough ago for a person to fill the form, and not too long ago. */
    public boolean acceptable(String token) {
        if (token == null || !token.matches("\\d{1,19}\\.[A-Za-z0-9_-]+")) {
            return false;
        }
        String millis = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), clock.instant());
        return age.compareTo(minimumFillTime) >= 0 && age.compareTo(MAX_AGE) <= 0;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
