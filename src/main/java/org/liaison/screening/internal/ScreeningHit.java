package org.liaison.screening.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.liaison.matching.NameMatch;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A possible match between a partner's wanted notice and one of the own agency's persons, found by screening, with
 * the score and the explanation; reviewed once by an officer: confirmed (the two records name one person) or
 * dismissed with a reason.
 */
class ScreeningHit {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Id
    private final UUID id;
    private final UUID noticeId;
    private final UUID noticePersonId;
    private final String noticeAgency;
    private boolean noticeActive;
    private final UUID personId;
    private final double score;
    /** The name on the notice and the own record's name that matched best. */
    private final String noticeName;
    private final String personName;
    private final List<ScreeningHitLine> lines;
    private HitStatus status;
    private final long foundMs;
    private final String foundBy;
    private String reviewedBy;
    private String reviewerName;
    private long reviewedMs;
    private String reviewNote;
    private UUID confirmationMessage;
    @Version
    private Integer version;

    @PersistenceCreator
    ScreeningHit(UUID id, UUID noticeId, UUID noticePersonId, String noticeAgency, boolean noticeActive, UUID personId,
                 double score, String noticeName, String personName, List<ScreeningHitLine> lines, HitStatus status,
                 long foundMs, String foundBy, String reviewedBy, String reviewerName, long reviewedMs,
                 String reviewNote, UUID confirmationMessage, Integer version) {
        this.id = id;
        this.noticeId = noticeId;
        this.noticePersonId = noticePersonId;
        this.noticeAgency = noticeAgency;
        this.noticeActive = noticeActive;
        this.personId = personId;
        this.score = score;
        this.noticeName = noticeName;
        this.personName = personName;
        this.lines = lines;
        this.status = status;
        this.foundMs = foundMs;
        this.foundBy = foundBy;
        this.reviewedBy = reviewedBy;
        this.reviewerName = reviewerName;
        this.reviewedMs = reviewedMs;
        this.reviewNote = reviewNote;
        this.confirmationMessage = confirmationMessage;
        this.version = version;
    }

    /**
     * A new hit. Its id follows from the notice and the person, so one pair is one hit however often it is found,
     * and the notice's owner knows the hit under the same id.
     *
     * @param match the comparison with the notice's name on the left and the own record's on the right
     */
    static ScreeningHit found(WantedNoticeId notice, PersonId noticePerson, String noticeAgency, PersonId person,
                              String noticeName, String personName, NameMatch match, String by, long now) {
        return new ScreeningHit(idOf(notice, person), notice.value(), noticePerson.value(), noticeAgency, true,
                person.value(), match.score(), noticeName, personName,
                match.evidence().stream().map(e -> ScreeningHitLine.of(EvidenceLine.of(e))).toList(), HitStatus.NEW, now, by, "", "", 0, "",
                null, null);
    }

    static UUID idOf(WantedNoticeId notice, PersonId person) {
        return UUID.nameUUIDFromBytes(("screening-hit:" + notice + ":" + person).getBytes(StandardCharsets.UTF_8));
    }

    /** Refused when the hit was reviewed already: a review stands. Says who reviewed it and when, in {@code zone}. */
    void checkOpen(ZoneId zone) {
        if (status != HitStatus.NEW) {
            throw ScreeningRefused.conflict("screening.hit.error.reviewed",
                    Text.term("screening.status." + status), reviewerName.isEmpty() ? reviewedBy : reviewerName,
                    TIME.format(Instant.ofEpochMilli(reviewedMs).atZone(zone)));
        }
    }

    void confirm(Reviewer reviewer, String note, UUID message) {
        review(HitStatus.CONFIRMED, reviewer, note);
        this.confirmationMessage = message;
    }

    void dismiss(Reviewer reviewer, String reason) {
        review(HitStatus.DISMISSED, reviewer, reason);
    }

    /** Who reviews, when, and the node's zone for the refusal's wording. */
    /** The same hit as found at {@code ms}: a demo hit from the history before the node started. */
    ScreeningHit foundAt(long ms) {
        return new ScreeningHit(id, noticeId, noticePersonId, noticeAgency, noticeActive, personId, score, noticeName,
                personName, lines, status, ms, foundBy, reviewedBy, reviewerName, reviewedMs, reviewNote,
                confirmationMessage, version);
    }

    record Reviewer(String username, String fullName, long at, ZoneId zone) {
    }

    private void review(HitStatus to, Reviewer r, String note) {
        checkOpen(r.zone());
        this.status = to;
        this.reviewedBy = r.username();
        this.reviewerName = r.fullName();
        this.reviewNote = note;
        this.reviewedMs = r.at();
    }

    HitView view() {
        return new HitView(id, new WantedNoticeId(noticeId), new PersonId(noticePersonId), noticeAgency, noticeActive,
                new PersonId(personId), score, noticeName, personName,
                lines.stream().map(ScreeningHitLine::line).toList(), status, Instant.ofEpochMilli(foundMs), foundBy,
                reviewedBy, reviewerName, reviewedMs == 0 ? null : Instant.ofEpochMilli(reviewedMs), reviewNote,
                confirmationMessage);
    }

    UUID id() {
        return id;
    }

    WantedNoticeId notice() {
        return new WantedNoticeId(noticeId);
    }

    String noticeAgency() {
        return noticeAgency;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    double score() {
        return score;
    }

    List<ScreeningHitLine> lines() {
        return List.copyOf(lines);
    }

    long foundMs() {
        return foundMs;
    }

    HitStatus status() {
        return status;
    }
}
