package it.retelavoro.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses that answer JSON without a page session: the API, its document and {@code /status}, and the
 * actuator's probes (SecurityConfiguration's first chain reads no session for them either, issue 19).
 */
final class StatelessPaths {

    private StatelessPaths() {
    }

    /** Whether a failure here is answered as a problem ({@code application/problem+json}) rather than a page. */
    static boolean answersProblems(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/status") || path.startsWith("/v3/api-docs");
    }

    /** Whether the request must not look at the page session a cookie names (it lives in the database). */
    static boolean readsNoSession(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/actuator/") || path.equals("/status") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
