package it.retelavoro.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event publication registry with several instances (issue 19). An instance no longer republishes every
 * incomplete publication when it starts ({@code republish-outstanding-events-on-restart: false}): with two of them,
 * the publications another instance is still processing would run twice. Instead a listener that failed is marked
 * failed at once, one whose instance died mid-way is marked failed by the registry's staleness check
 * ({@code spring.modulith.events.staleness.*}), and this job, on one instance at a time, hands the failed ones to
 * their listeners again; the registry claims each publication before resubmitting it.
 */
@Component
class EventResubmission {

    private final FailedEventPublications failed;

    EventResubmission(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${retelavoro.events.resubmission-interval:PT5M}",
            initialDelayString = "${retelavoro.events.resubmission-initial-delay:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT15M", lockAtLeastFor = "PT10S")
    void resubmitFailed() {
        // every failed publication, a hundred at a time: the interval between runs is the time a failure is given to
        // pass (the registry's minimum age counts from the publication, not from the failure)
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(100));
    }
}
