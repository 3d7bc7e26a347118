package org.liaison.persons.internal;

import java.time.Duration;
import java.time.LocalDate;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty persons module: the own agency's records and notices, and the partner's notices
 * that had been shared before, as received copies. Nothing is sent across at seed time. The seeds pass the same
 * checks as what officers type, so a wrong demo number stops the node at start.
 */
@Component
@Order(30)
class PersonsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonsSeeder.class);

    private final NodeProperties node;
    private final PersonRecords persons;
    private final WantedNoticeRecords notices;

    PersonsSeeder(NodeProperties node, PersonRecords persons, WantedNoticeRecords notices) {
        this.node = node;
        this.persons = persons;
        this.notices = notices;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || persons.count() > 0) {
            return;
        }
        String own = node.agency();
        LocalDate today = LocalDate.now(node.zone());
        long now = System.currentTimeMillis();
        for (DemoPersons.PersonSeed s : DemoPersons.PERSONS) {
            if (s.agency().equals(own)) {
                long recorded = s.recordedOn() == null ? now : s.recordedOn().atStartOfDay(node.zone()).toInstant().toEpochMilli();
                persons.save(Person.record(s.id(), ParticularsPolicy.check(s.draft(), today), own, "demo", recorded));
            }
        }
        for (DemoPersons.NoticeSeed n : DemoPersons.NOTICES) {
            DemoPersons.PersonSeed p = DemoPersons.person(n.personKey());
            long issued = now - Duration.ofDays(n.daysAgo()).toMillis();
            NoticeTerms terms = new NoticeTerms(n.charges(), CrimeArea.valueOf(n.crimeArea()), n.issuingAuthority(),
                    n.warrantReference(), n.dangerWarnings(), HandlingCode.valueOf(n.handlingCode()));
            WantedNoticeStatus status = WantedNoticeStatus.valueOf(n.status());
            if (p.agency().equals(own)) {
                WantedNotice notice = WantedNotice.issue(n.id(), p.id(), terms, null, own, "demo", issued);
                if (n.sharedWith() != null) {
                    notice.sharedBefore(n.sharedWith(), "demo", issued + Duration.ofHours(2).toMillis());
                }
                if (status != WantedNoticeStatus.ACTIVE) {
                    notice.close(status, n.statusReason(), "demo", now - Duration.ofDays(n.closedDaysAgo()).toMillis());
                }
                notices.save(notice);
            } else if (own.equals(n.sharedWith())) {
                persons.save(Person.received(p.id(), p.agency(), ParticularsPolicy.check(p.draft(), today), now));
                notices.save(WantedNotice.received(n.id(), p.id(), p.agency(), terms, status, issued, null, false, null,
                        issued + Duration.ofHours(2).toMillis()));
            }
        }
        log.info("Seeded the demo persons and wanted notices for {}", own);
    }
}
