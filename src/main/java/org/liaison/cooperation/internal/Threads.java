package org.liaison.cooperation.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.cooperation.ItemWritten;
import org.liaison.directory.Directory;
import org.liaison.directory.Role;
import org.liaison.exchange.Exchange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reports and requests have in common: the thread of entries from both sides, notes and replies with their
 * attachments, assignment to an officer, who is told about news, and downloading attachments.
 */
@Service
public class Threads {

    static final int MAX_TEXT = 20_000;

    /** One line of a thread as pages show it; {@code fromHere} is true for what this side wrote. */
    public record EntryView(UUID id, EntryKind kind, String agency, String actorName, String text, Instant at,
                            boolean late, boolean localOnly, boolean fromHere, List<Attachments.Line> attachments) {
    }

    private final ThreadEntries entries;
    private final Attachments attachments;
    private final Outbound outbound;
    private final Notifications notifications;
    private final Directory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Reports reports;
    private final Requests requests;
    private final PersonLinks persons;
    private final Exchange exchange;
    private final ApplicationEventPublisher events;

    Threads(ThreadEntries entries, Attachments attachments, Outbound outbound, Notifications notifications,
            Directory directory, AuditLog audit, JdbcTemplate jdbc, Reports reports, Requests requests,
            PersonLinks persons, Exchange exchange, ApplicationEventPublisher events) {
        this.events = events;
        this.persons = persons;
        this.exchange = exchange;
        this.entries = entries;
        this.attachments = attachments;
        this.outbound = outbound;
        this.notifications = notifications;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.reports = reports;
        this.requests = requests;
    }

    /** The thread's entries, oldest first, each with its attachments. */
    List<EntryView> entries(UUID thread, String ownAgency) {
        Map<UUID, List<Attachments.Line>> files = attachments.inThread(thread).stream()
                .collect(Collectors.groupingBy(Attachments.Line::owner));
        return entries.findByThreadOrderByAtMsAscIdAsc(thread).stream()
                .map(e -> new EntryView(e.id(), e.kind(), e.agency(), e.actorName(), e.text(), Instant.ofEpochMilli(e.atMs()),
                        e.late(), e.localOnly(), e.agency().equals(ownAgency), files.getOrDefault(e.id(), List.of())))
                .toList();
    }

    /** The item's own attachments (not its entries'). */
    List<Attachments.Line> attachmentsOf(UUID item) {
        return attachments.inThread(item).stream().filter(a -> a.owner().equals(item)).toList();
    }

    /** Checks a note's or reply's text and files; problems go to {@code text} and {@code attachments[i]}. */
    static List<Attachments.Checked> checkReply(String text, List<AttachmentUpload> uploads, CooperationRefused.Problems problems) {
        problems.text("text", text, MAX_TEXT);
        return Attachments.check(uploads, problems);
    }

    /**
     * Records an entry made here and, when it is one that crosses, sends it with its files to the partner, in the
     * caller's transaction.
     */
    ThreadEntry write(Actor actor, ThreadRef thread, EntryKind kind, String text, List<Attachments.Checked> files,
                      boolean late) {
        UUID id = UUID.randomUUID();
        long now = System.currentTimeMillis();
        String body = text == null ? "" : text.strip();
        UUID message = null;
        if (kind.crosses()) {
            message = outbound.send(thread.partnerAgency(), Wire.ENTRY,
                    new Wire.Entry(id, thread.id(), kind, body, actor.officer().fullName(), now, Outbound.meta(files)),
                    (thread.request() ? "request " : "report ") + thread.id() + ": " + kind.name().toLowerCase(),
                    thread.id(), files, actor.officer());
        }
        ThreadEntry entry = entries.save(new ThreadEntry(id, thread.id(), kind, actor.agency(), actor.officer().fullName(),
                actor.username(), body, now, late, !kind.crosses(), message, null));
        attachments.store(id, thread.id(), files);
        log(actor, kind.name(), thread, "entry " + id + (files.isEmpty() ? "" : ", " + files.size() + " attachments")
                + (late ? ", late" : ""));
        written(thread);
        return entry;
    }

    /** Tells other modules (the search index) that an officer here wrote the item or in its thread. */
    void written(ThreadRef thread) {
        events.publishEvent(new ItemWritten(thread.id(), thread.request()));
    }

    /** A supervisor gives the item to an officer of the own side's unit; the officer is told. */
    ThreadEntry assign(Actor actor, ThreadRef thread, String username) {
        if (!actor.supervisor()) {
            throw CooperationRefused.conflict("cooperation.assign.error.notSupervisor");
        }
        var officer = username == null ? Optional.<Directory.OfficerSummary>empty() : directory.officer(username.strip());
        if (officer.isEmpty() || !officer.get().enabled() || !officer.get().roles().contains(Role.OFFICER)
                || thread.ownUnitId() == null || !thread.ownUnitId().equals(officer.get().unitId())) {
            throw CooperationRefused.invalid("assignee", "cooperation.assign.error.notInUnit", username == null ? "" : username);
        }
        ThreadEntry entry = write(actor, thread, EntryKind.ASSIGNED, officer.get().fullName(), List.of(), false);
        if (!officer.get().username().equals(actor.username())) {
            notifications.tell(officer.get().username(), Notifications.Kind.ASSIGNED, thread, thread.partnerAgency());
        }
        return entry;
    }

    /** The own units a received report was passed on to. */
    List<Long> forwardedUnits(UUID report) {
        return jdbc.queryForList("SELECT unit_id FROM report_forward WHERE report_id = ? ORDER BY forwarded_ms",
                Long.class, report);
    }

    /** A report's thread reference with who it was passed on and granted to here. */
    ThreadRef ref(InformationReport r) {
        return ThreadRef.of(r, forwardedUnits(r.id()), grantees(r.id()));
    }

    /** The officers a supervisor granted need to know of a report. */
    List<String> grantees(UUID report) {
        return jdbc.queryForList("SELECT username FROM report_need_to_know WHERE report_id = ? ORDER BY granted_ms",
                String.class, report);
    }

    void recordGrant(UUID report, String username, String by) {
        jdbc.update("INSERT INTO report_need_to_know (report_id, username, granted_by, granted_ms) VALUES (?, ?, ?, ?)",
                report, username, by, System.currentTimeMillis());
    }

    void recordForward(UUID report, long unitId, String by) {
        jdbc.update("INSERT INTO report_forward (report_id, unit_id, forwarded_by, forwarded_ms) VALUES (?, ?, ?, ?)",
                report, unitId, by, System.currentTimeMillis());
    }

    /**
     * Who is told about news in a thread: whoever handles it here; for a received item nobody has been given yet,
     * the supervisors of the unit it came to (or, without one, its officers).
     */
    Set<String> followers(ThreadRef thread) {
        Set<String> who = new LinkedHashSet<>();
        if (!thread.assignedTo().isBlank()) {
            who.add(thread.assignedTo());
        }
        if (!thread.createdBy().isBlank()) {
            who.add(thread.createdBy());
        }
        if (who.isEmpty() && thread.ownUnitId() != null) {
            var officers = directory.officers(thread.ownUnitId());
            officers.stream().filter(o -> o.roles().contains(Role.SUPERVISOR)).forEach(o -> who.add(o.username()));
            if (who.isEmpty()) {
                officers.stream().filter(o -> o.roles().contains(Role.OFFICER)).forEach(o -> who.add(o.username()));
            }
        }
        return who;
    }

    void tell(String username, Notifications.Kind kind, ThreadRef thread) {
        notifications.tell(username, kind, thread, thread.partnerAgency());
    }

    void tellFollowers(ThreadRef thread, Notifications.Kind kind) {
        followers(thread).forEach(u -> notifications.tell(u, kind, thread, thread.partnerAgency()));
    }

    /**
     * What opening an item does besides showing it: the read and each person linked to it go to the audit log, the
     * reader's notifications about it are read, and an officer opening a partner's item tells the partner.
     *
     * @param message the exchange message that brought the item, or null for an own item
     * @return the linked persons to show
     */
    List<PersonLinks.Link> read(Actor reader, ThreadRef thread, UUID message, String purpose) {
        log(reader, "READ", thread, purpose);
        List<PersonLinks.Link> linked = persons.show(thread.id(), reader.username());
        logPersons(reader, "READ", thread, linked.stream().map(PersonLinks.Link::personId).toList());
        if (!thread.own() && message != null && reader.mayWrite()) {
            exchange.markRead(message, reader.officer());
        }
        notifications.markThreadRead(reader.username(), thread.id());
        return linked;
    }

    /** A complete attachment for a reader who may see its thread; the download is an audited read. */
    @Transactional
    public Optional<Attachments.File> attachment(Actor reader, UUID id) {
        return attachments.file(id).filter(f -> thread(f.thread()).filter(t -> t.visibleTo(reader)).map(t -> {
            log(reader, "READ", t, "attachment " + id + " (" + f.fileName() + ")");
            return true;
        }).orElse(false));
    }

    Optional<ThreadRef> thread(UUID id) {
        return reports.findById(id).map(this::ref)
                .or(() -> requests.findById(id).map(ThreadRef::of));
    }

    void log(Actor actor, String action, ThreadRef thread, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, thread.request() ? "request" : "report",
                thread.id().toString(), actor.remoteAddr(), detail));
    }

    /** Reading or linking persons on an item is a read or write of person data: one line per person. */
    void logPersons(Actor actor, String action, ThreadRef thread, List<UUID> persons) {
        persons.forEach(p -> audit.append(new AuditEntry(actor.username(), actor.agency(), action, "person", p.toString(),
                actor.remoteAddr(), (thread.request() ? "request " : "report ") + thread.id())));
    }
}
