package it.retelavoro.platform.web;

import it.retelavoro.platform.database.ReportReadScope;
import it.retelavoro.shared.ReportReads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * Puts the handlers marked {@link ReportReads} in the report scope for the time they run, so that their read-only
 * transactions may go to the read replica (issue 19); the scope ends with the handler, also when it goes async.
 */
class ReportReadsInterceptor implements AsyncHandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ReportReads.class)
                || method.getBeanType().isAnnotationPresent(ReportReads.class))) {
            ReportReadScope.enter();
        }
        return true;
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
            Object handler) {
        ReportReadScope.leave();
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        ReportReadScope.leave();
    }
}
