package org.liaison.cooperation.internal;

import org.liaison.cooperation.ReportReceived;
import org.liaison.cooperation.RequestReceived;
import org.liaison.cooperation.ThreadAdvanced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells officers about what partners sent, once the inbox transaction that stored it has committed: a new report
 * or request goes to the supervisors of the unit it came to (who assign it), news in a thread to whoever handles it.
 */
@Component
class NotificationsOnArrival {

    private final Threads threads;

    NotificationsOnArrival(Threads threads) {
        this.threads = threads;
    }

    @ApplicationModuleListener
    void on(ReportReceived event) {
        threads.thread(event.report().value()).ifPresent(t -> threads.tellFollowers(t, Notifications.Kind.REPORT_RECEIVED));
    }

    @ApplicationModuleListener
    void on(RequestReceived event) {
        threads.thread(event.request().value()).ifPresent(t -> threads.tellFollowers(t, Notifications.Kind.REQUEST_RECEIVED));
    }

    @ApplicationModuleListener
    void on(ThreadAdvanced event) {
        threads.thread(event.thread()).ifPresent(t -> threads.tellFollowers(t, Notifications.Kind.THREAD_ADVANCED));
    }
}
