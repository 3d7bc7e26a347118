package org.liaison.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;

/** What is due, per record type, as the retention page shows it; overdue first within each list. */
public record RetentionOverview(List<DueNotice> notices, List<DuePerson> persons, List<DueHit> hits, LocalDate today,
                                RetentionProperties policy) {

    /** The last "keep" recorded for a record, and the next review date it set. */
    public record LastReview(LocalDate on, String by, String reason, LocalDate next) {
    }

    public record DueNotice(WantedNoticeId id, PersonId person, String personName, String warrantReference,
                            LocalDate issued, LocalDate reviewOn, boolean overdue, List<String> sharedWith,
                            LastReview lastReview) {
    }

    public record DuePerson(PersonId id, String name, LocalDate lastChanged, LocalDate reviewOn, boolean overdue,
                            LastReview lastReview) {
    }

    /** A hit nobody confirmed: deleted on {@code deleteOn} (or at the next run, when overdue). */
    public record DueHit(UUID id, String status, LocalDate found, LocalDate deleteOn, boolean overdue) {
    }

    public boolean empty() {
        return notices.isEmpty() && persons.isEmpty() && hits.isEmpty();
    }
}
