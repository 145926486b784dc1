package it.retelavoro.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * One real OpenID Connect provider (no.nav's mock-oauth2-server) for the whole test run, started with the test
 * database: the issuer {@code spid} plays the citizens' SPID/CIE broker, {@code staff} the Region's staff provider.
 * Non-interactive: the authorisation endpoint answers at once with a code, and the next ID token carries the claims
 * a test enqueued ({@link #nextLogin}).
 */
public final class TestIdentityProvider {

    public static final String CITIZEN_ISSUER = "spid";
    public static final String STAFF_ISSUER = "staff";
    public static final String CLIENT_ID = "retelavoro";

    private static MockOAuth2Server server;
    /** Token responses carrying an ID token a test forged (another key, expired, another nonce), answered by the token endpoint in turn. */
    private static final java.util.Queue<String> FORGED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private TestIdentityProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(new ForgedTokens());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "test-oidc-stop"));
        }
        return server;
    }

    public static String issuer(String issuerId) {
        return server().issuerUrl(issuerId).toString();
    }

    /** The next token the issuer hands out has this subject and these claims (besides nonce, iss, aud, exp). */
    public static void nextLogin(String issuerId, String subject, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims,
                3600));
    }

    /** A citizen with SPID: their codice fiscale in SPID's form, names, birth date and level. */
    public static void nextCitizen(String fiscalCode, String givenName, String familyName, String birthDate,
            int level) {
        nextLogin(CITIZEN_ISSUER, "spid-" + fiscalCode.toLowerCase(java.util.Locale.ROOT), Map.of(
                "fiscalNumber", "TINIT-" + fiscalCode, "given_name", givenName, "family_name", familyName,
                "birthdate", birthDate, "acr", "https://www.spid.gov.it/SpidL" + level));
    }

    /**
     * The token endpoint's next answer carries this ID token instead of one of its own: what a provider compromised or
     * a man in the middle would send.
     */
    public static void nextTokenResponseWith(String idToken) {
        String subject;
        try {
            subject = com.nimbusds.jwt.SignedJWT.parse(idToken).getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
        // a genuine access token of the same subject, so that the user info endpoint answers as it would
        String accessToken = server().issueToken(CITIZEN_ISSUER, CLIENT_ID,
                new DefaultOAuth2TokenCallback(CITIZEN_ISSUER, subject, "JWT", List.of(CLIENT_ID), Map.of(), 3600))
                .serialize();
        FORGED.add("""
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 3600, "id_token": "%s",
                 "scope": "openid"}""".formatted(accessToken, idToken));
    }

    /** The route that answers a token request with a forged ID token, when a test queued one; before the provider's own. */
    private static final class ForgedTokens implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token")
                    && !FORGED.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = FORGED.remove();
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    /** The Spring Boot properties that register both providers, as an installation would. */
    public static String[] properties() {
        return new String[] {
            "spring.security.oauth2.client.registration.citizen.client-id=" + CLIENT_ID,
            "spring.security.oauth2.client.registration.citizen.client-secret=secret",
            "spring.security.oauth2.client.registration.citizen.scope=openid,profile",
            "spring.security.oauth2.client.registration.citizen.provider=spid",
            "spring.security.oauth2.client.provider.spid.issuer-uri=" + issuer(CITIZEN_ISSUER),
            "spring.security.oauth2.client.registration.operator.client-id=" + CLIENT_ID,
            "spring.security.oauth2.client.registration.operator.client-secret=secret",
            "spring.security.oauth2.client.registration.operator.scope=openid,profile",
            "spring.security.oauth2.client.registration.operator.provider=staff",
            "spring.security.oauth2.client.provider.staff.issuer-uri=" + issuer(STAFF_ISSUER)};
    }
}
