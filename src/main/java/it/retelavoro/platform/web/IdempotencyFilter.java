package it.retelavoro.platform.web;

import it.retelavoro.platform.web.IdempotentRequests.Answered;
import it.retelavoro.platform.web.IdempotentRequests.Claim;
import it.retelavoro.platform.web.IdempotentRequests.Claimed;
import it.retelavoro.platform.web.IdempotentRequests.InFlight;
import it.retelavoro.shared.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST that carries an idempotency key runs once per caller and key: a repeat with the same request
 * within 24 hours gets the first answer again and changes nothing.
 *
 * <ul>
 *   <li>JSON API ({@code /api/**}): the {@value #HEADER} header. The same key with another request is 422,
 *   while the first is still running 409 (problem+json). Answers below 500 are kept; after a server error
 *   the key is free again.</li>
 *   <li>Pages: the hidden {@value #FORM_FIELD} field that {@link IdempotencyKeyFormFields} puts in every POST
 *   form. Only a redirect (the success of post-redirect-get) is kept, so a form shown again with its errors
 *   can be corrected and sent; a double click waits for the first submission and follows the same
 *   redirect.</li>
 * </ul>
 * Runs after the security filters: the key belongs to the authenticated caller (or, for a public form, to
 * the session), so two callers never see each other's answers.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "_idempotency";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_STORED_BODY = 1 << 20;
    private static final int MAX_HASHED_BODY = 1 << 20;
    private static final long PAGE_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 50;

    private final IdempotentRequests requests;
    private final ProblemResponses problems;
    /** The submissions of pages running in this process, for a double click to wait on. */
    private final Map<String, CountDownLatch> running = new ConcurrentHashMap<>();

    IdempotencyFilter(IdempotentRequests requests, ProblemResponses problems) {
        this.requests = requests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = isApi(request);
        String key = api ? request.getHeader(HEADER) : formKey(request);
        Optional<String> caller = caller(request);
        if (key == null || caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            refuse(request, response, api, HttpStatus.BAD_REQUEST, "invalid-input",
                    "problem.idempotency-key-invalid.detail");
            return;
        }
        HttpServletRequest readable = api && !isForm(request)
                ? CachedBodyRequest.of(request, MAX_HASHED_BODY) : request;
        if (readable instanceof CachedBodyRequest cached && !cached.complete) {
            // larger than any request the API accepts: let it be refused there, without a key
            chain.doFilter(readable, response);
            return;
        }
        String hash = hash(readable);
        Claim claim = requests.claim(caller.get(), key, hash);
        if (claim instanceof InFlight && !api) {
            claim = awaitFirst(caller.get(), key, hash);
        }
        if (claim instanceof Claimed) {
            runFirst(readable, response, chain, caller.get(), key, api);
        } else if (claim instanceof Answered answered) {
            replay(answered, response);
        } else if (claim instanceof InFlight) {
            refuse(request, response, api, HttpStatus.CONFLICT, "idempotency-in-flight",
                    "problem.idempotency-in-flight.detail");
        } else {
            refuse(request, response, api, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "problem.idempotency-key-reused.detail");
        }
    }

    private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String caller, String key, boolean api) throws ServletException, IOException {
        String runningKey = caller + '\n' + key;
        CountDownLatch done = new CountDownLatch(1);
        running.put(runningKey, done);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            byte[] body = captured.getContentAsByteArray();
            if (keeps(status, captured, api) && body.length <= MAX_STORED_BODY) {
                requests.answer(caller, key, status, captured.getHeader(HttpHeaders.LOCATION),
                        captured.getContentType(), body);
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(caller, key);
            }
            running.remove(runningKey, done);
            done.countDown();
            captured.copyBodyToResponse();
        }
    }

    private static boolean keeps(int status, HttpServletResponse response, boolean api) {
        if (api) {
            return status < 500;
        }
        return (status >= 300 && status < 400) || response.getHeader("HX-Redirect") != null;
    }

    /** A double click: the first submission is running here; its redirect is the answer to this one too. */
    /**
     * A double click on a page: waits for the first submission of the key and returns its kept answer. The first
     * may run in this process (its latch is awaited: it may not be registered yet when the second arrives, right
     * after the first's claim) or in another instance (the database is polled). When the first ends keeping no
     * answer (a form shown again with its errors), the key is free and is claimed again; after
     * {@value #PAGE_WAIT_SECONDS} s it is still in flight.
     */
    private Claim awaitFirst(String caller, String key, String hash) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PAGE_WAIT_SECONDS);
        while (true) {
            Claim claim = requests.claim(caller, key, hash);
            long left = deadline - System.nanoTime();
            if (!(claim instanceof InFlight) || left <= 0) {
                return claim;
            }
            CountDownLatch first = running.get(caller + '\n' + key);
            try {
                if (first != null) {
                    first.await(left, TimeUnit.NANOSECONDS);
                } else {
                    Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claim;
            }
        }
    }

    private static void replay(Answered answered, HttpServletResponse response) throws IOException {
        response.setStatus(answered.status());
        if (answered.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answered.location());
        }
        if (answered.contentType() != null) {
            response.setContentType(answered.contentType());
        }
        response.setHeader(REPLAYED, "true");
        if (answered.body() != null && answered.body().length > 0) {
            response.setContentLength(answered.body().length);
            response.getOutputStream().write(answered.body());
        }
        response.flushBuffer();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, HttpStatus status,
            String type, String detailKey) throws IOException {
        if (api) {
            problems.send(request, response, status, type, detailKey);
        } else {
            response.sendError(status.value());
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    private static String formKey(HttpServletRequest request) {
        return request.getParameter(FORM_FIELD);
    }

    /** The authenticated user; for a public form the session it was rendered in; else none. */
    private static Optional<String> caller(HttpServletRequest request) {
        Optional<String> user = Callers.current().map(current -> "user:" + current.id().value());
        if (user.isPresent()) {
            return user;
        }
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session).map(found -> "session:" + found.getId());
    }

    /**
     * SHA-256 of what the request asks: method, path, query and body (of a form its fields but the keys, and
     * of each file its name and size).
     */
    static String hash(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?'
                + (request.getQueryString() == null ? "" : request.getQueryString()) + '\n')
                .getBytes(StandardCharsets.UTF_8));
        if (request instanceof CachedBodyRequest cached) {
            digest.update(cached.body);
            return HexFormat.of().formatHex(digest.digest());
        }
        Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
        fields.remove(FORM_FIELD);
        fields.remove("_csrf");
        fields.forEach((name, values) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            for (String value : values) {
                digest.update((byte) 0);
                digest.update(value.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
        });
        String type = request.getContentType();
        if (type != null && type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    digest.update((part.getName() + '\0' + part.getSubmittedFileName() + '\0' + part.getSize()
                            + '\n').getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
