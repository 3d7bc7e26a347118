package org.liaison.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A partner agency's word that a person in its records is the one an own wanted notice seeks: who confirmed it,
 * when, and the particulars of their record that they shared (none when their rules kept them back). Kept under the
 * partner's hit id; an officer here notes it once read.
 */
class PartnerConfirmation {

    @Id
    private final UUID id;
    private final UUID noticeId;
    private final String agency;
    private final String officer;
    private final String officerName;
    private final long confirmedMs;
    private final String note;
    private final double score;
    private final boolean withheld;
    private final List<PartnerConfirmationName> names;
    private final Sex sex;
    @Embedded.Nullable(prefix = "birth_")
    private final BirthDate birth;
    private final String nationality;
    private final List<PartnerConfirmationLine> lines;
    private final long receivedMs;
    private final UUID messageId;
    private String notedBy;
    private long notedMs;
    @Version
    private Integer version;

    @PersistenceCreator
    PartnerConfirmation(UUID id, UUID noticeId, String agency, String officer, String officerName, long confirmedMs,
                        String note, double score, boolean withheld, List<PartnerConfirmationName> names, Sex sex,
                        BirthDate birth, String nationality, List<PartnerConfirmationLine> lines, long receivedMs,
                        UUID messageId, String notedBy, long notedMs, Integer version) {
        this.id = id;
        this.noticeId = noticeId;
        this.agency = agency;
        this.officer = officer;
        this.officerName = officerName;
        this.confirmedMs = confirmedMs;
        this.note = note;
        this.score = score;
        this.withheld = withheld;
        this.names = names;
        this.sex = sex;
        this.birth = birth;
        this.nationality = nationality;
        this.lines = lines;
        this.receivedMs = receivedMs;
        this.messageId = messageId;
        this.notedBy = notedBy;
        this.notedMs = notedMs;
        this.version = version;
    }

    /** As received from {@code agency}; {@code messageId} is null for a demo record seeded as if received. */
    static PartnerConfirmation received(String agency, Wire.HitConfirmed w, UUID messageId, long now) {
        Wire.Person p = w.withheld() ? null : w.person();
        return new PartnerConfirmation(w.hit(), w.notice(), agency, w.officer(), w.officerName(), w.confirmedMs(),
                w.note() == null ? "" : w.note(), w.score(), w.withheld(),
                p == null ? List.of() : p.names().stream().map(PartnerConfirmationName::of).toList(),
                p == null ? null : p.sex(), p == null ? null : p.birthDate(), p == null ? null : p.nationality(),
                w.withheld() || w.evidence() == null ? List.of() : w.evidence().stream().map(PartnerConfirmationLine::of).toList(),
                now, messageId, "", 0, null);
    }

    /** Marks it read by an officer; false when someone had already. */
    boolean noted(String by, long now) {
        if (notedMs != 0) {
            return false;
        }
        this.notedBy = by;
        this.notedMs = now;
        return true;
    }

    ConfirmationView view() {
        return new ConfirmationView(id, new WantedNoticeId(noticeId), agency, officer, officerName,
                Instant.ofEpochMilli(confirmedMs), note, score, withheld,
                names.stream().map(PartnerConfirmationName::name).toList(), sex, birth, nationality,
                lines.stream().map(PartnerConfirmationLine::line).toList(), Instant.ofEpochMilli(receivedMs),
                messageId, notedBy, notedMs == 0 ? null : Instant.ofEpochMilli(notedMs));
    }

    UUID messageId() {
        return messageId;
    }
}
