package it.retelavoro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of the JSON API are at most {@value #MAX_BYTES} bytes: a larger one is refused with 413
 * before it is read (declared {@code Content-Length}) or as soon as it passes the limit (chunked). The
 * uploads (multipart, CSV, YAML: vocabularies and catalogue versions; XML and zip: the Comunicazioni
 * Obbligatorie) are not JSON and have their own limit, {@value #UPLOAD_MAX_BYTES} bytes, above the 5 MiB a
 * vocabulary file may have (documented in the README).
 */
@Configuration(proxyBeanMethods = false)
class JsonBodyLimit {

    static final int MAX_BYTES = 1024 * 1024;
    static final int UPLOAD_MAX_BYTES = 6 * 1024 * 1024;

    private static final List<String> UPLOAD_TYPES = List.of("multipart/", "text/csv", "text/plain",
            "application/yaml", "application/x-yaml", "text/yaml",
            // the Comunicazioni Obbligatorie of the regional node (issue 15): one XML document or a zip of many
            "application/xml", "text/xml", "application/zip", "application/x-zip-compressed");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> jsonBodyLimitFilter(ProblemResponses problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Thrown while reading a body that passes the limit; the API's handler answers 413. */
    static final class TooLargeException extends IOException {
        private final int max;

        TooLargeException(int max) {
            super("Request body over " + max + " bytes");
            this.max = max;
        }

        int max() {
            return max;
        }
    }

    static boolean isUpload(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return UPLOAD_TYPES.stream().anyMatch(type::startsWith);
    }

    static final class Filter extends OncePerRequestFilter {

        private final ProblemResponses problems;

        Filter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            int max = isUpload(request.getContentType()) ? UPLOAD_MAX_BYTES : MAX_BYTES;
            if (request.getContentLengthLong() > max) {
                problems.payloadTooLarge(request, response, max);
                return;
            }
            chain.doFilter(new Limited(request, max), response);
        }
    }

    /** Counts the bytes read and fails past the limit, for bodies without a declared length. */
    static final class Limited extends HttpServletRequestWrapper {

        private final int max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, int max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    static final class Counting extends ServletInputStream {

        private final ServletInputStream delegate;
        private final int max;
        private long count;

        Counting(ServletInputStream delegate, int max) {
            this.delegate = delegate;
            this.max = max;
        }

        private int counted(int read) throws TooLargeException {
            if (read > 0) {
                count += read;
                if (count > max) {
                    throw new TooLargeException(max);
                }
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return counted(delegate.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
