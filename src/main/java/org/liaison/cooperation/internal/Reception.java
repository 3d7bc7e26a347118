package org.liaison.cooperation.internal;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.ReportReceived;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestReceived;
import org.liaison.cooperation.ThreadAdvanced;
import org.liaison.directory.Directory;
import org.liaison.directory.Directory.UnitSummary;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores what partners send as it arrives, inside the exchange's inbox transaction: reports and requests for this
 * node's units, the entries of their threads, and attachment parts. Everything is checked before anything is
 * written, so a refused message leaves nothing behind; an entry follows the same status rules as on the sender's
 * node, so both copies of a request stay in step.
 */
@Component
class Reception {

    private final Reports reports;
    private final Requests requests;
    private final ThreadEntries entries;
    private final PersonLinks persons;
    private final Attachments attachments;
    private final Directory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NodeProperties node;

    Reception(Reports reports, Requests requests, ThreadEntries entries, PersonLinks persons, Attachments attachments,
              Directory directory, AuditLog audit, ApplicationEventPublisher events, NodeProperties node) {
        this.reports = reports;
        this.requests = requests;
        this.entries = entries;
        this.persons = persons;
        this.attachments = attachments;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.node = node;
    }

    void report(IncomingMessage m, Wire.Report w) {
        if (w.id() == null || !m.sender().equals(w.originAgency())) {
            throw new RejectedMessageException("a report needs an id and must come from the agency that wrote it");
        }
        if (reports.existsById(w.id()) || requests.existsById(w.id())) {
            throw new RejectedMessageException("id " + w.id() + " is already taken on " + node.agency());
        }
        UnitSummary to = ownUnit(w.recipientUnit());
        ReportContent content;
        try {
            content = new ReportContent(text(w.title(), ReportContent.MAX_TITLE), text(w.body(), ReportContent.MAX_BODY),
                    w.lang() == null ? "" : w.lang(), java.util.Objects.requireNonNull(w.crimeArea(), "crime area"),
                    w.placeAgency(), w.placeUnit(), w.gate(), optional(w.placeText(), ReportContent.MAX_PLACE),
                    java.util.Objects.requireNonNull(w.factsOn(), "date of the facts"), w.factsAt(),
                    java.util.Objects.requireNonNull(w.reliability(), "source reliability"),
                    java.util.Objects.requireNonNull(w.accuracy(), "information accuracy"),
                    w.conditions() == null ? java.util.Set.of() : w.conditions(),
                    optional(w.otherConditions(), ReportContent.MAX_OTHER_CONDITIONS));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedMessageException("report " + w.id() + " is incomplete: " + e.getMessage());
        }
        checkPersonsAndFiles(w.persons(), w.attachments());
        long now = System.currentTimeMillis();
        reports.save(InformationReport.received(w.id(), m.sender(), unitCode(w.senderUnit()), node.agency(), to.code(),
                to.id(), content, text(w.authorName(), 200), w.sentMs(), now, m.id()));
        keep(m, "report", w.id(), w.persons(), w.attachments());
        log(m, "report", w.id().toString(), "for " + to.code() + ", " + content.crimeArea() + ", conditions "
                + content.conditions());
        events.publishEvent(new ReportReceived(new ReportId(w.id()), m.sender()));
    }

    void request(IncomingMessage m, Wire.Request w) {
        if (w.id() == null || !m.sender().equals(w.requestingAgency())) {
            throw new RejectedMessageException("a request needs an id and must come from the agency that asks");
        }
        if (reports.existsById(w.id()) || requests.existsById(w.id())) {
            throw new RejectedMessageException("id " + w.id() + " is already taken on " + node.agency());
        }
        if (w.type() == null || w.urgency() == null || w.deadlineMs() <= 0) {
            throw new RejectedMessageException("request " + w.id() + " needs a type, an urgency and a deadline");
        }
        UnitSummary to = ownUnit(w.answeringUnit());
        RequestTerms terms;
        try {
            terms = new RequestTerms(w.type(), text(w.title(), ReportContent.MAX_TITLE), text(w.body(), ReportContent.MAX_BODY),
                    w.urgency(), w.deadlineMs(), optional(w.deadlineSource(), 300), w.wantedNotice(), w.relatedReport(),
                    optional(w.relatedTitle(), ReportContent.MAX_TITLE));
        } catch (IllegalArgumentException e) {
            throw new RejectedMessageException("request " + w.id() + " is incomplete: " + e.getMessage());
        }
        checkPersonsAndFiles(w.persons(), w.attachments());
        long now = System.currentTimeMillis();
        requests.save(CooperationRequest.received(w.id(), m.sender(), unitCode(w.requestingUnit()), node.agency(),
                to.code(), to.id(), terms, text(w.authorName(), 200), w.sentMs(), now, m.id()));
        keep(m, "request", w.id(), w.persons(), w.attachments());
        log(m, "request", w.id().toString(), w.type() + ", " + w.urgency() + ", for " + to.code());
        events.publishEvent(new RequestReceived(new RequestId(w.id()), m.sender()));
    }

    void entry(IncomingMessage m, Wire.Entry w) {
        if (w.id() == null || w.thread() == null || w.kind() == null || !w.kind().crosses()) {
            throw new RejectedMessageException("an entry needs an id, a thread and a kind that crosses");
        }
        if (entries.existsById(w.id())) {
            throw new RejectedMessageException("entry " + w.id() + " is already held");
        }
        String text = optional(w.text(), Threads.MAX_TEXT);
        boolean late = false;
        Optional<CooperationRequest> request = requests.findById(w.thread());
        Optional<InformationReport> report = request.isPresent() ? Optional.empty() : reports.findById(w.thread());
        if (request.isPresent()) {
            CooperationRequest r = request.get();
            if (!r.partnerAgency().equals(m.sender())) {
                throw new RejectedMessageException("request " + w.thread() + " is not shared with " + m.sender());
            }
            if (w.kind().answersRequest()) {
                if (!r.own()) {
                    throw new RejectedMessageException("only the agency that was asked answers request " + w.thread());
                }
                try {
                    r.advance(w.kind(), w.atMs());
                } catch (CooperationRefused e) {
                    throw new RejectedMessageException("request " + w.thread() + " is " + r.status() + "; it cannot take "
                            + w.kind());
                }
                late = w.kind() != EntryKind.ACKNOWLEDGED && r.isLate(w.atMs());
                requests.save(r);
            }
        } else if (report.isEmpty() || !report.get().partnerAgency().equals(m.sender())) {
            throw new RejectedMessageException("no report or request " + w.thread() + " is shared with " + m.sender());
        } else if (w.kind() != EntryKind.NOTE) {
            throw new RejectedMessageException("a report's thread takes notes only, not " + w.kind());
        }
        checkPersonsAndFiles(List.of(), w.attachments());
        entries.save(new ThreadEntry(w.id(), w.thread(), w.kind(), m.sender(), text(w.actorName(), 200), "", text,
                w.atMs(), late, false, m.id(), null));
        List<Wire.FileMeta> files = w.attachments() == null ? List.of() : w.attachments();
        for (int i = 0; i < files.size(); i++) {
            announce(w.id(), w.thread(), i, files.get(i));
        }
        log(m, request.isPresent() ? "request" : "report", w.thread().toString(), w.kind() + ", entry " + w.id()
                + (late ? ", late" : ""));
        events.publishEvent(new ThreadAdvanced(w.thread(), request.isPresent(), w.id(), m.sender(),
                request.map(CooperationRequest::status).orElse(null)));
    }

    void part(IncomingMessage m, Wire.Part w) {
        if (w.attachment() == null || w.base64() == null) {
            throw new RejectedMessageException("an attachment part needs the attachment's id and bytes");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(w.base64());
        } catch (IllegalArgumentException e) {
            throw new RejectedMessageException("part " + w.part() + " of attachment " + w.attachment() + " is not base64");
        }
        attachments.receivePart(w.attachment(), w.part(), bytes).ifPresent(problem -> {
            throw new RejectedMessageException(problem);
        });
    }

    /** The own unit an item is addressed to; refused when this node has no such unit. */
    private UnitSummary ownUnit(String code) {
        return directory.unit(node.agency(), code == null ? "" : code)
                .orElseThrow(() -> new RejectedMessageException(node.agency() + " has no unit " + code));
    }

    private static void checkPersonsAndFiles(List<Wire.LinkedPerson> persons, List<Wire.FileMeta> files) {
        if (persons != null && (persons.size() > PersonLinks.MAX_PERSONS
                || persons.stream().anyMatch(p -> p == null || p.id() == null || p.label() == null || p.label().length() > 1000))) {
            throw new RejectedMessageException("linked persons need an id and a label of at most 1000 characters, at most "
                    + PersonLinks.MAX_PERSONS);
        }
        if (files != null) {
            if (files.size() > Attachments.MAX_FILES) {
                throw new RejectedMessageException("at most " + Attachments.MAX_FILES + " attachments");
            }
            files.forEach(f -> Attachments.problem(f).ifPresent(p -> {
                throw new RejectedMessageException(p);
            }));
        }
    }

    /** Stores the item's persons (each a line in the audit log: data about a person written here) and its files. */
    private void keep(IncomingMessage m, String type, java.util.UUID item, List<Wire.LinkedPerson> linked,
                      List<Wire.FileMeta> files) {
        persons.save(item, linked == null ? List.of() : linked);
        (linked == null ? List.<Wire.LinkedPerson>of() : linked).forEach(p -> audit.append(new AuditEntry(
                "partner:" + m.sender(), m.sender(), "RECEIVE", "person", p.id().toString(), "",
                "linked on " + type + " " + item + ", message " + m.id())));
        List<Wire.FileMeta> list = files == null ? List.of() : files;
        for (int i = 0; i < list.size(); i++) {
            announce(item, item, i, list.get(i));
        }
    }

    private void announce(java.util.UUID owner, java.util.UUID thread, int ordinal, Wire.FileMeta file) {
        attachments.expect(owner, thread, ordinal, file).ifPresent(problem -> {
            throw new RejectedMessageException(problem);
        });
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new RejectedMessageException("a required text is missing or longer than " + max + " characters");
        }
        return value;
    }

    private static String optional(String value, int max) {
        if (value != null && value.length() > max) {
            throw new RejectedMessageException("a text is longer than " + max + " characters");
        }
        return value == null ? "" : value.strip();
    }

    private static String unitCode(String code) {
        return text(code, 40);
    }

    private void log(IncomingMessage m, String type, String id, String detail) {
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), "RECEIVE", type, id, "",
                "message " + m.id() + ", " + detail));
    }
}
