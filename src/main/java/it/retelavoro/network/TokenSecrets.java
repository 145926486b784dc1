package it.retelavoro.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API token and its fingerprint. 32 random bytes leave nothing to guess, so a fast hash is
 * enough to store it (a password needs bcrypt because people choose guessable ones); the prefix lets secret
 * scanners and people recognise a leaked token.
 */
final class TokenSecrets {

    static final String PREFIX = "rtl_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token as the client sends it. */
    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether a string has the shape of a token: worth a database lookup at all. */
    static boolean looksLikeToken(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() == PREFIX.length() + 43
                && secret.chars().skip(PREFIX.length()).allMatch(TokenSecrets::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
