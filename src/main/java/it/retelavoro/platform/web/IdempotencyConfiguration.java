package it.retelavoro.platform.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Idempotency keys: the filter that honours them on every POST, the hidden field of the pages' forms and
 * the header in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** After the security filters (order -100), which establish the caller the keys belong to. */
    static final int FILTER_ORDER = 0;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests requests,
            ProblemResponses problems) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(requests, problems));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /** Wraps the processor Spring Security registers for the CSRF field; static: a post-processor. */
    @Bean
    static BeanPostProcessor idempotencyKeyFormFields() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof RequestDataValueProcessor processor && !(bean instanceof IdempotencyKeyFormFields)
                        && "requestDataValueProcessor".equals(name)) {
                    return new IdempotencyKeyFormFields(processor);
                }
                return bean;
            }
        };
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> IdempotencyFilter.HEADER.equals(parameter.getName()));
            if (!declared && (isPost(handler.getMethodAnnotation(RequestMapping.class))
                    || handler.hasMethodAnnotation(PostMapping.class))) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                        .description("""
                                Optional, 1-200 printable characters chosen by the client (a UUID). The same key \
                                and the same request within 24 hours return the first response (status, body, \
                                Location; header Idempotent-Replayed: true) and register nothing again; the same \
                                key with another request is 422; while the first is still running, 409. \
                                Keys belong to the caller."""));
            }
            return operation;
        };
    }

    private static boolean isPost(RequestMapping mapping) {
        if (mapping == null) {
            return false;
        }
        for (RequestMethod method : mapping.method()) {
            if (method == RequestMethod.POST) {
                return true;
            }
        }
        return false;
    }
}
