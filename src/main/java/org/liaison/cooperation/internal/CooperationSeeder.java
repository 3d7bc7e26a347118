package org.liaison.cooperation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;
import org.liaison.cooperation.internal.CooperationRefused.Problems;
import org.liaison.directory.Directory;
import org.liaison.persons.PersonId;
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
 * In demo mode, fills an empty cooperation module: the own agency's reports and requests, the copies of what the
 * partner had sent (same ids), the threads as both sides see them, assignments and a few unread notifications.
 * Nothing is sent at seed time. Texts pass the same checks as what officers type, and a linked person's label must
 * be what the sender's record says, so a wrong seed stops the node at start.
 */
@Component
@Order(40)
class CooperationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CooperationSeeder.class);

    private final NodeProperties node;
    private final Reports reports;
    private final Requests requests;
    private final ThreadEntries entries;
    private final PersonLinks links;
    private final ReportsService reportsService;
    private final Threads threads;
    private final Directory directory;
    private final Persons persons;

    CooperationSeeder(NodeProperties node, Reports reports, Requests requests, ThreadEntries entries, PersonLinks links,
                      ReportsService reportsService, Threads threads, Directory directory, Persons persons) {
        this.node = node;
        this.reports = reports;
        this.requests = requests;
        this.entries = entries;
        this.links = links;
        this.reportsService = reportsService;
        this.threads = threads;
        this.directory = directory;
        this.persons = persons;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || reports.count() > 0 || requests.count() > 0) {
            return;
        }
        long now = System.currentTimeMillis();
        DemoCooperation.REPORTS.stream().filter(s -> involves(s.from(), s.to())).forEach(s -> report(s, now));
        DemoCooperation.REQUESTS.stream().filter(s -> involves(s.from(), s.to())).forEach(s -> request(s, now));
        log.info("Seeded the demo reports and requests for {}", node.agency());
    }

    private boolean involves(String from, String to) {
        return node.agency().equals(from) || node.agency().equals(to);
    }

    private void report(DemoCooperation.ReportSeed s, long now) {
        long sent = now - days(s.daysAgo());
        LocalDate factsOn = Instant.ofEpochMilli(sent).atZone(node.zone()).toLocalDate().minusDays(1);
        Drafts.Report d = s.draft();
        Drafts.Report dated = new Drafts.Report(d.title(), d.body(), d.crimeArea(), d.recipientUnit(), d.placeUnit(),
                d.gate(), d.placeText(), factsOn.toString(), d.factsAt(), d.reliability(), d.accuracy(), d.conditions(),
                d.otherConditions(), d.personIds(), d.attachments());
        Problems problems = new Problems();
        ReportContent content = reportsService.content(dated, s.lang(), problems);
        problems.throwIfAny();
        List<Wire.LinkedPerson> linked = linked(s.from(), s.persons());
        InformationReport r = s.from().equals(node.agency())
                ? InformationReport.written(s.id(), s.from(), s.fromUnit(), unit(s.from(), s.fromUnit()), s.to(), s.toUnit(),
                        content, s.author(), s.by(), sent, null)
                : InformationReport.received(s.id(), s.from(), s.fromUnit(), s.to(), s.toUnit(), unit(s.to(), s.toUnit()),
                        content, s.author(), sent, sent + Duration.ofMinutes(2).toMillis(), null);
        boolean assigned = !s.from().equals(node.agency()) && !s.assignee().isEmpty();
        if (assigned) {
            r.assignTo(s.assignee());
        }
        reports.save(r);
        links.save(s.id(), linked);
        ThreadRef ref = ThreadRef.of(r, List.of(), List.of());
        if (assigned) {
            assignment(ref, s.assignee(), sent + Duration.ofHours(3).toMillis());
        } else if (!r.own()) {
            threads.tellFollowers(ref, Notifications.Kind.REPORT_RECEIVED);
        }
        s.forwards().stream().filter(f -> f.startsWith(node.agency() + ":")).forEach(f -> {
            long at = sent + Duration.ofHours(5).toMillis();
            threads.recordForward(r.id(), unit(node.agency(), f.substring(f.indexOf(':') + 1)), "demo");
            entries.save(new ThreadEntry(DemoCooperation.uuid("forwarded:" + r.id()), r.id(), EntryKind.FORWARDED,
                    node.agency(), supervisorName(), "demo", f, at, false, true, null, null));
        });
    }

    private void request(DemoCooperation.RequestSeed s, long now) {
        long sent = now - days(s.daysAgo());
        Problems problems = new Problems();
        RequestType type = problems.oneOf("type", s.draft().type(), RequestType.class);
        Urgency urgency = RequestsService.checkText(s.draft(), problems);
        problems.throwIfAny();
        RequestTerms terms = new RequestTerms(type, s.draft().title(), s.draft().body(), urgency,
                sent + days(s.deadlineDays()), RequestsService.BUILT_IN_DEADLINE, null, null, "");
        boolean own = s.from().equals(node.agency());
        CooperationRequest r = own
                ? CooperationRequest.written(s.id(), s.from(), s.fromUnit(), unit(s.from(), s.fromUnit()), s.to(),
                        s.toUnit(), terms, s.author(), s.by(), sent, null)
                : CooperationRequest.received(s.id(), s.from(), s.fromUnit(), s.to(), s.toUnit(), unit(s.to(), s.toUnit()),
                        terms, s.author(), sent, sent + Duration.ofMinutes(2).toMillis(), null);
        for (DemoCooperation.EntrySeed e : s.entries()) {
            r.advance(e.kind(), now - days(e.daysAgo()));
        }
        boolean assigned = !own && !s.assignee().isEmpty();
        if (assigned) {
            r.assignTo(s.assignee());
        }
        requests.save(r);
        links.save(s.id(), linked(s.from(), s.persons()));
        ThreadRef ref = ThreadRef.of(r);
        for (DemoCooperation.EntrySeed e : s.entries()) {
            long at = now - days(e.daysAgo());
            boolean here = e.agency().equals(node.agency());
            entries.save(new ThreadEntry(e.id(), s.id(), e.kind(), e.agency(), e.actorName(), here ? "demo" : "", e.text(),
                    at, e.kind() != EntryKind.ACKNOWLEDGED && r.isLate(at), false, null, null));
        }
        if (assigned) {
            assignment(ref, s.assignee(), sent + Duration.ofHours(2).toMillis());
        } else if (!own) {
            threads.tellFollowers(ref, Notifications.Kind.REQUEST_RECEIVED);
        }
        if (own && !s.entries().isEmpty()) {
            threads.tellFollowers(ref, Notifications.Kind.THREAD_ADVANCED);
        }
    }

    private void assignment(ThreadRef ref, String username, long at) {
        var officer = directory.officer(username).orElseThrow(() ->
                new IllegalStateException("demo assignee " + username + " is not an officer of " + node.agency()));
        entries.save(new ThreadEntry(DemoCooperation.uuid("assigned:" + ref.id()), ref.id(), EntryKind.ASSIGNED,
                node.agency(), supervisorName(), "demo", officer.fullName(), at, false, true, null, null));
    }

    private String supervisorName() {
        String username = DemoCooperation.supervisor(node.agency());
        return directory.officer(username).map(Directory.OfficerSummary::fullName)
                .orElseThrow(() -> new IllegalStateException("demo supervisor " + username + " is missing"));
    }

    /** The sender's node checks each label against its record; the partner keeps what was sent. */
    private List<Wire.LinkedPerson> linked(String from, List<DemoCooperation.Person> seeds) {
        return seeds.stream().map(p -> {
            if (from.equals(node.agency())) {
                String label = persons.person(new PersonId(p.id()), "demo").map(PersonLinks::label)
                        .orElseThrow(() -> new IllegalStateException("demo person " + p.key() + " is not on " + from));
                if (!label.equals(p.label())) {
                    throw new IllegalStateException("demo person " + p.key() + " reads '" + label + "', the seed says '"
                            + p.label() + "'");
                }
            }
            return new Wire.LinkedPerson(p.id(), p.label());
        }).toList();
    }

    private long unit(String agency, String code) {
        return directory.unit(agency, code).orElseThrow(() ->
                new IllegalStateException("demo unit " + agency + ":" + code + " is not in the directory")).id();
    }

    private static long days(double days) {
        return (long) (days * Duration.ofDays(1).toMillis());
    }
}
