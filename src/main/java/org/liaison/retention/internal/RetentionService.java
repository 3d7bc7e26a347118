package org.liaison.retention.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonRetention;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.PersonUses;
import org.liaison.persons.Persons;
import org.liaison.persons.RetentionRefused;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.retention.internal.RetentionOverview.DueHit;
import org.liaison.retention.internal.RetentionOverview.DueNotice;
import org.liaison.retention.internal.RetentionOverview.DuePerson;
import org.liaison.retention.internal.RetentionOverview.LastReview;
import org.liaison.screening.ScreeningRetention;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention policy ({@link RetentionProperties}) applied to the own records: what is due for review, a
 * supervisor's "keep" (a review with a reason that sets the next review date), withdrawal of a notice, expiry of a
 * person, and the deletion of old unconfirmed screening hits. Every action is an audit line; a refused one changes
 * nothing.
 */
@Service
public class RetentionService {

    /** The reader named in the audit log for the scheduled deletion of hits. */
    public static final String SYSTEM = "system:retention";

    static final String NOTICE = "notice";
    static final String PERSON = "person";

    private final PersonRetention records;
    private final Persons persons;
    private final ScreeningRetention hits;
    private final JdbcClient db;
    private final AuditLog audit;
    private final NodeProperties node;
    private final RetentionProperties policy;

    RetentionService(PersonRetention records, Persons persons, ScreeningRetention hits, JdbcClient db, AuditLog audit,
                     NodeProperties node, RetentionProperties policy) {
        this.records = records;
        this.persons = persons;
        this.hits = hits;
        this.db = db;
        this.audit = audit;
        this.node = node;
        this.policy = policy;
    }

    /**
     * What falls due by {@code today + dueSoonDays}. Showing a person's name is an audited read by {@code reader};
     * persons that another record still uses are not listed (they are kept by that record).
     */
    @Transactional
    public RetentionOverview overview(CurrentOfficer reader) {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(policy.dueSoonDays());
        Map<String, LastReview> last = lastReviews();

        List<DueNotice> notices = records.ownActiveNoticesIssuedBefore(start(horizon.minusYears(policy.noticeReviewYears())))
                .stream()
                .map(n -> {
                    LastReview review = last.get(key(NOTICE, n.notice().value()));
                    LocalDate due = later(date(n.issued()).plusYears(policy.noticeReviewYears()), review);
                    return new DueNotice(n.notice(), n.person(), name(n.person(), reader), n.warrantReference(),
                            date(n.issued()), due, due.isBefore(today), n.sharedWith(), review);
                })
                .filter(n -> !n.reviewOn().isAfter(horizon))
                .sorted(Comparator.comparing(DueNotice::reviewOn))
                .toList();

        List<DuePerson> people = records.ownPersonsUnchangedBefore(start(horizon.minusYears(policy.personReviewYears())))
                .stream()
                .map(p -> {
                    LastReview review = last.get(key(PERSON, p.person().value()));
                    LocalDate due = later(date(p.lastChanged()).plusYears(policy.personReviewYears()), review);
                    return Map.entry(p, due);
                })
                .filter(e -> !e.getValue().isAfter(horizon) && records.uses(e.getKey().person()).isEmpty())
                .map(e -> new DuePerson(e.getKey().person(), name(e.getKey().person(), reader),
                        date(e.getKey().lastChanged()), e.getValue(), e.getValue().isBefore(today),
                        last.get(key(PERSON, e.getKey().person().value()))))
                .sorted(Comparator.comparing(DuePerson::reviewOn))
                .toList();

        List<DueHit> old = hits.unconfirmedFoundBefore(start(horizon.minusDays(policy.unconfirmedHitDays()))).stream()
                .map(h -> {
                    LocalDate deleteOn = date(h.found()).plusDays(policy.unconfirmedHitDays());
                    return new DueHit(h.id(), h.status(), date(h.found()), deleteOn, !deleteOn.isAfter(today));
                })
                .toList();
        return new RetentionOverview(notices, people, old, today, policy);
    }

    /**
     * Records a review of an own notice in force or an own person record: the reason and who, and the next review
     * date ({@code today} plus the record type's period). Returns that date.
     */
    @Transactional
    public LocalDate keep(String type, UUID id, String reason, CurrentOfficer by, String remoteAddr) {
        String why = RetentionRefused.reason(reason);
        switch (type) {
            case NOTICE -> {
                var facts = persons.notice(new WantedNoticeId(id))
                        .orElseThrow(() -> new RetentionRefused("retention.error.notFound"));
                if (!facts.originAgency().equals(node.agency())) {
                    throw new RetentionRefused("retention.error.partnersNotice", facts.originAgency());
                }
                if (facts.status() != WantedNoticeStatus.ACTIVE) {
                    throw new RetentionRefused("retention.error.noticeNotActive");
                }
            }
            case PERSON -> {
                PersonSnapshot p = persons.person(new PersonId(id), by.username())
                        .orElseThrow(() -> new RetentionRefused("retention.error.notFound"));
                if (!p.originAgency().equals(node.agency())) {
                    throw new RetentionRefused("retention.error.partnersPerson", p.originAgency());
                }
            }
            default -> throw new RetentionRefused("retention.error.notFound");
        }
        LocalDate next = today().plusYears(type.equals(NOTICE) ? policy.noticeReviewYears() : policy.personReviewYears());
        db.sql("INSERT INTO retention_review (id, record_type, record_id, reviewed_ms, reviewed_by, reason, next_review)"
                        + " VALUES (:id, :type, :record, :ms, :by, :reason, :next)")
                .param("id", UUID.randomUUID()).param("type", type).param("record", id)
                .param("ms", System.currentTimeMillis()).param("by", by.username()).param("reason", why)
                .param("next", Date.valueOf(next))
                .update();
        audit.append(new AuditEntry(by.username(), by.agency(), "REVIEW",
                type.equals(NOTICE) ? "wanted_notice" : "person", id.toString(), remoteAddr,
                "retention review: kept until " + next + "; " + why));
        return next;
    }

    /** Withdraws an own notice in force (partners holding a copy are told); see {@link PersonRetention#withdraw}. */
    public void withdraw(WantedNoticeId id, String reason, CurrentOfficer by, String remoteAddr) {
        records.withdraw(id, reason, by, remoteAddr);
    }

    /** Expires an own person record no other record uses; see {@link PersonRetention#expire}. */
    public void expire(PersonId id, String reason, CurrentOfficer by, String remoteAddr) {
        records.expire(id, reason, by, remoteAddr);
    }

    /** Deletes the unconfirmed hits older than the period; returns how many. */
    public int deleteOldHits(String by) {
        return hits.deleteUnconfirmedFoundBefore(start(today().minusDays(policy.unconfirmedHitDays())), by).size();
    }

    /** The records that still use a person (shown when expiry is refused). */
    public List<PersonUses.PersonUse> uses(PersonId id) {
        return records.uses(id);
    }

    private Map<String, LastReview> lastReviews() {
        Map<String, LastReview> last = new HashMap<>();
        db.sql("SELECT record_type, record_id, reviewed_ms, reviewed_by, reason, next_review FROM retention_review"
                        + " ORDER BY reviewed_ms")
                .query(rs -> {
                    last.put(key(rs.getString("record_type"), rs.getObject("record_id", UUID.class)),
                            new LastReview(date(Instant.ofEpochMilli(rs.getLong("reviewed_ms"))),
                                    rs.getString("reviewed_by"), rs.getString("reason"),
                                    rs.getDate("next_review").toLocalDate()));
                });
        return last;
    }

    private String name(PersonId id, CurrentOfficer reader) {
        return persons.person(id, reader.username())
                .map(p -> p.names().stream().map(PersonName::text).collect(Collectors.joining(" · ")))
                .orElse(id.toString());
    }

    private static String key(String type, UUID id) {
        return type + ":" + id;
    }

    /** The later of the period's date and the next review the last "keep" set. */
    private static LocalDate later(LocalDate byPeriod, LastReview review) {
        return review == null || byPeriod.isAfter(review.next()) ? byPeriod : review.next();
    }

    private LocalDate today() {
        return LocalDate.now(zone());
    }

    private ZoneId zone() {
        return node.zone();
    }

    private LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, zone());
    }

    /** The first instant of the day after {@code d}: everything on or before {@code d} is before it. */
    private Instant start(LocalDate d) {
        return d.plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
