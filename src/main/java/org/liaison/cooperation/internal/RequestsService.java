package org.liaison.cooperation.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;
import org.liaison.cooperation.internal.CooperationRefused.Problems;
import org.liaison.directory.Directory.UnitSummary;
import org.liaison.exchange.Exchange;
import org.liaison.persons.PersonId;
import org.liaison.persons.Persons;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to a counterpart unit and their answers: sending one with a reply deadline (an agreement's, the built-in
 * default, or the officer's own), acknowledging, replying in part or in full, declining with a reason, each refused
 * when the request's status does not allow it; and the deadline dashboard.
 */
@Service
public class RequestsService {

    static final int LIST_LIMIT = 200;
    static final int MAX_REASON = 2000;
    /** A deadline this close is "due soon" on the dashboard. */
    public static final Duration SOON = Duration.ofHours(48);
    static final Duration LONGEST = Duration.ofDays(366);
    /** The source a deadline records when the built-in default applied. */
    public static final String BUILT_IN_DEADLINE = Deadlines.BUILT_IN;

    public record RequestLine(UUID id, boolean own, RequestType type, String title, RequestStatus status,
                              Urgency urgency, String requestingAgency, String requestingUnit, String answeringAgency,
                              String answeringUnit, Instant sent, Instant deadline, boolean overdue, boolean late,
                              String assignedTo) {
    }

    /** A request as its page shows it, with its thread and what the reader may do next. */
    public record RequestView(UUID id, boolean own, String requestingAgency, String requestingUnit,
                              String answeringAgency, String answeringUnit, RequestTerms terms, RequestStatus status,
                              Instant statusAt, boolean answeredLate, boolean overdue, String authorName,
                              String createdBy, Instant sent, Instant received, UUID messageId, String assignedTo,
                              List<PersonLinks.Link> persons, List<Attachments.Line> attachments,
                              List<Threads.EntryView> thread, Long ownUnitId) {

        public Instant deadline() {
            return Instant.ofEpochMilli(terms.deadlineMs());
        }

        /** Whether this side, the answering one, may still make an entry of this kind. */
        public boolean may(EntryKind kind) {
            return !own && CooperationRequest.allowed(status, kind);
        }
    }

    /** What the form says the deadline will be when the officer leaves it empty. */
    public record DefaultDeadline(Duration within, String source, Instant deadline) {
    }

    /** @param toAnswer what partners asked this side; @param awaited what this side asked partners */
    public record Dashboard(Counts toAnswerCounts, List<RequestLine> toAnswer, Counts awaitedCounts,
                            List<RequestLine> awaited) {
    }

    public record Counts(int overdue, int dueSoon, int open) {
    }

    private final Requests requests;
    private final ReportsService reports;
    private final PersonLinks persons;
    private final Attachments attachments;
    private final Threads threads;
    private final Outbound outbound;
    private final CounterpartUnits units;
    private final Deadlines deadlines;
    private final Persons personRecords;
    private final Exchange exchange;
    private final NodeProperties node;

    RequestsService(Requests requests, ReportsService reports, PersonLinks persons, Attachments attachments,
                    Threads threads, Outbound outbound, CounterpartUnits units, Deadlines deadlines,
                    Persons personRecords, Exchange exchange, NodeProperties node) {
        this.requests = requests;
        this.reports = reports;
        this.persons = persons;
        this.attachments = attachments;
        this.threads = threads;
        this.outbound = outbound;
        this.units = units;
        this.deadlines = deadlines;
        this.personRecords = personRecords;
        this.exchange = exchange;
        this.node = node;
    }

    /** The deadline a request sent now would get without the officer setting one. */
    public DefaultDeadline defaultDeadline(String answeringAgency, Urgency urgency) {
        Deadlines.Default d = deadlines.forRequest(node.agency(), answeringAgency, urgency == Urgency.URGENT,
                LocalDate.now(node.zone()));
        return new DefaultDeadline(d.within(), d.source(), Instant.now().plus(d.within()));
    }

    /**
     * Checks the whole draft, then stores the request and queues it (with its attachments) for the counterpart unit
     * in one transaction.
     */
    @Transactional
    public RequestId send(Actor actor, Drafts.Request d) {
        Problems problems = new Problems();
        UnitSummary from = units.ownUnit(actor).orElse(null);
        if (from == null) {
            problems.invalid(null, "cooperation.error.noUnit");
        }
        RequestType type = problems.oneOf("type", d.type(), RequestType.class);
        Urgency urgency = checkText(d, problems);
        UnitSummary to = null;
        if (problems.required("recipientUnit", d.recipientUnit())) {
            to = CounterpartUnits.resolve(d.recipientUnit(), units.recipients(actor)).orElse(null);
            if (to == null) {
                problems.invalid("recipientUnit", "cooperation.validation.notCounterpart", d.recipientUnit());
            }
        }
        long now = System.currentTimeMillis();
        Long deadline = null;
        String source = "";
        if (d.deadline() != null && !d.deadline().isBlank()) {
            deadline = deadline(d.deadline(), now, problems);
        } else if (to != null && urgency != null) {
            DefaultDeadline dd = defaultDeadline(to.agencyCode(), urgency);
            deadline = now + dd.within().toMillis();
            source = dd.source();
        }
        List<String> personIds = new ArrayList<>(d.personIds());
        UUID notice = notice(type, d.wantedNoticeId(), personIds, problems);
        UUID related = null;
        String relatedTitle = "";
        if (d.relatedReportId() != null && !d.relatedReportId().isBlank()) {
            related = PersonLinks.uuid(d.relatedReportId()).orElse(null);
            if (related == null) {
                problems.invalid("relatedReportId", "cooperation.request.error.unknownReport", d.relatedReportId());
            } else {
                try {
                    relatedTitle = reports.attachable(actor, related);
                } catch (CooperationRefused refused) {
                    problems.addAll("relatedReportId", refused);
                }
            }
        }
        List<Wire.LinkedPerson> linked = persons.check(personIds, actor.username(), problems);
        List<Attachments.Checked> files = Attachments.check(d.attachments(), problems);
        problems.throwIfAny();

        UUID id = UUID.randomUUID();
        RequestTerms t = new RequestTerms(type, d.title().strip(), d.body().strip(), urgency, deadline, source, notice,
                related, relatedTitle);
        Wire.Request payload = new Wire.Request(id, actor.agency(), from.code(), to.code(), type, t.title(), t.body(),
                urgency, deadline, source, notice, related, relatedTitle, linked, Outbound.meta(files),
                actor.officer().fullName(), now);
        UUID message = outbound.send(to.agencyCode(), Wire.REQUEST, payload, "Request " + id + " (" + type + ", "
                + urgency + ")", id, files, actor.officer());
        CooperationRequest request = requests.save(CooperationRequest.written(id, actor.agency(), from.code(), from.id(),
                to.agencyCode(), to.code(), t, actor.officer().fullName(), actor.username(), now, message));
        persons.save(id, linked);
        attachments.store(id, id, files);
        ThreadRef ref = ThreadRef.of(request);
        threads.log(actor, "CREATE", ref, type + ", " + urgency + ", to " + to.agencyCode() + ":" + to.code()
                + ", deadline " + Instant.ofEpochMilli(deadline) + ", " + linked.size() + " persons, " + files.size()
                + " attachments, message " + message);
        threads.logPersons(actor, "LINK", ref, linked.stream().map(Wire.LinkedPerson::id).toList());
        threads.written(ref);
        return new RequestId(id);
    }

    /** Checks the title and body and returns the urgency (normal when not given). */
    static Urgency checkText(Drafts.Request d, Problems problems) {
        problems.text("title", d.title(), ReportContent.MAX_TITLE);
        problems.text("body", d.body(), ReportContent.MAX_BODY);
        return d.urgency() == null || d.urgency().isBlank() ? Urgency.NORMAL
                : problems.oneOf("urgency", d.urgency(), Urgency.class);
    }

    /** {@code yyyy-MM-ddTHH:mm} in the node's zone, or an ISO date-time with offset; in the future, within a year. */
    private long deadline(String value, long now, Problems problems) {
        Instant at;
        try {
            String v = value.strip();
            at = v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(v).toInstant()
                    : LocalDateTime.parse(v).atZone(node.zone()).toInstant();
        } catch (DateTimeException e) {
            problems.invalid("deadline", "cooperation.validation.dateTime", value);
            return 0;
        }
        if (at.toEpochMilli() <= now) {
            problems.invalid("deadline", "cooperation.request.error.deadlinePast");
        } else if (at.isAfter(Instant.ofEpochMilli(now).plus(LONGEST))) {
            problems.invalid("deadline", "cooperation.request.error.deadlineFar", String.valueOf(LONGEST.toDays()));
        }
        return at.toEpochMilli();
    }

    /** A provisional arrest names an active notice this node holds; its person is linked to the request. */
    private UUID notice(RequestType type, String value, List<String> personIds, Problems problems) {
        if (value == null || value.isBlank()) {
            if (type == RequestType.PROVISIONAL_ARREST) {
                problems.invalid("wantedNoticeId", "cooperation.request.error.noticeRequired");
            }
            return null;
        }
        Optional<Persons.NoticeFacts> facts = PersonLinks.uuid(value)
                .flatMap(id -> personRecords.notice(new WantedNoticeId(id)));
        if (facts.isEmpty()) {
            problems.invalid("wantedNoticeId", "cooperation.request.error.unknownNotice", value);
            return null;
        }
        if (facts.get().status() != WantedNoticeStatus.ACTIVE) {
            problems.invalid("wantedNoticeId", "cooperation.request.error.noticeNotActive",
                    Explanation.of("cooperation.noticeStatus." + facts.get().status()));
            return null;
        }
        PersonId person = facts.get().person();
        if (personIds.stream().noneMatch(p -> person.toString().equalsIgnoreCase(p == null ? "" : p.strip()))) {
            personIds.add(0, person.toString());
        }
        return facts.get().id().value();
    }

    @Transactional(readOnly = true)
    public List<RequestLine> list(Actor reader, Boolean own, RequestStatus status) {
        long now = System.currentTimeMillis();
        return requests.list(own, LIST_LIMIT).stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> ThreadRef.of(r).visibleTo(reader))
                .map(r -> line(r, now))
                .toList();
    }

    private static RequestLine line(CooperationRequest r, long now) {
        return new RequestLine(r.id(), r.own(), r.type(), r.title(), r.status(), r.urgency(), r.requestingAgency(),
                r.requestingUnit(), r.answeringAgency(), r.answeringUnit(), Instant.ofEpochMilli(r.sentMs()),
                Instant.ofEpochMilli(r.deadlineMs()), r.overdue(now), r.answeredLate() || r.overdue(now), r.assignedTo());
    }

    /** The request with its thread, for a reader who may see it; audited like a report. */
    @Transactional
    public Optional<RequestView> open(Actor reader, RequestId id, String purpose) {
        return requests.findById(id.value()).flatMap(r -> {
            ThreadRef ref = ThreadRef.of(r);
            if (!ref.visibleTo(reader)) {
                return Optional.empty();
            }
            List<PersonLinks.Link> linked = threads.read(reader, ref, r.messageId(), purpose);
            long now = System.currentTimeMillis();
            return Optional.of(new RequestView(r.id(), r.own(), r.requestingAgency(), r.requestingUnit(),
                    r.answeringAgency(), r.answeringUnit(), r.terms(), r.status(), Instant.ofEpochMilli(r.statusMs()),
                    r.answeredLate(), r.overdue(now), r.authorName(), r.createdBy(), Instant.ofEpochMilli(r.sentMs()),
                    r.receivedMs() == 0 ? null : Instant.ofEpochMilli(r.receivedMs()), r.messageId(), r.assignedTo(),
                    linked, threads.attachmentsOf(r.id()), threads.entries(r.id(), node.agency()), r.ownUnitId()));
        });
    }

    @Transactional
    public void acknowledge(Actor actor, RequestId id) {
        answer(actor, id, EntryKind.ACKNOWLEDGED, "", List.of());
    }

    /** A note from either side, or a partial or final reply from the answering side. */
    @Transactional
    public UUID reply(Actor actor, RequestId id, Drafts.Reply d) {
        CooperationRequest r = writable(actor, id);
        Problems problems = new Problems();
        EntryKind kind = problems.oneOf("kind", d.kind(), EntryKind.class);
        if (kind != null && kind != EntryKind.NOTE && kind != EntryKind.PARTIAL_REPLY && kind != EntryKind.FINAL_REPLY) {
            problems.invalid("kind", "cooperation.validation.choice", d.kind());
        }
        List<Attachments.Checked> files = Threads.checkReply(d.text(), d.attachments(), problems);
        problems.throwIfAny();
        if (kind == EntryKind.NOTE) {
            return threads.write(actor, ThreadRef.of(r), kind, d.text(), files, false).id();
        }
        return answer(actor, r, kind, d.text(), files);
    }

    @Transactional
    public void decline(Actor actor, RequestId id, String reason) {
        Problems problems = new Problems();
        problems.text("reason", reason, MAX_REASON);
        problems.throwIfAny();
        answer(actor, id, EntryKind.DECLINED, reason, List.of());
    }

    private void answer(Actor actor, RequestId id, EntryKind kind, String text, List<Attachments.Checked> files) {
        answer(actor, writable(actor, id), kind, text, files);
    }

    /** Moves the request on (refused, with nothing changed, when its status does not allow it) and tells the requester. */
    private UUID answer(Actor actor, CooperationRequest r, EntryKind kind, String text, List<Attachments.Checked> files) {
        if (r.own()) {
            throw CooperationRefused.conflict("cooperation.request.error.notAnswering", r.answeringAgency());
        }
        long now = System.currentTimeMillis();
        r.advance(kind, now);
        save(r);
        if (r.status().closed() && r.messageId() != null) {
            // the exchange tells the requesting node that its message was answered (its Messages page shows it)
            exchange.markAnswered(r.messageId());
        }
        boolean late = kind != EntryKind.ACKNOWLEDGED && r.isLate(now);
        return threads.write(actor, ThreadRef.of(r), kind, text, files, late).id();
    }

    @Transactional
    public void assign(Actor actor, RequestId id, String username) {
        CooperationRequest r = writable(actor, id);
        threads.assign(actor, ThreadRef.of(r), username);
        r.assignTo(username.strip());
        save(r);
    }

    /**
     * Requests still expected that the reader follows, split into what this side must answer and what it waits for;
     * each list holds the overdue and those due within {@link #SOON}, soonest deadline first.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Actor reader) {
        long now = System.currentTimeMillis();
        long soon = now + SOON.toMillis();
        List<CooperationRequest> followed = requests.pending().stream()
                .filter(r -> ThreadRef.of(r).followedBy(reader)).toList();
        List<CooperationRequest> toAnswer = followed.stream().filter(r -> !r.own()).toList();
        List<CooperationRequest> awaited = followed.stream().filter(CooperationRequest::own).toList();
        return new Dashboard(counts(toAnswer, now, soon), pressing(toAnswer, now, soon),
                counts(awaited, now, soon), pressing(awaited, now, soon));
    }

    private static Counts counts(List<CooperationRequest> list, long now, long soon) {
        int overdue = (int) list.stream().filter(r -> r.deadlineMs() < now).count();
        int dueSoon = (int) list.stream().filter(r -> r.deadlineMs() >= now && r.deadlineMs() <= soon).count();
        return new Counts(overdue, dueSoon, list.size());
    }

    private static List<RequestLine> pressing(List<CooperationRequest> list, long now, long soon) {
        return list.stream().filter(r -> r.deadlineMs() <= soon)
                .sorted(Comparator.comparingLong(CooperationRequest::deadlineMs))
                .map(r -> line(r, now)).toList();
    }

    private CooperationRequest writable(Actor actor, RequestId id) {
        CooperationRequest r = requests.findById(id.value()).orElseThrow(CooperationRefused::notFound);
        if (!actor.mayWrite() || !ThreadRef.of(r).visibleTo(actor)) {
            throw CooperationRefused.notFound();
        }
        return r;
    }

    private void save(CooperationRequest r) {
        try {
            requests.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw CooperationRefused.conflict("cooperation.error.stale");
        }
    }
}
