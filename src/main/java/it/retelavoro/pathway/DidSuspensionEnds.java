package it.retelavoro.pathway;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts back in force the DIDs suspended by a short contract once its planned end is past (issue 15): every night,
 * and once at start-up for the nights the system was off. A batch of changes at a time, each batch in a transaction.
 */
@Component
class DidSuspensionEnds {

    private static final Logger log = LoggerFactory.getLogger(DidSuspensionEnds.class);
    private static final int BATCH = 500;

    private final DidEmploymentEffects effects;
    private final Clock clock;

    DidSuspensionEnds(DidEmploymentEffects effects, Clock clock) {
        this.effects = effects;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 20 0 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "did-suspension-ends", lockAtMostFor = "PT30M")
    public void reinstate() {
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        int done;
        try {
            do {
                done = effects.reinstateEndedSuspensions(today, BATCH);
                total += done;
            } while (done == BATCH);
        } catch (RuntimeException e) {
            // the next night tries again; the start of the application does not depend on it
            log.warn("Ripristino delle DID sospese interrotto", e);
        }
        if (total > 0) {
            log.info("{} sospensioni della DID esaminate alla scadenza del contratto", total);
        }
    }
}
