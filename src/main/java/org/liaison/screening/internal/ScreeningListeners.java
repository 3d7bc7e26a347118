package org.liaison.screening.internal;

import org.liaison.persons.PersonExpired;
import org.liaison.persons.PersonRecorded;
import org.liaison.persons.WantedNoticeClosed;
import org.liaison.persons.WantedNoticeReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the persons module after each change commits: the index takes every person written, an own person is
 * screened against the partners' notices in force, a partner's notice against the own persons as it arrives, and a
 * notice no longer in force stops raising alerts. An expired person leaves the index.
 */
@Component
class ScreeningListeners {

    private final PersonIndex index;
    private final AutomaticScreening screening;

    ScreeningListeners(PersonIndex index, AutomaticScreening screening) {
        this.index = index;
        this.screening = screening;
    }

    /**
     * An own person is screened against the partners' notices in force; a partner's person (the one a notice wants)
     * has its notices in force screened again once it is in the index. Person indexing and notice screening are
     * separate listeners and may run in any order: without the second screen, a notice whose own screen ran before
     * our person was indexed, followed by our person's screen before the partner's person was indexed, raised no alert.
     * Whichever of the three runs last now finds the pair.
     */
    @ApplicationModuleListener
    void personRecorded(PersonRecorded event) {
        index.refresh(event.person()).ifPresent(p -> {
            if (event.own()) {
                screening.screenOwnPerson(p);
            } else {
                screening.screenNoticesAbout(p.id());
            }
        });
    }

    /**
     * At once after the expiry commits, in the expiring thread: when the supervisor sees the page again, a screen no
     * longer finds the person.
     */
    @TransactionalEventListener
    void personExpired(PersonExpired event) {
        index.forget(event.person());
    }

    @ApplicationModuleListener
    void noticeReceived(WantedNoticeReceived event) {
        screening.screenNotice(event.notice());
    }

    @ApplicationModuleListener
    void noticeClosed(WantedNoticeClosed event) {
        screening.noticeClosed(event.notice());
    }
}
