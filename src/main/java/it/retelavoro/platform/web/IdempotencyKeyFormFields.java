package it.retelavoro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds to every POST form a hidden {@value IdempotencyFilter#FORM_FIELD} field with a key of its own, so
 * that a double click or a browser retry of that form is recognised by {@link IdempotencyFilter}. Wraps the
 * processor already in place (Spring Security's, which adds the CSRF token) rather than replacing it.
 * Thymeleaf asks it for every {@code <form th:action>}, first the action (with the method), then the
 * hidden fields.
 */
final class IdempotencyKeyFormFields implements RequestDataValueProcessor {

    private static final String POST_FORM = IdempotencyKeyFormFields.class.getName() + ".POST_FORM";

    private final RequestDataValueProcessor delegate;

    IdempotencyKeyFormFields(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        if ("post".equalsIgnoreCase(httpMethod)) {
            request.setAttribute(POST_FORM, Boolean.TRUE);
        } else {
            request.removeAttribute(POST_FORM);
        }
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
            request.removeAttribute(POST_FORM);
            fields.put(IdempotencyFilter.FORM_FIELD, UUID.randomUUID().toString());
        }
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
