package org.liaison.persons.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.persons.PersonExpired;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonRetention;
import org.liaison.persons.PersonUses;
import org.liaison.persons.RetentionRefused;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons module's side of retention: which own records have aged, and expiry. An expired person leaves a
 * tombstone (id, record type, when, by whom) in {@code person_expired}; its names and documents are deleted with
 * the record. Expiry is refused while any module still uses the person, rather than cascading into cases, requests
 * or hits: those keep their own copy of the names, and deleting them would destroy records other officers rely on.
 */
@Service
class PersonExpiry implements PersonRetention {

    /** Reasons shorter than this cannot carry a name; names shorter than this would match too much. */
    private static final int NAME_CHECK_MIN = 3;

    private final PersonRecords persons;
    private final WantedNoticeRecords noticeRecords;
    private final WantedNoticesService notices;
    private final List<PersonUses> users;
    private final JdbcClient db;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonExpiry(PersonRecords persons, WantedNoticeRecords noticeRecords, WantedNoticesService notices,
                 List<PersonUses> users, JdbcClient db, AuditLog audit, ApplicationEventPublisher events) {
        this.persons = persons;
        this.noticeRecords = noticeRecords;
        this.notices = notices;
        this.users = users;
        this.db = db;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonAge> ownPersonsUnchangedBefore(Instant cutoff) {
        return db.sql("SELECT id, updated_ms FROM person p WHERE own = TRUE AND updated_ms < :cutoff"
                        + " AND NOT EXISTS (SELECT 1 FROM wanted_notice n WHERE n.person_id = p.id) ORDER BY updated_ms, id")
                .param("cutoff", cutoff.toEpochMilli())
                .query((rs, n) -> new PersonAge(new PersonId(rs.getObject("id", UUID.class)),
                        Instant.ofEpochMilli(rs.getLong("updated_ms"))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeAge> ownActiveNoticesIssuedBefore(Instant cutoff) {
        List<NoticeAge> found = new ArrayList<>();
        db.sql("SELECT id FROM wanted_notice WHERE own = TRUE AND status = 'ACTIVE' AND issued_ms < :cutoff"
                        + " ORDER BY issued_ms, id")
                .param("cutoff", cutoff.toEpochMilli())
                .query(UUID.class).list()
                .forEach(id -> noticeRecords.findById(id).ifPresent(n -> found.add(new NoticeAge(n.id(),
                        n.personId(), Instant.ofEpochMilli(n.issuedMs()), n.terms().warrantReference(),
                        n.shares().stream().map(WantedNotice.WantedNoticeShare::agency).toList()))));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonUses.PersonUse> uses(PersonId person) {
        return users.stream().flatMap(u -> u.uses(person).stream()).toList();
    }

    @Override
    @Transactional
    public void expire(PersonId id, String reason, CurrentOfficer by, String remoteAddr) {
        String why = RetentionRefused.reason(reason);
        Person person = persons.findById(id.value()).orElseThrow(() -> new RetentionRefused("retention.error.notFound"));
        if (!person.own()) {
            throw new RetentionRefused("retention.error.partnersPerson", person.originAgency());
        }
        List<PersonUses.PersonUse> used = uses(id);
        if (!used.isEmpty()) {
            throw new RetentionRefused("retention.error.personUsed", used.size());
        }
        String folded = NameRules.fold(why);
        for (PersonName name : person.particulars().names()) {
            String n = NameRules.fold(name.text());
            if (n.length() >= NAME_CHECK_MIN && folded.contains(n)) {
                throw new RetentionRefused("retention.error.reasonNamesPerson");
            }
        }
        long now = System.currentTimeMillis();
        persons.delete(person);
        db.sql("INSERT INTO person_expired (id, record_type, expired_ms, expired_by) VALUES (:id, 'person', :ms, :by)")
                .param("id", id.value()).param("ms", now).param("by", by.username()).update();
        // the line names the record by id and says why; the names and documents it held are gone with it
        audit.append(new AuditEntry(by.username(), by.agency(), "EXPIRE", "person", id.toString(), remoteAddr,
                "retention expiry: " + why));
        events.publishEvent(new PersonExpired(id));
    }

    @Override
    @Transactional
    public void withdraw(WantedNoticeId id, String reason, CurrentOfficer by, String remoteAddr) {
        String why = RetentionRefused.reason(reason);
        WantedNotice n = noticeRecords.findById(id.value()).orElseThrow(() -> new RetentionRefused("retention.error.notFound"));
        if (!n.own()) {
            throw new RetentionRefused("retention.error.partnersNotice", n.originAgency());
        }
        if (n.status() != WantedNoticeStatus.ACTIVE) {
            throw new RetentionRefused("retention.error.noticeNotActive");
        }
        try {
            notices.close(new Actor(by, remoteAddr), id, WantedNoticeStatus.WITHDRAWN, why);
        } catch (PersonsChangeRefused refused) {
            Explanation e = refused.problems().getFirst().explanation();
            throw new RetentionRefused(e.key(), e.args().toArray());
        }
    }
}
