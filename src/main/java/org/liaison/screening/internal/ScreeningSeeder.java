package org.liaison.screening.internal;

import java.time.Duration;
import java.util.List;
import org.liaison.matching.Identity;
import org.liaison.matching.NameMatch;
import org.liaison.matching.NameMatcher;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, after the persons seed and the index build: screens the partners' notices the node holds (so the
 * alerts are there at once) and replays the review history of {@link DemoReviews}, on the reviewing node as reviews
 * and on the notice's owner as the confirmation it received. Nothing is sent at seed time.
 */
@Component
@Order(40)
class ScreeningSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScreeningSeeder.class);

    private final NodeProperties node;
    private final PersonIndex index;
    private final AutomaticScreening screening;
    private final HitRecords hits;
    private final ConfirmationRecords confirmations;
    private final Persons persons;

    ScreeningSeeder(NodeProperties node, PersonIndex index, AutomaticScreening screening, HitRecords hits,
                    ConfirmationRecords confirmations, Persons persons) {
        this.node = node;
        this.index = index;
        this.screening = screening;
        this.hits = hits;
        this.confirmations = confirmations;
        this.persons = persons;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || hits.count() > 0 || confirmations.count() > 0) {
            return;
        }
        index.awaitFirstBuild(Duration.ofMinutes(1));
        int found = screening.screenReceivedNotices();
        long now = System.currentTimeMillis();
        for (DemoReviews.Review r : DemoReviews.REVIEWS) {
            if (r.agency().equals(node.agency())) {
                review(r, now);
            } else if (r.owner().equals(node.agency()) && r.status() == HitStatus.CONFIRMED) {
                received(r, now);
            }
        }
        log.info("Seeded the demo screening for {}: {} hits found", node.agency(), found);
    }

    private void review(DemoReviews.Review r, long now) {
        ScreeningHit hit = hits.findById(ScreeningHit.idOf(r.notice(), r.person()))
                .orElseThrow(() -> new IllegalStateException("the demo screening did not find " + r.personKey()
                        + " behind notice " + r.noticeKey()));
        long at = now - Duration.ofDays(r.daysAgo()).toMillis();
        if (r.daysAgo() > 0) {
            hit = hit.foundAt(at - Duration.ofHours(3).toMillis());
        }
        ScreeningHit.Reviewer reviewer = new ScreeningHit.Reviewer(r.reviewer(), r.reviewerName(), at, node.zone());
        if (r.status() == HitStatus.CONFIRMED) {
            hit.confirm(reviewer, r.note(), null);
        } else {
            hit.dismiss(reviewer, r.note());
        }
        hits.save(hit);
    }

    /** The owner's copy of a confirmation: the explanation is worked out here, as the confirming node did. */
    private void received(DemoReviews.Review r, long now) {
        PersonSnapshot wanted = persons.person(noticePerson(r), PersonIndex.SYSTEM)
                .orElseThrow(() -> new IllegalStateException("no demo person behind notice " + r.noticeKey()));
        PersonSnapshot shared = new PersonSnapshot(r.person(), r.agency(), r.shared().names(), r.shared().sex(),
                r.shared().birthDate(), r.shared().nationality(), List.of());
        NameMatch best = best(Identities.of(wanted), Identities.of(shared));
        Wire.HitConfirmed w = new Wire.HitConfirmed(ScreeningHit.idOf(r.notice(), r.person()), r.notice().value(),
                r.reviewer(), r.reviewerName(), now, r.note(), best.score(), false, r.shared(),
                best.evidence().stream().map(EvidenceLine::of).toList());
        confirmations.save(PartnerConfirmation.received(r.agency(), w, null, now));
    }

    private PersonId noticePerson(DemoReviews.Review r) {
        return persons.notice(r.notice(), PersonIndex.SYSTEM).orElseThrow().person();
    }

    private static NameMatch best(List<Identity> notice, List<Identity> other) {
        NameMatcher matcher = NameMatcher.standard();
        NameMatch best = null;
        for (Identity a : notice) {
            for (Identity b : other) {
                NameMatch m = matcher.compare(a, b);
                if (best == null || m.score() > best.score()) {
                    best = m;
                }
            }
        }
        return best;
    }
}
