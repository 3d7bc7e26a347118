package org.liaison.screening.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.matching.Identity;
import org.liaison.matching.NameMatch;
import org.liaison.matching.NameMatcher;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.persons.WantedNoticeId;
import org.liaison.screening.internal.PersonIndex.PersonCandidate;
import org.liaison.screening.internal.PersonIndex.Scope;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens without being asked: a partner's wanted notice against the own persons when it arrives, and an own person
 * against the partners' notices in force when it is recorded or corrected (someone recorded after the notice
 * arrived). Each new pair at or above the operating threshold becomes a hit for officers to review; a pair found
 * before stays one hit. Reads are audited as {@value PersonIndex#SYSTEM}.
 */
@Service
public class AutomaticScreening {

    private static final Logger log = LoggerFactory.getLogger(AutomaticScreening.class);

    /** Hits kept per notice at most: beyond that the notice's names are too common to be worth reviewing one by one. */
    static final int MAX_HITS = 20;
    /** How long an automatic screen waits for the index's first build after a start. */
    static final Duration FIRST_BUILD_WAIT = Duration.ofMinutes(10);

    private final PersonIndex index;
    private final Persons persons;
    private final HitRecords hits;
    private final AuditLog audit;
    private final NodeProperties node;
    private final NameMatcher matcher = NameMatcher.standard();

    AutomaticScreening(PersonIndex index, Persons persons, HitRecords hits, AuditLog audit, NodeProperties node) {
        this.index = index;
        this.persons = persons;
        this.hits = hits;
        this.audit = audit;
        this.node = node;
    }

    /** Screens a partner's notice in force against the own persons; returns the number of new hits. */
    @Transactional
    public int screenNotice(WantedNoticeId id) {
        Optional<NoticeSnapshot> found = persons.notice(id, PersonIndex.SYSTEM);
        if (found.isEmpty() || found.get().own() || !found.get().active()) {
            return 0;
        }
        NoticeSnapshot notice = found.get();
        Optional<PersonSnapshot> wanted = persons.person(notice.person(), PersonIndex.SYSTEM);
        if (wanted.isEmpty()) {
            return 0;
        }
        awaitIndex();
        int added = 0;
        for (PersonCandidate c : index.screen(Identities.of(wanted.get()), Scope.OWN, NameMatcher.OPERATING_THRESHOLD, MAX_HITS)) {
            // the subject was the notice's name, so the match already has the notice on the left
            if (record(notice, c.person(), c.best().match(), c.subject().name(), c.matched().name())) {
                added++;
            }
        }
        return added;
    }

    /** Screens an own person against the partners' notices in force; returns the number of new hits. */
    @Transactional
    public int screenOwnPerson(PersonSnapshot person) {
        awaitIndex();
        int added = 0;
        for (PersonCandidate c : index.screen(Identities.of(person), Scope.RECEIVED, NameMatcher.OPERATING_THRESHOLD, MAX_HITS)) {
            for (NoticeSnapshot notice : persons.noticesAbout(c.person(), PersonIndex.SYSTEM)) {
                if (notice.own() || !notice.active()) {
                    continue;
                }
                // compared again the other way round, so that every hit has the notice's side on the left
                NameMatch match = matcher.compare(c.matched(), c.subject());
                if (match.isCandidate() && record(notice, person.id(), match, c.matched().name(), c.subject().name())) {
                    added++;
                }
            }
        }
        return added;
    }

    /** Screens every partner notice in force that the node holds (the demo seed does, after the index is built). */
    @Transactional
    public int screenReceivedNotices() {
        int added = 0;
        for (PersonId received : index.receivedPersons()) {
            added += screenNoticesAbout(received);
        }
        return added;
    }

    /** Screens the partners' notices in force about one of their persons against the own persons. */
    @Transactional
    public int screenNoticesAbout(PersonId received) {
        int added = 0;
        for (NoticeSnapshot n : persons.noticesAbout(received, PersonIndex.SYSTEM)) {
            if (!n.own() && n.active()) {
                added += screenNotice(n.id());
            }
        }
        return added;
    }

    /** The notice is no longer in force: its hits stop counting as alerts (they stay, and can still be reviewed). */
    @Transactional
    public void noticeClosed(WantedNoticeId id) {
        hits.noticeClosed(id.value());
    }

    private boolean record(NoticeSnapshot notice, PersonId person, NameMatch match, String noticeName, String personName) {
        if (hits.existsById(ScreeningHit.idOf(notice.id(), person))) {
            return false;
        }
        ScreeningHit hit = hits.save(ScreeningHit.found(notice.id(), notice.person(), notice.originAgency(), person,
                noticeName, personName, match, PersonIndex.SYSTEM, System.currentTimeMillis()));
        audit.append(new AuditEntry(PersonIndex.SYSTEM, node.agency(), "CREATE", "screening_hit", hit.id().toString(), "",
                "wanted notice " + notice.id() + " of " + notice.originAgency() + ", person " + person + ", score "
                        + Math.round(match.score() * 100) + "%"));
        log.info("Screening hit {}: notice {} of {} ~ person {} ({}%)", hit.id(), notice.id(), notice.originAgency(),
                person, Math.round(match.score() * 100));
        return true;
    }

    private void awaitIndex() {
        if (!index.awaitFirstBuild(FIRST_BUILD_WAIT)) {
            log.warn("Screening before the name index was built: hits may be missing until it is rebuilt");
        }
    }
}
