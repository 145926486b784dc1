package it.retelavoro.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.OidcFlow;
import it.retelavoro.support.TestIdentityProvider;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logins through OpenID Connect against a real provider started in the test run (issue 17, point 1): the citizen's
 * SPID/CIE login and its refusals (a level too low, a token signed by another key, an expired one, a wrong nonce),
 * the staff's login linked to an account or refused, and the logout at the provider.
 */
@IntegrationTest
class IdentityLoginTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenLogsInWithSpidLevel2AndLandsOnTheirArea() {
        String code = FiscalCodes.random(LocalDate.of(1990, 4, 2), "F", "L219");
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        Map<String, String> asked = OidcFlow.query(atProvider);
        assertThat(atProvider.toString()).startsWith(TestIdentityProvider.issuer(TestIdentityProvider.CITIZEN_ISSUER));
        assertThat(asked).containsKeys("state", "nonce", "code_challenge");
        assertThat(asked.get("code_challenge_method")).isEqualTo("S256");
        assertThat(asked.get("acr_values")).isEqualTo("https://www.spid.gov.it/SpidL2");

        TestIdentityProvider.nextCitizen(code, "Giulia", "Verdi", "1990-04-02", 2);
        URI landed = browser.callback(browser.authorise(atProvider));

        assertThat(landed.getPath()).isEqualTo("/me");
        HttpResponse<String> area = browser.get("/me");
        assertThat(area.statusCode()).isEqualTo(200);
        assertThat(area.body()).contains("Giulia Verdi").contains("Non risulti ancora registrato");
        assertThat(lastDetail("CITIZEN_LOGIN", "SUCCESS")).isEqualTo("level=2");
    }

    @Test
    void aCitizenSeesOnlyTheirOwnArea() {
        OidcFlow browser = citizenLoggedIn();

        assertThat(browser.get("/desk/persons").statusCode()).isEqualTo(403);
        assertThat(OidcFlow.location(browser.get("/")).getPath()).isEqualTo("/me");
        // the API's session-less door does not know the citizen's session; the citizen's own does
        assertThat(browser.get("/api/v1/persons?fiscalCode=RSSMRA85M01L219I").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/v1/citizen/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginAtSpidLevel1IsRefused() {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        TestIdentityProvider.nextCitizen(FiscalCodes.random(LocalDate.of(1980, 1, 1), "M", "L219"), "Mario", "Neri",
                "1980-01-01", 1);
        URI landed = browser.callback(browser.authorise(atProvider));

        assertThat(landed.getPath()).isEqualTo("/login/identity-problem");
        assertThat(OidcFlow.query(landed)).containsEntry("reason", "level_too_low");
        assertThat(browser.get(landed).body()).contains("livello di sicurezza");
        assertThat(OidcFlow.location(browser.get("/me")).getPath()).isEqualTo("/login");
    }

    @Test
    void anIdTokenSignedByAnotherKeyIsRefused() throws Exception {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        URI back = browser.authorise(atProvider);
        RSAKey provider = JWKSet.load(TestIdentityProvider.server().jwksUrl(TestIdentityProvider.CITIZEN_ISSUER).url())
                .getKeys().get(0).toRSAKey();
        RSAKey forger = new RSAKeyGenerator(2048).keyID(provider.getKeyID()).generate();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(provider.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims(OidcFlow.query(atProvider).get("nonce"), 3600).build());
        token.sign(new RSASSASigner(forger));

        URI landed = answerWith(browser, back, token.serialize());

        assertThat(OidcFlow.query(landed)).containsEntry("reason", "login_failed");
        assertThat(lastDetail("OIDC_LOGIN", "FAILED")).isEqualTo("error=invalid_id_token");
        assertThat(OidcFlow.location(browser.get("/me")).getPath()).isEqualTo("/login");
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        URI back = browser.authorise(atProvider);
        String token = providerSigned(OidcFlow.query(atProvider).get("nonce"), -3600);

        URI landed = answerWith(browser, back, token);

        assertThat(OidcFlow.query(landed)).containsEntry("reason", "login_failed");
        assertThat(lastDetail("OIDC_LOGIN", "FAILED")).isEqualTo("error=invalid_id_token");
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        URI back = browser.authorise(atProvider);
        String token = providerSigned("not-the-nonce-of-this-login", 3600);

        URI landed = answerWith(browser, back, token);

        assertThat(OidcFlow.query(landed)).containsEntry("reason", "login_failed");
        assertThat(lastDetail("OIDC_LOGIN", "FAILED")).isEqualTo("error=invalid_nonce");
    }

    @Test
    void theProvidersOwnTokenWithTheRightNoncePassesTheSameRoute() {
        // the control of the three refusals above: the same route with a token the provider signed, in time and with
        // this login's nonce, logs the citizen in
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        URI back = browser.authorise(atProvider);
        String token = providerSigned(OidcFlow.query(atProvider).get("nonce"), 3600);

        URI landed = answerWith(browser, back, token);

        assertThat(landed.toString()).as(lastDetail("OIDC_LOGIN", "FAILED") + " " + token).endsWith("/me");
    }

    @Test
    void aStaffIdentityLinkedToNoAccountGetsAPageNotAnAccount() {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("operator");
        TestIdentityProvider.nextLogin(TestIdentityProvider.STAFF_ISSUER, "staff-" + UUID.randomUUID(),
                Map.of("preferred_username", "sconosciuto." + UUID.randomUUID()));
        URI landed = browser.callback(browser.authorise(atProvider));

        assertThat(OidcFlow.query(landed)).containsEntry("reason", "unlinked_identity");
        assertThat(browser.get(landed).body()).contains("non è collegata ad alcun account");
        assertThat(OidcFlow.location(browser.get("/desk/persons")).getPath()).isEqualTo("/login");
    }

    @Test
    void aStaffIdentityLinkedByAnAdministratorIsThatAccount() throws Exception {
        String identity = "mrossi-" + UUID.randomUUID();
        UUID account = jdbc.sql("select id from user_account where username = 'cpi.cuneo'").query(UUID.class).single();
        mvc.perform(put("/api/v1/users/" + account + "/identity-link").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"identityLink\": \"" + identity + "\"}"))
                .andExpect(status().isOk());
        try {
            OidcFlow browser = new OidcFlow(port);
            URI atProvider = browser.start("operator");
            TestIdentityProvider.nextLogin(TestIdentityProvider.STAFF_ISSUER, "staff-" + UUID.randomUUID(),
                    Map.of("preferred_username", identity));
            URI landed = browser.callback(browser.authorise(atProvider));

            assertThat(landed.getPath()).isEqualTo("/");
            HttpResponse<String> home = browser.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("cpi.cuneo");
            assertThat(browser.get("/me").statusCode()).isEqualTo(403);
        } finally {
            mvc.perform(put("/api/v1/users/" + account + "/identity-link").with(httpBasic("admin", "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"identityLink\": \"\"}"));
        }
    }

    @Test
    void onlyAnAdministratorLinksAnIdentity() throws Exception {
        UUID account = jdbc.sql("select id from user_account where username = 'cpi.cuneo'").query(UUID.class).single();
        mvc.perform(put("/api/v1/users/" + account + "/identity-link").with(httpBasic("cpi.torino", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"identityLink\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLogoutEndsTheSessionAtTheProviderToo() {
        OidcFlow browser = citizenLoggedIn();

        HttpResponse<String> out = browser.post("/logout", "/me", "");

        URI toProvider = OidcFlow.location(out);
        assertThat(toProvider.toString()).startsWith(TestIdentityProvider.server()
                .endSessionEndpointUrl(TestIdentityProvider.CITIZEN_ISSUER).toString());
        assertThat(OidcFlow.query(toProvider)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", browser.base() + "/login?logout");
        URI back = OidcFlow.location(browser.get(toProvider));
        assertThat(back.toString()).isEqualTo(browser.base() + "/login?logout");
        assertThat(OidcFlow.location(browser.get("/me")).getPath()).isEqualTo("/login");
    }

    @Test
    void theLoginPageOffersSpidAndCie() {
        String page = new OidcFlow(port).get("/login").body();
        assertThat(page).contains("Entra con SPID o CIE").contains("/oauth2/authorization/citizen")
                .contains("/oauth2/authorization/operator");
    }

    private OidcFlow citizenLoggedIn() {
        OidcFlow browser = new OidcFlow(port);
        URI atProvider = browser.start("citizen");
        TestIdentityProvider.nextCitizen(FiscalCodes.random(LocalDate.of(1975, 6, 6), "M", "L219"), "Paolo", "Bianchi",
                "1975-06-06", 2);
        assertThat(browser.callback(browser.authorise(atProvider)).getPath()).isEqualTo("/me");
        return browser;
    }

    /** The token endpoint answers the application's next request with this ID token. */
    private static URI answerWith(OidcFlow browser, URI back, String idToken) {
        TestIdentityProvider.nextTokenResponseWith(idToken);
        return browser.callback(back);
    }

    /** An ID token the provider signs with its own key, with this nonce, expiring in the seconds given. */
    private static String providerSigned(String nonce, long expiresIn) {
        String code = FiscalCodes.random(LocalDate.of(1988, 8, 8), "F", "L219");
        return TestIdentityProvider.server().issueToken(TestIdentityProvider.CITIZEN_ISSUER,
                TestIdentityProvider.CLIENT_ID, new DefaultOAuth2TokenCallback(TestIdentityProvider.CITIZEN_ISSUER,
                        "spid-" + UUID.randomUUID(), "JWT", List.of(TestIdentityProvider.CLIENT_ID),
                        Map.of("nonce", nonce, "acr", "https://www.spid.gov.it/SpidL2", "fiscalNumber", "TINIT-" + code,
                                "given_name", "Anna", "family_name", "Blu"),
                        expiresIn)).serialize();
    }

    private static JWTClaimsSet.Builder claims(String nonce, long expiresIn) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(TestIdentityProvider.issuer(TestIdentityProvider.CITIZEN_ISSUER))
                .subject("spid-" + UUID.randomUUID()).audience(TestIdentityProvider.CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(expiresIn)))
                .claim("nonce", nonce).claim("acr", "https://www.spid.gov.it/SpidL2")
                .claim("fiscalNumber", "TINIT-" + FiscalCodes.random(LocalDate.of(1988, 8, 8), "F", "L219"));
    }

    private String lastDetail(String action, String outcome) {
        return jdbc.sql("select detail from audit_event where action = :action and outcome = :outcome"
                        + " order by id desc limit 1")
                .param("action", action).param("outcome", outcome).query(String.class).single();
    }
}
