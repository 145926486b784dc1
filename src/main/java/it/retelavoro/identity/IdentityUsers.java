package it.retelavoro.identity;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.OperatorIdentities;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a verified login of a provider is (its ID token's signature, issuer, audience, expiry and nonce already
 * checked): for the registration {@code citizen} the citizen of the codice fiscale, at the level of assurance the
 * provider certified, refused below the minimum; for {@code operator} the account of the network linked to the
 * identity, refused when there is none. Each refusal is an {@link OAuth2AuthenticationException} whose code names
 * the {@link IdentityProblem}.
 */
@Component
class IdentityUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String CITIZEN = "citizen";
    static final String OPERATOR = "operator";

    /** SPID's form of the codice fiscale: the country's prefix, {@code TINIT-}. */
    private static final String SPID_PREFIX = "TINIT-";

    private final OidcUserService claims = new OidcUserService();
    private final IdentityProperties properties;
    private final OperatorIdentities operators;
    private final AuditLog audit;

    IdentityUsers(IdentityProperties properties, OperatorIdentities operators, AuditLog audit) {
        this.properties = properties;
        this.operators = operators;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        // the claims of the ID token, with those of the user info endpoint when the provider has one
        OidcUser user = claims.loadUser(request);
        return switch (request.getClientRegistration().getRegistrationId()) {
            case CITIZEN -> citizen(user);
            case OPERATOR -> operator(user);
            default -> throw IdentityProblem.FAILED.exception("Registrazione sconosciuta");
        };
    }

    private OidcUser citizen(OidcUser user) {
        IdentityProperties.Citizen rules = properties.citizen();
        int level = LevelsOfAssurance.level(user.getIdToken().getClaimAsString("acr"));
        if (level < rules.minimumLevel()) {
            audit.failed("CITIZEN_LOGIN", "CITIZEN", null, "level=" + level + " minimum=" + rules.minimumLevel());
            throw IdentityProblem.LEVEL_TOO_LOW.exception("Livello di sicurezza dell'accesso insufficiente");
        }
        String fiscalCode = fiscalCode(user).orElseThrow(() -> {
            audit.failed("CITIZEN_LOGIN", "CITIZEN", null, "fiscal-code=missing");
            return IdentityProblem.NO_FISCAL_CODE.exception("Codice fiscale assente o non valido");
        });
        Citizen citizen = new Citizen(fiscalCode, text(user, rules.givenNameClaim()),
                text(user, rules.familyNameClaim()), date(user, rules.birthDateClaim()), level);
        audit.success("CITIZEN_LOGIN", "CITIZEN", null, "level=" + level);
        return new CitizenUser(citizen, user.getIdToken(), user.getUserInfo());
    }

    private Optional<String> fiscalCode(OidcUser user) {
        return properties.citizen().fiscalNumberClaims().stream()
                .map(claim -> text(user, claim))
                .filter(value -> value != null)
                .findFirst()
                .map(value -> value.strip().toUpperCase(Locale.ROOT))
                .map(value -> value.startsWith(SPID_PREFIX) ? value.substring(SPID_PREFIX.length()) : value)
                .filter(FiscalCode::isValid);
    }

    private OidcUser operator(OidcUser user) {
        String identity = text(user, properties.operator().linkClaim());
        CurrentUser account = operators.linkedTo(identity).orElseThrow(() -> {
            audit.failed("OPERATOR_LOGIN", "USER", null, "identity=unlinked");
            return IdentityProblem.UNLINKED.exception("Identità non collegata a un account della rete");
        });
        return new OperatorUser(account, user.getIdToken(), user.getUserInfo());
    }

    private static String text(OidcUser user, String claim) {
        Object value = user.getClaims().get(claim);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static LocalDate date(OidcUser user, String claim) {
        String value = text(user, claim);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
