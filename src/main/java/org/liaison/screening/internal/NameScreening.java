package org.liaison.screening.internal;

import java.util.ArrayList;
import java.util.List;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.matching.Identity;
import org.liaison.matching.NameMatcher;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.screening.internal.PersonIndex.PersonCandidate;
import org.liaison.screening.internal.PersonIndex.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One name from the search box against all the node's persons, own and received: ranked candidates with their score,
 * the explanation and the wanted notices in force about them. The search is an audited action (with the name
 * searched), and each candidate shown an audited read of the record and its notices.
 */
@Service
public class NameScreening {

    /** Candidates shown at most. */
    public static final int LIMIT = 20;

    private final PersonIndex index;
    private final Persons persons;
    private final AuditLog audit;

    NameScreening(PersonIndex index, Persons persons, AuditLog audit) {
        this.index = index;
        this.persons = persons;
        this.audit = audit;
    }

    /**
     * A person found.
     *
     * @param matchedName the record's name that matched best
     * @param notices     the wanted notices in force about the person, own and received
     */
    public record Found(PersonSnapshot person, boolean own, double score, String matchedName,
                        List<EvidenceLine> evidence, List<NoticeSnapshot> notices) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    /** @param complete false while the index is still being built for the first time since the node started */
    public record Result(Identity subject, List<Found> found, boolean complete) {
    }

    @Transactional
    public Result screen(String name, String birthDate, String sex, String nationality, Actor actor) {
        SubjectFields.Result read = SubjectFields.read(name, birthDate, sex, nationality, SubjectFields.Names.FORM);
        if (read.identity() == null) {
            throw new ScreeningRefused(ScreeningRefused.Reason.INVALID, read.problems());
        }
        Identity subject = read.identity();
        List<PersonCandidate> candidates = index.screen(List.of(subject), Scope.ALL, NameMatcher.OPERATING_THRESHOLD, LIMIT);
        audit.append(new AuditEntry(actor.username(), actor.agency(), "SCREEN", "screening", "", actor.remoteAddr(),
                "one name: " + subject.name() + ", " + candidates.size() + " candidates"));
        List<Found> found = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            persons.person(c.person(), actor.username()).ifPresent(p -> found.add(new Found(p, c.own(), c.score(),
                    c.matched().name(), c.best().match().evidence().stream().map(EvidenceLine::of).toList(),
                    persons.noticesAbout(c.person(), actor.username()).stream().filter(NoticeSnapshot::active).toList())));
        }
        return new Result(subject, found, index.built());
    }
}
