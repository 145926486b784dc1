package it.retelavoro.employer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires vacancies past their date: every night, and once at start-up for the nights the system was off. */
@Component
class VacancyExpiry {

    private static final Logger log = LoggerFactory.getLogger(VacancyExpiry.class);

    private final VacancyStateChanges vacancies;

    VacancyExpiry(VacancyStateChanges vacancies) {
        this.vacancies = vacancies;
    }

    /**
     * On one instance at a time (issue 19): the lock is held at least a minute, longer than the instances' clocks
     * may differ, so that an instance whose tick comes a moment after another's finds the night's run done.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${retelavoro.employer.vacancy-expiry-cron:0 5 0 * * *}", zone = "Europe/Rome")
    @SchedulerLock(name = "vacancy-expiry", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${retelavoro.employer.vacancy-expiry-lock-at-least:PT1M}")
    public void expire() {
        int expired = vacancies.expireVacancies();
        log.info("Scadenza delle vacancy: {} scadute", expired);
    }
}
