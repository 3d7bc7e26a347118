package org.liaison.cooperation.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.ReportAccess;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.SourceReliability;
import org.liaison.cooperation.internal.CooperationRefused.Problems;
import org.liaison.directory.Directory;
import org.liaison.directory.Directory.UnitSummary;
import org.liaison.directory.Role;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and sending information reports, reading them (audited, with their linked persons), replying in their
 * thread, and handling received ones: assigning them to an officer and passing them on to another own unit, which
 * the sender's "no onward sharing" condition forbids.
 */
@Service
public class ReportsService {

    static final int LIST_LIMIT = 200;

    /** One line of the list; a {@code redacted} line has no title and no assignee (the reader has no need to know). */
    public record ReportLine(UUID id, boolean own, String originAgency, String senderUnit, String recipientAgency,
                             String recipientUnit, String title, CrimeArea crimeArea, Set<HandlingCondition> conditions,
                             Instant sent, String assignedTo, boolean redacted) {
    }

    /**
     * What an officer without need to know sees of a report: that it exists, whose it is, and whom to ask.
     *
     * @param unitId      this node's id of the unit the report belongs to here
     * @param supervisors full names of that unit's supervisors, who may grant need to know
     */
    public record RedactedReport(UUID id, boolean own, String originAgency, String senderUnit, String recipientAgency,
                                 String recipientUnit, CrimeArea crimeArea, Set<HandlingCondition> conditions,
                                 Instant sent, Long unitId, List<String> supervisors) {
    }

    /** A report as its page shows it, with its thread. */
    public record ReportView(UUID id, boolean own, String originAgency, String senderUnit, String recipientAgency,
                             String recipientUnit, ReportContent content, String authorName, String createdBy,
                             Instant sent, Instant received, UUID messageId, String assignedTo,
                             List<PersonLinks.Link> persons, List<Attachments.Line> attachments,
                             List<Threads.EntryView> thread, List<Long> forwardedUnits, Long ownUnitId,
                             List<String> grantees) {

        /** Whether this side may pass it on (forward it, attach it to a request). */
        public boolean mayPassOn() {
            return own || !content.conditions().contains(HandlingCondition.NO_ONWARD_SHARING_WITHOUT_CONSENT);
        }

        public boolean notForCourt() {
            return content.conditions().contains(HandlingCondition.NOT_FOR_COURT_WITHOUT_CONSENT);
        }
    }

    private final Reports reports;
    private final PersonLinks persons;
    private final Attachments attachments;
    private final Threads threads;
    private final Outbound outbound;
    private final CounterpartUnits units;
    private final Directory directory;
    private final NodeProperties node;

    ReportsService(Reports reports, PersonLinks persons, Attachments attachments, Threads threads, Outbound outbound,
                   CounterpartUnits units, Directory directory, NodeProperties node) {
        this.reports = reports;
        this.persons = persons;
        this.attachments = attachments;
        this.threads = threads;
        this.outbound = outbound;
        this.units = units;
        this.directory = directory;
        this.node = node;
    }

    /**
     * Checks the whole draft, then stores the report and queues it (and its attachments) for the counterpart unit in
     * one transaction: either the report is stored and on its way, or nothing is stored and nothing queued.
     *
     * @param lang the language the officer writes in
     */
    @Transactional
    public ReportId send(Actor actor, Drafts.Report d, String lang) {
        Problems problems = new Problems();
        UnitSummary from = units.ownUnit(actor).orElse(null);
        if (from == null) {
            problems.invalid(null, "cooperation.error.noUnit");
        }
        ReportContent content = content(d, lang, problems);
        UnitSummary to = null;
        if (problems.required("recipientUnit", d.recipientUnit())) {
            to = CounterpartUnits.resolve(d.recipientUnit(), units.recipients(actor)).orElse(null);
            if (to == null) {
                problems.invalid("recipientUnit", "cooperation.validation.notCounterpart", d.recipientUnit());
            }
        }
        List<Wire.LinkedPerson> linked = persons.check(d.personIds(), actor.username(), problems);
        List<Attachments.Checked> files = Attachments.check(d.attachments(), problems);
        problems.throwIfAny();

        UUID id = UUID.randomUUID();
        long now = System.currentTimeMillis();
        ReportContent c = content;
        Wire.Report payload = new Wire.Report(id, actor.agency(), from.code(), to.code(), c.title(), c.body(), c.lang(),
                c.crimeArea(), c.placeAgency(), c.placeUnit(), c.gate(), c.placeText(), c.factsOn(), c.factsAt(),
                c.reliability(), c.accuracy(), c.conditions(), c.otherConditions(), linked, Outbound.meta(files),
                actor.officer().fullName(), now);
        UUID message = outbound.send(to.agencyCode(), Wire.REPORT, payload, "Information report " + id + " ("
                + c.crimeArea() + ")", id, files, actor.officer());
        InformationReport report = reports.save(InformationReport.written(id, actor.agency(), from.code(), from.id(),
                to.agencyCode(), to.code(), c, actor.officer().fullName(), actor.username(), now, message));
        persons.save(id, linked);
        attachments.store(id, id, files);
        ThreadRef ref = ThreadRef.of(report, List.of(), List.of());
        threads.log(actor, "CREATE", ref, "to " + to.agencyCode() + ":" + to.code() + ", " + c.crimeArea() + ", "
                + c.conditions() + ", " + linked.size() + " persons, " + files.size() + " attachments, message " + message);
        threads.logPersons(actor, "LINK", ref, linked.stream().map(Wire.LinkedPerson::id).toList());
        threads.written(ref);
        return new ReportId(id);
    }

    /** Checks what the report says; problems go next to their fields. */
    ReportContent content(Drafts.Report d, String lang, Problems problems) {
        problems.text("title", d.title(), ReportContent.MAX_TITLE);
        problems.text("body", d.body(), ReportContent.MAX_BODY);
        CrimeArea area = problems.oneOf("crimeArea", d.crimeArea(), CrimeArea.class);
        UnitSummary place = null;
        if (d.placeUnit() != null && !d.placeUnit().isBlank()) {
            place = CounterpartUnits.resolve(d.placeUnit(), units.places()).orElse(null);
            if (place == null) {
                problems.invalid("placeUnit", "cooperation.validation.unknownUnit", d.placeUnit());
            }
        }
        String gate = null;
        if (d.gate() != null && !d.gate().isBlank()) {
            gate = directory.gate(d.gate().strip()).map(Directory.GateSummary::code).orElse(null);
            if (gate == null) {
                problems.invalid("gate", "cooperation.validation.unknownGate", d.gate());
            }
        }
        problems.fits("placeText", d.placeText(), ReportContent.MAX_PLACE);
        LocalDate factsOn = null;
        LocalTime factsAt = null;
        if (problems.required("factsOn", d.factsOn())) {
            factsOn = date(d.factsOn(), "factsOn", problems);
        }
        if (d.factsAt() != null && !d.factsAt().isBlank()) {
            try {
                factsAt = LocalTime.parse(d.factsAt().strip());
            } catch (DateTimeParseException e) {
                problems.invalid("factsAt", "cooperation.validation.time", d.factsAt());
            }
        }
        if (factsOn != null) {
            LocalDateTime facts = factsOn.atTime(factsAt == null ? LocalTime.MIN : factsAt);
            if (facts.isAfter(LocalDateTime.now(node.zone()))) {
                problems.invalid(factsAt == null ? "factsOn" : "factsAt", "cooperation.validation.factsInFuture");
            }
        }
        SourceReliability reliability = problems.oneOf("reliability", d.reliability(), SourceReliability.class);
        InformationAccuracy accuracy = accuracy(d.accuracy(), problems);
        Set<HandlingCondition> conditions = EnumSet.noneOf(HandlingCondition.class);
        for (String s : d.conditions()) {
            if (s != null && !s.isBlank()) {
                HandlingCondition h = problems.oneOf("conditions", s, HandlingCondition.class);
                if (h != null) {
                    conditions.add(h);
                }
            }
        }
        problems.fits("otherConditions", d.otherConditions(), ReportContent.MAX_OTHER_CONDITIONS);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ReportContent(d.title().strip(), d.body().strip(), lang, area,
                place == null ? null : place.agencyCode(), place == null ? null : place.code(), gate,
                strip(d.placeText()), factsOn, factsAt, reliability, accuracy, conditions, strip(d.otherConditions()));
    }

    /** The grade as an enum name ({@code CORROBORATED}) or as its number ({@code 3}). */
    private static InformationAccuracy accuracy(String value, Problems problems) {
        if (value != null && value.strip().matches("[1-4]")) {
            return InformationAccuracy.values()[Integer.parseInt(value.strip()) - 1];
        }
        return problems.oneOf("accuracy", value, InformationAccuracy.class);
    }

    static LocalDate date(String value, String field, Problems problems) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            problems.invalid(field, "cooperation.validation.date", value);
            return null;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Sent and received reports of the agency, newest first; {@code own} null for both. Those the reader has no need
     * to know of are listed redacted, so an officer knows to ask for them.
     */
    @Transactional(readOnly = true)
    public List<ReportLine> list(Actor reader, Boolean own) {
        return reports.list(own, LIST_LIMIT).stream()
                .map(r -> line(r, threads.ref(r).access(reader, node.agency())))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static Optional<ReportLine> line(InformationReport r, ReportAccess access) {
        if (access == ReportAccess.NONE) {
            return Optional.empty();
        }
        boolean full = access.full();
        return Optional.of(new ReportLine(r.id(), r.own(), r.originAgency(), r.senderUnit(), r.recipientAgency(),
                r.recipientUnit(), full ? r.title() : null, r.crimeArea(), r.conditionSet(),
                Instant.ofEpochMilli(r.sentMs()), full ? r.assignedTo() : "", !full));
    }

    /**
     * The redacted report, for a reader who may know only that it exists; audited as a read that showed no content.
     * Empty when the reader may see all of it, or nothing.
     */
    @Transactional
    public Optional<RedactedReport> redacted(Actor reader, ReportId id, String purpose) {
        return reports.findById(id.value()).flatMap(r -> {
            ThreadRef ref = threads.ref(r);
            if (ref.access(reader, node.agency()) != ReportAccess.REDACTED) {
                return Optional.empty();
            }
            threads.log(reader, "READ", ref, "redacted, no need to know: " + purpose);
            List<String> supervisors = r.ownUnitId() == null ? List.of() : directory.officers(r.ownUnitId()).stream()
                    .filter(o -> o.enabled() && o.roles().contains(Role.SUPERVISOR))
                    .map(Directory.OfficerSummary::fullName).toList();
            return Optional.of(new RedactedReport(r.id(), r.own(), r.originAgency(), r.senderUnit(), r.recipientAgency(),
                    r.recipientUnit(), r.crimeArea(), r.conditionSet(), Instant.ofEpochMilli(r.sentMs()), r.ownUnitId(),
                    supervisors));
        });
    }

    /**
     * The report with its persons, files and thread, for a reader who may see it; the read and each person shown
     * are audited. An officer opening a partner's report tells the partner it was read.
     */
    @Transactional
    public Optional<ReportView> open(Actor reader, ReportId id, String purpose) {
        return reports.findById(id.value()).flatMap(r -> {
            ThreadRef ref = threads.ref(r);
            if (!ref.visibleTo(reader)) {
                return Optional.empty();
            }
            List<PersonLinks.Link> linked = threads.read(reader, ref, r.messageId(), purpose);
            return Optional.of(new ReportView(r.id(), r.own(), r.originAgency(), r.senderUnit(), r.recipientAgency(),
                    r.recipientUnit(), r.content(), r.authorName(), r.createdBy(), Instant.ofEpochMilli(r.sentMs()),
                    r.receivedMs() == 0 ? null : Instant.ofEpochMilli(r.receivedMs()), r.messageId(), r.assignedTo(),
                    linked, threads.attachmentsOf(r.id()), threads.entries(r.id(), node.agency()),
                    ref.forwardedUnits(), r.ownUnitId(), ref.grantees()));
        });
    }

    /** A note in the report's thread, from either side, sent to the partner. */
    @Transactional
    public UUID reply(Actor actor, ReportId id, Drafts.Reply d) {
        InformationReport r = writable(actor, id);
        Problems problems = new Problems();
        List<Attachments.Checked> files = Threads.checkReply(d.text(), d.attachments(), problems);
        problems.throwIfAny();
        return threads.write(actor, threads.ref(r), EntryKind.NOTE, d.text(), files,
                false).id();
    }

    /**
     * Passes a report on to another unit of the own agency, whose officers then see it; refused when the sender
     * forbade onward sharing.
     */
    @Transactional
    public void forward(Actor actor, ReportId id, Long unitId) {
        InformationReport r = writable(actor, id);
        r.checkMayPassOn();
        UnitSummary unit = unitId == null ? null : directory.unit(unitId)
                .filter(u -> u.agencyCode().equals(node.agency())).orElse(null);
        if (unit == null) {
            throw CooperationRefused.invalid("unit", "cooperation.forward.error.unit");
        }
        List<Long> already = threads.forwardedUnits(r.id());
        if (java.util.Objects.equals(unit.id(), r.ownUnitId()) || already.contains(unit.id())) {
            throw CooperationRefused.invalid("unit", "cooperation.forward.error.already", unit.code());
        }
        threads.recordForward(r.id(), unit.id(), actor.username());
        ThreadRef ref = threads.ref(r);
        threads.write(actor, ref, EntryKind.FORWARDED, CounterpartUnits.ref(unit), List.of(), false);
        directory.officers(unit.id()).stream().filter(o -> o.roles().contains(org.liaison.directory.Role.SUPERVISOR))
                .forEach(o -> threads.tell(o.username(), Notifications.Kind.ASSIGNED, ref));
    }

    /** A supervisor gives the report to an officer of the own side's unit. */
    @Transactional
    public void assign(Actor actor, ReportId id, String username) {
        InformationReport r = writable(actor, id);
        threads.assign(actor, threads.ref(r), username);
        r.assignTo(username.strip());
        save(r);
    }

    /**
     * A supervisor of the report's unit lets an officer of another unit read it in full. Refused when the sender
     * forbade passing it on (that is passing it on), for anyone else than such a supervisor, and for an officer who
     * may already read it. Recorded in the thread, on this side only, and in the audit log; the officer is told.
     */
    @Transactional
    public void grant(Actor actor, ReportId id, String username) {
        InformationReport r = writable(actor, id);
        Long unit = actor.officer().unitId();
        if (!actor.supervisor() || unit == null || !unit.equals(r.ownUnitId())) {
            throw CooperationRefused.conflict("cooperation.needToKnow.error.notSupervisor");
        }
        r.checkMayPassOn();
        String name = username == null ? "" : username.strip();
        Directory.OfficerSummary officer = directory.officer(name)
                .filter(o -> o.enabled() && (o.roles().contains(Role.OFFICER) || o.roles().contains(Role.SUPERVISOR)))
                .orElseThrow(() -> CooperationRefused.invalid("grantee", "cooperation.needToKnow.error.officer", name));
        ThreadRef ref = threads.ref(r);
        Actor grantee = new Actor(new CurrentOfficer(officer.id(), officer.username(), officer.fullName(), node.agency(),
                officer.unitId(), officer.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet())),
                "");
        if (ref.visibleTo(grantee)) {
            throw CooperationRefused.invalid("grantee", "cooperation.needToKnow.error.already", officer.fullName());
        }
        threads.recordGrant(r.id(), officer.username(), actor.username());
        ThreadRef granted = threads.ref(r);
        threads.write(actor, granted, EntryKind.NEED_TO_KNOW, officer.fullName(), List.of(), false);
        threads.log(actor, "GRANT", granted, "need to know: " + officer.username());
        threads.tell(officer.username(), Notifications.Kind.ASSIGNED, granted);
    }

    /** The title of a report the reader may attach to a request; refused when it may not be passed on. */
    String attachable(Actor actor, UUID reportId) {
        InformationReport r = reports.findById(reportId)
                .filter(x -> threads.ref(x).visibleTo(actor))
                .orElseThrow(() -> CooperationRefused.invalid("relatedReportId", "cooperation.request.error.unknownReport",
                        reportId.toString()));
        r.checkMayPassOn();
        return r.title();
    }

    private InformationReport writable(Actor actor, ReportId id) {
        InformationReport r = reports.findById(id.value()).orElseThrow(CooperationRefused::notFound);
        if (!actor.mayWrite() || !threads.ref(r).visibleTo(actor)) {
            throw CooperationRefused.notFound();
        }
        return r;
    }

    private void save(InformationReport r) {
        try {
            reports.save(r);
        } catch (OptimisticLockingFailureException e) {
            throw CooperationRefused.conflict("cooperation.error.stale");
        }
    }
}
