package org.liaison.retention.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the screening hits nobody confirmed once their period is over, every {@code liaison.retention.hit-purge-interval}
 * (first run one interval after start, so a node started for a moment changes nothing).
 */
@Component
class HitPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(HitPurgeJob.class);

    private final RetentionService retention;

    HitPurgeJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${liaison.retention.hit-purge-interval:PT6H}",
            initialDelayString = "${liaison.retention.hit-purge-interval:PT6H}")
    void run() {
        int deleted = retention.deleteOldHits(RetentionService.SYSTEM);
        if (deleted > 0) {
            log.info("Deleted {} unconfirmed screening hits past their retention period", deleted);
        }
    }
}
