package it.retelavoro.identity;

/** What the page of a refused login says for the reason in its address. */
public final class IdentityProblems {

    private IdentityProblems() {
    }

    /** The message key of the reason; any reason not known reads as a login that failed. */
    public static String labelKey(String reason) {
        return IdentityProblem.of(reason).labelKey();
    }

    /** Whether the reason is a staff identity linked to no account. */
    public static boolean isUnlinked(String reason) {
        return IdentityProblem.of(reason) == IdentityProblem.UNLINKED;
    }
}
