package org.liaison.handovers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverClosed;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.LinkedRecord;
import org.liaison.handovers.internal.HandoverDrafts.ConfirmationDraft;
import org.liaison.handovers.internal.HandoverDrafts.CustodyDraft;
import org.liaison.handovers.internal.HandoverDrafts.DetentionDraft;
import org.liaison.handovers.internal.HandoverDrafts.LocatedDraft;
import org.liaison.handovers.internal.HandoverDrafts.ProposalDraft;
import org.liaison.handovers.internal.HandoverDrafts.ReasonDraft;
import org.liaison.handovers.internal.HandoverDrafts.RequestDraft;
import org.liaison.handovers.internal.HandoverRefused.Problems;
import org.liaison.handovers.internal.HandoverRefused.Reason;
import org.liaison.persons.PersonId;
import org.liaison.persons.Persons;
import org.liaison.persons.PersonName;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeSnapshot;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.WantedNotices;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the stages of a handover on this node's side and sending each to the partner in the same transaction
 * (the record and the outbox message commit together), opening and listing handovers (every read audited).
 */
@Service
public class HandoverService {

    /** Lists show at most this many handovers; filters narrow them. */
    public static final int LIST_LIMIT = 200;
    static final int MAX_TEXT = 300;
    static final int MAX_NOTE = 2000;
    static final int MAX_REASON = 1000;
    static final int MAX_ITEMS = 4000;

    private final HandoverRecords handovers;
    private final HandoverListing listing;
    private final WantedNotices notices;
    private final Persons persons;
    private final Directory directory;
    private final Exchange exchange;
    private final ConfirmationSignatures signatures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NodeProperties node;

    private final LinkedRecords linkedRecords;

    HandoverService(HandoverRecords handovers, WantedNotices notices, Persons persons, Directory directory,
                    Exchange exchange, ConfirmationSignatures signatures, AuditLog audit,
                    ApplicationEventPublisher events, NodeProperties node, LinkedRecords linkedRecords,
                    HandoverListing listing) {
        this.listing = listing;
        this.linkedRecords = linkedRecords;
        this.handovers = handovers;
        this.notices = notices;
        this.persons = persons;
        this.directory = directory;
        this.exchange = exchange;
        this.signatures = signatures;
        this.audit = audit;
        this.events = events;
        this.node = node;
    }

    /**
     * Asks a partner agency to hand over the person of one of the own agency's active wanted notices; the notice
     * must have been shared with that agency, so that its officers know whom they look for.
     */
    @Transactional
    public HandoverId request(Caller c, RequestDraft d) {
        Problems p = new Problems();
        WantedNoticeSnapshot notice = null;
        Optional<UUID> noticeId = uuid(d.notice());
        if (d.notice() == null || d.notice().isBlank()) {
            p.invalid("notice", "handovers.validation.required");
        } else {
            notice = noticeId.flatMap(n -> notices.notice(new WantedNoticeId(n), c.officer().username())).orElse(null);
            if (notice == null) {
                p.invalid("notice", "handovers.error.unknownNotice");
            } else if (!notice.own()) {
                p.invalid("notice", "handovers.error.noticeNotOwn", notice.originAgency());
            } else if (notice.status() != WantedNoticeStatus.ACTIVE) {
                p.invalid("notice", "handovers.error.noticeNotActive", HandoverRefused.text("handovers.noticeStatus." + notice.status()));
            } else if (handovers.findByNoticeId(notice.id().value()).stream().anyMatch(h -> !h.status().ended())) {
                p.invalid("notice", "handovers.error.alreadyUnderWay");
            }
        }
        String holding = p.text("holdingAgency", d.holdingAgency(), 20, true);
        if (holding != null) {
            if (!partners().contains(holding)) {
                p.invalid("holdingAgency", "handovers.error.notPartner", holding);
            } else if (notice != null && notice.own() && !notice.sharedWith().contains(holding)) {
                p.invalid("notice", "handovers.error.noticeNotShared", holding);
            }
        }
        String grounds = p.text("grounds", d.grounds(), MAX_NOTE, true);
        List<LinkedRecord> links = new ArrayList<>();
        link(p, links, "requestReference", LinkedRecord.Kind.REQUEST, d.requestReference());
        link(p, links, "caseReference", LinkedRecord.Kind.CASE, d.caseReference());
        p.throwIfAny();

        long now = System.currentTimeMillis();
        Handover h = Handover.request(new HandoverId(UUID.randomUUID()), node.agency(), holding, notice.id(),
                notice.person(), grounds, links, c.name(), now);
        handovers.save(h);
        exchange.send(new OutgoingMessage(holding, Wire.REQUESTED, 1,
                new Wire.Request(h.id().value(), h.requestingAgency(), h.holdingAgency(), h.noticeId().value(),
                        h.personId().value(), grounds, links.stream().map(l -> new Wire.Link(l.kind().name(), l.id())).toList(),
                        now, c.name()),
                "Handover " + h.id() + " requested", h.id().toString(), Wire.conversation(h.id().value())), c.officer());
        log(c, "CREATE", h.id(), "to " + holding + ", notice " + notice.id() + ", links " + links);
        return h.id();
    }

    /** A request or case the handover belongs to: only one this node holds. */
    private void link(Problems p, List<LinkedRecord> links, String field, LinkedRecord.Kind kind, String ref) {
        String id = p.text(field, ref, LinkedRecord.MAX_ID, false);
        if (id != null && !id.isEmpty()) {
            if (linkedRecords.exists(kind, id)) {
                links.add(new LinkedRecord(kind, id));
            } else {
                p.invalid(field, kind == LinkedRecord.Kind.REQUEST ? "handovers.error.noSuchRequest"
                        : "handovers.error.noSuchCase", id);
            }
        }
    }

    @Transactional
    public void recordLocated(Caller c, HandoverId id, LocatedDraft d) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.check(Stage.LOCATED, side);
        Problems p = new Problems();
        LocalDate on = pastDate(p, "date", d.date());
        String place = p.text("place", d.place(), MAX_TEXT, true);
        String note = p.text("note", d.note(), MAX_NOTE, false);
        p.throwIfAny();
        Located located = new Located(on, place, note);
        long now = System.currentTimeMillis();
        h.recordLocated(side, located, c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.LOCATED, c.name(), now, located, null, null, null, null, null));
    }

    @Transactional
    public void recordDetention(Caller c, HandoverId id, DetentionDraft d) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.check(Stage.DETAINED, side);
        Problems p = new Problems();
        LocalDate on = pastDate(p, "date", d.date());
        LocalTime time = time(p, "time", d.time(), false);
        String place = p.text("place", d.place(), MAX_TEXT, true);
        String authority = p.text("authority", d.authority(), MAX_TEXT, true);
        p.throwIfAny();
        Detention detention = new Detention(on, place, authority);
        long detainedMs = on.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone()).toInstant().toEpochMilli();
        long now = System.currentTimeMillis();
        h.recordDetention(side, detention, detainedMs, c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.DETAINED, c.name(), now, null, detention, detainedMs,
                null, null, null));
    }

    @Transactional
    public void propose(Caller c, HandoverId id, ProposalDraft d) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.check(Stage.PROPOSAL, side);
        Problems p = new Problems();
        String gate = p.text("gate", d.gate(), 40, true);
        if (gate != null && directory.gate(gate).isEmpty()) {
            p.invalid("gate", "handovers.error.unknownGate", gate);
        }
        LocalDate on = date(p, "date", d.date());
        LocalTime time = time(p, "time", d.time(), true);
        String escortsRequesting = lines(p, "escortsRequesting", d.escortsRequesting(), MAX_NOTE, true);
        String escortsHolding = lines(p, "escortsHolding", d.escortsHolding(), MAX_NOTE, true);
        String items = lines(p, "items", d.items(), MAX_ITEMS, true);
        p.throwIfAny();
        Proposal proposal = new Proposal(gate, on.atTime(time).atZone(zone()).toInstant().toEpochMilli(),
                escortsRequesting, escortsHolding, items);
        long now = System.currentTimeMillis();
        h.propose(side, proposal, c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.PROPOSAL, c.name(), now, null, null, null, proposal,
                null, null));
    }

    @Transactional
    public void agree(Caller c, HandoverId id) {
        Handover h = load(id);
        long now = System.currentTimeMillis();
        h.agree(ownSide(h), c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.AGREEMENT, c.name(), now, null, null, null, null,
                null, null));
    }

    /** This side's confirmation of the execution, signed with the node's key, then sent to the partner. */
    @Transactional
    public void confirm(Caller c, HandoverId id, ConfirmationDraft d) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.check(Stage.CONFIRMATION, side);
        if (h.confirmation(side).isPresent()) {
            throw HandoverRefused.one(Reason.CONFLICT, null, "handovers.error.alreadyConfirmed");
        }
        Problems p = new Problems();
        LocalDate on = pastDate(p, "date", d.date());
        LocalTime time = time(p, "time", d.time(), true);
        String officers = lines(p, "officers", d.officers(), MAX_NOTE, true);
        String seen = p.text("documentsSeen", d.documentsSeen(), MAX_NOTE, true);
        PhotoCheck photo = p.oneOf("photoCheck", d.photoCheck(), PhotoCheck.class);
        String condition = p.text("condition", d.condition(), MAX_NOTE, true);
        String items = lines(p, "items", d.items(), MAX_ITEMS, false);
        long executedMs = 0;
        if (on != null && time != null) {
            executedMs = on.atTime(time).atZone(zone()).toInstant().toEpochMilli();
            if (executedMs > System.currentTimeMillis() + 5 * 60_000) {
                p.invalid("time", "handovers.validation.future");
            }
        }
        p.throwIfAny();
        long now = System.currentTimeMillis();
        HandoverConfirmation confirmation = signatures.sign(h, new HandoverConfirmation(node.agency(), side, executedMs,
                officers, seen, photo, condition, items, c.name(), now, ""));
        h.confirm(side, confirmation, c.name(), now);
        save(h);
        exchange.send(new OutgoingMessage(h.agency(side.other()), Wire.CONFIRMED, 1,
                new Wire.Confirmed(h.id().value(), c.name(), now, confirmation),
                "Handover " + h.id() + ": confirmation", h.id().toString(), Wire.conversation(h.id().value())), c.officer());
        log(c, "CONFIRM", h.id(), "signed confirmation of " + side);
    }

    /**
     * The requesting side closes an executed handover: its wanted notice is recorded as executed (partners holding a
     * copy are told by the persons module) and {@link HandoverClosed} tells the request and case modules.
     */
    @Transactional
    public void close(Caller c, HandoverId id) {
        Handover h = load(id);
        long now = System.currentTimeMillis();
        h.close(ownSide(h), c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.CLOSURE, c.name(), now, null, null, null, null,
                null, null));
        Optional<Proposal> proposal = h.proposal();
        String gate = proposal.flatMap(pr -> directory.gate(pr.gateCode())).map(g -> g.nameVi() + " / " + g.nameZh())
                .orElse("");
        notices.recordExecuted(h.noticeId(), cut("Handover " + h.id() + ", " + gate, MAX_REASON), c.officer());
        events.publishEvent(closed(h));
    }

    static HandoverClosed closed(Handover h) {
        return new HandoverClosed(h.id(), h.noticeId(), h.links(), h.requestingAgency(), h.holdingAgency(),
                h.direction(), Instant.ofEpochMilli(h.executedMs()));
    }

    @Transactional
    public void refuse(Caller c, HandoverId id, ReasonDraft d) {
        end(c, id, d, Stage.REFUSAL);
    }

    @Transactional
    public void cancel(Caller c, HandoverId id, ReasonDraft d) {
        end(c, id, d, Stage.CANCELLATION);
    }

    private void end(Caller c, HandoverId id, ReasonDraft d, Stage stage) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.check(stage, side);
        Problems p = new Problems();
        String reason = p.text("reason", d.reason(), MAX_REASON, true);
        p.throwIfAny();
        long now = System.currentTimeMillis();
        if (stage == Stage.REFUSAL) {
            h.refuse(side, reason, c.name(), now);
        } else {
            h.cancel(side, reason, c.name(), now);
        }
        stage(c, h, new Wire.StageRecorded(h.id().value(), stage, c.name(), now, null, null, null, null, reason, null));
    }

    @Transactional
    public void recordCustody(Caller c, HandoverId id, CustodyDraft d) {
        Handover h = load(id);
        Side side = ownSide(h);
        h.checkCustody(side);
        Problems p = new Problems();
        LocalDate on = pastDate(p, "date", d.date());
        LocalTime time = time(p, "time", d.time(), true);
        String place = p.text("place", d.place(), MAX_TEXT, true);
        String officer = p.text("officer", d.officer(), MAX_TEXT, true);
        String from = p.text("from", d.from(), MAX_TEXT, true);
        String to = p.text("to", d.to(), MAX_TEXT, true);
        String note = p.text("note", d.note(), MAX_REASON, false);
        p.throwIfAny();
        CustodyEntry entry = new CustodyEntry(on.atTime(time).atZone(zone()).toInstant().toEpochMilli(), place, officer,
                from, to, note, node.agency());
        long now = System.currentTimeMillis();
        h.recordCustody(side, entry, c.name(), now);
        stage(c, h, new Wire.StageRecorded(h.id().value(), Stage.CUSTODY, c.name(), now, null, null, null, null, null,
                entry));
    }

    private void stage(Caller c, Handover h, Wire.StageRecorded stage) {
        save(h);
        exchange.send(new OutgoingMessage(h.agency(ownSide(h).other()), Wire.STAGE, 1, stage,
                "Handover " + h.id() + ": " + stage.stage().name().toLowerCase(), h.id().toString(),
                Wire.conversation(h.id().value())), c.officer());
        log(c, stage.stage().name(), h.id(), "status " + h.status());
    }

    /** The handover with its person and both confirmations checked; the read is audited. */
    @Transactional
    public Optional<HandoverView> open(HandoverId id, Caller reader, String purpose) {
        return handovers.findById(id.value()).map(h -> {
            log(reader, "READ", h.id(), purpose);
            Optional<WantedNoticeSnapshot> notice = notices.notice(h.noticeId(), reader.officer().username());
            Side side = ownSide(h);
            Set<Stage> allowed = EnumSet.noneOf(Stage.class);
            for (Stage s : Stage.values()) {
                if (s != Stage.REQUEST && h.allows(s, side)) {
                    allowed.add(s);
                }
            }
            return new HandoverView(h.id(), h.requestingAgency(), h.holdingAgency(), h.direction(), h.status(), side,
                    h.noticeId(), notice.map(WantedNoticeSnapshot::status), names(h, reader), h.grounds(),
                    Instant.ofEpochMilli(h.requestedMs()), h.requestedBy(), h.located(), h.detention(), h.proposal(),
                    h.agreed(Side.REQUESTING), h.agreed(Side.HOLDING),
                    h.confirmations().stream().map(cf -> new HandoverView.ConfirmationView(cf,
                                    cf.signature().isEmpty() ? null : signatures.verify(h, cf)))
                            .toList(),
                    h.custody(), h.steps(), h.links(), h.executedMs() == 0 ? null : Instant.ofEpochMilli(h.executedMs()),
                    h.closedMs() == 0 ? null : Instant.ofEpochMilli(h.closedMs()), h.endReason(), allowed);
        });
    }

    /** Handovers filtered by status, direction, gate and period (days in the node's zone); each listed is an audited read. */
    @Transactional
    public List<HandoverLine> list(HandoverStatus status, Direction direction, String gate, LocalDate from,
                                   LocalDate to, Caller reader) {
        long fromMs = from == null ? Long.MIN_VALUE : from.atStartOfDay(zone()).toInstant().toEpochMilli();
        long toMs = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(zone()).toInstant().toEpochMilli() - 1;
        String prefix = direction == null ? null : (direction == Direction.TO_VIET_NAM ? "VN-%" : "CN-%");
        List<HandoverListing.Row> rows = listing.list(status == null ? null : status.name(), prefix,
                gate == null || gate.isBlank() ? null : gate, fromMs, toMs, LIST_LIMIT);
        Map<PersonId, List<PersonName>> names = persons.names(rows.stream().map(HandoverListing.Row::person).toList(),
                reader.officer().username());
        return rows.stream().map(h -> {
            log(reader, "READ", h.id(), "list");
            return new HandoverLine(h.id(), names.getOrDefault(h.person(), List.of()), h.direction(), h.status(),
                    h.requestingAgency(), h.holdingAgency(), h.gateCode(), h.date(), h.executed());
        }).toList();
    }

    /** The own agency's active notices shared with a partner: what a request can be based on. */
    @Transactional
    public List<WantedNoticeSnapshot> requestableNotices(Caller reader) {
        return notices.ownActive(reader.officer().username()).stream().filter(n -> !n.sharedWith().isEmpty()).toList();
    }

    /** The partner agencies this node's agency can hand fugitives to or receive them from. */
    public List<String> partners() {
        return directory.agencies().stream().filter(a -> !a.own()).map(Directory.AgencySummary::code)
                .filter(HandoverService::handsOver).toList();
    }

    private static boolean handsOver(String agency) {
        try {
            Direction.to(agency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<PersonName> names(Handover h, Caller reader) {
        return persons.person(h.personId(), reader.officer().username()).map(p -> p.names()).orElse(List.of());
    }

    Handover load(HandoverId id) {
        return handovers.findById(id.value()).orElseThrow(HandoverRefused::notFound);
    }

    private Side ownSide(Handover h) {
        return h.sideOf(node.agency()).orElseThrow(() -> new IllegalStateException(
                "handover " + h.id() + " is between " + h.requestingAgency() + " and " + h.holdingAgency()));
    }

    private void save(Handover h) {
        try {
            handovers.save(h);
        } catch (OptimisticLockingFailureException e) {
            // the partner's stage or another officer's arrived at the same moment
            throw HandoverRefused.one(Reason.CONFLICT, null, "handovers.error.stale");
        }
    }

    private void log(Caller c, String action, HandoverId id, String detail) {
        audit.append(new AuditEntry(c.officer().username(), c.officer().agency(), action, "handover", id.toString(),
                c.remoteAddr(), detail));
    }

    ZoneId zone() {
        return node.zone();
    }

    private LocalDate date(Problems p, String field, String value) {
        if (value == null || value.isBlank()) {
            p.invalid(field, "handovers.validation.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            p.invalid(field, "handovers.validation.date", value);
            return null;
        }
    }

    /** A date that has already come, in the node's zone. */
    private LocalDate pastDate(Problems p, String field, String value) {
        LocalDate d = date(p, field, value);
        if (d != null && d.isAfter(LocalDate.now(zone()))) {
            p.invalid(field, "handovers.validation.future");
            return null;
        }
        return d;
    }

    private static LocalTime time(Problems p, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.invalid(field, "handovers.validation.required");
            }
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            p.invalid(field, "handovers.validation.time", value);
            return null;
        }
    }

    /** One entry per line, blank lines dropped. */
    private static String lines(Problems p, String field, String value, int max, boolean required) {
        String text = p.text(field, value, max, required);
        return text == null ? null : Records.joined(Records.lines(text));
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(Objects.requireNonNull(s).strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
