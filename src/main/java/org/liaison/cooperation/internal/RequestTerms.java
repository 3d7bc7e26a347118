package org.liaison.cooperation.internal;

import java.util.UUID;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;

/**
 * What a request asks, checked.
 *
 * @param deadlineSource where the deadline comes from: an agreement's clause, the built-in default, or empty when
 *                       the officer set it
 * @param wantedNotice   the notice a provisional arrest is requested on, else null
 * @param relatedReport  a report the request refers to, else null (with its title in {@code relatedTitle})
 */
public record RequestTerms(RequestType type, String title, String body, Urgency urgency, long deadlineMs,
                           String deadlineSource, UUID wantedNotice, UUID relatedReport, String relatedTitle) {

    public RequestTerms {
        deadlineSource = deadlineSource == null ? "" : deadlineSource;
        relatedTitle = relatedTitle == null ? "" : relatedTitle;
    }
}
