package it.retelavoro.monitoring;

import it.retelavoro.interop.CoEvents.CoApplied;
import it.retelavoro.interop.CoEvents.CoAttached;
import it.retelavoro.interop.CoEvents.CoCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps monitoring's copy of the employments in step with the Comunicazioni Obbligatorie. The events only say which
 * employment changed: each listener copies its current state ({@link EmploymentCopy#refresh}), so a retry, a
 * duplicate or an event handled after a later one leaves the copy as the work history is.
 */
@Component
class EmploymentListeners {

    private final EmploymentCopy employments;

    EmploymentListeners(EmploymentCopy employments) {
        this.employments = employments;
    }

    @ApplicationModuleListener
    void on(CoApplied event) {
        employments.refresh(event.employmentId());
    }

    @ApplicationModuleListener
    void on(CoCancelled event) {
        if (event.employmentId() != null) {
            employments.refresh(event.employmentId());
        }
    }

    @ApplicationModuleListener
    void on(CoAttached event) {
        event.employmentIds().forEach(employments::refresh);
    }
}
