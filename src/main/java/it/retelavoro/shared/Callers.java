package it.retelavoro.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling: the user of the current request, read from the security context. */
public final class Callers {

    private Callers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedOperator principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The citizen of the current request, when a citizen logged in with SPID or CIE (issue 17). */
    public static Optional<Citizen> citizen() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedCitizen principal) {
            return Optional.of(principal.citizen());
        }
        return Optional.empty();
    }

    /** The caller of a request that security has already authenticated. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("Nessun utente autenticato"));
    }
}
