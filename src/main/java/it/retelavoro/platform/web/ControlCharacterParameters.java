package it.retelavoro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters with a control character (NUL above all, which PostgreSQL refuses in text)
 * are refused with 400 before any controller: a problem naming the parameter on the API, the shell's
 * error page on the pages. The JSON bodies get the same check from {@link StrictJsonInput}.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterParameters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> controlCharacterParametersFilter(ProblemResponses problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(problems));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static Optional<String> offendingParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (StrictJsonInput.hasForbiddenControl(parameter.getKey())) {
                return Optional.of("?");
            }
            for (String value : parameter.getValue()) {
                if (value != null && StrictJsonInput.hasForbiddenControl(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }

    static final class Filter extends OncePerRequestFilter {

        private final ProblemResponses problems;

        Filter(ProblemResponses problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contentType = request.getContentType();
            if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
                chain.doFilter(request, response);
                return;
            }
            Optional<String> offending = offendingParameter(request.getParameterMap());
            if (offending.isEmpty()) {
                chain.doFilter(request, response);
            } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.invalidParameter(request, response, offending.get(), "validation.control-characters");
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }
}
