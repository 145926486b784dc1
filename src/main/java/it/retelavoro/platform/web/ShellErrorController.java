package it.retelavoro.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every error the container forwards to {@code /error} (a 403 of the security filters, a 404 of
 * an unknown address, a 405, a 500): a page in the shell for a page request, whatever it accepts, and a
 * problem ({@code application/problem+json}) under {@code /api}. A 500 carries the error id logged with it.
 */
@Controller
class ShellErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ShellErrorController.class);

    private final ProblemResponses problems;

    ShellErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        HttpStatus status = statusOf(request);
        String errorId = status.is5xxServerError() ? errorIdOf(request) : null;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, problems.forStatus(status, errorId, locale));
            return null;
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("errorId", errorId);
        return page;
    }

    /** Called directly, {@code /error} has no error to show: nothing is here. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.NOT_FOUND : status;
    }

    private static String errorIdOf(HttpServletRequest request) {
        if (request.getAttribute(UnexpectedErrorFilter.ERROR_ID) instanceof String errorId) {
            return errorId; // already logged with it
        }
        String errorId = UUID.randomUUID().toString();
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        log.error("Errore inatteso {}: {}", errorId, exception instanceof Throwable e
                ? ApiExceptionHandler.describe(e) : "stato " + statusOf(request).value());
        return errorId;
    }
}
