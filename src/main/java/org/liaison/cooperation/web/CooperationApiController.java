package org.liaison.cooperation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.AttachmentUpload;
import org.liaison.cooperation.internal.Attachments;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.cooperation.internal.Drafts;
import org.liaison.cooperation.internal.EntryKind;
import org.liaison.cooperation.internal.ReportsService;
import org.liaison.cooperation.internal.RequestsService;
import org.liaison.cooperation.internal.Threads;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports and requests for other systems of the agency (personal bearer tokens), with the same checks as the forms.
 * Attachments go in as base64 and come out as downloads. Errors are {@code {"errors":[{"field":..,"message":..}]}}
 * in the caller's Accept-Language, with the request's field names.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class CooperationApiController {

    private final ReportsService reports;
    private final RequestsService requests;
    private final Threads threads;

    CooperationApiController(ReportsService reports, RequestsService requests, Threads threads) {
        this.reports = reports;
        this.requests = requests;
        this.threads = threads;
    }

    /** A file to attach: its name and its bytes in base64. */
    record FileJson(String fileName, String content) {
    }

    record ReportRequest(String title, String body, String crimeArea, String recipientUnit, String placeUnit,
                         String gate, String placeText, String factsOn, String factsAt, String reliability,
                         String accuracy, List<String> conditions, String otherConditions, List<String> personIds,
                         List<FileJson> attachments) {

        Drafts.Report toDraft() {
            return new Drafts.Report(title, body, crimeArea, recipientUnit, placeUnit, gate, placeText, factsOn, factsAt,
                    reliability, accuracy, conditions, otherConditions, personIds, files(attachments));
        }
    }

    record RequestRequest(String type, String title, String body, String recipientUnit, String urgency,
                          String deadline, String wantedNoticeId, String relatedReportId, List<String> personIds,
                          List<FileJson> attachments) {

        Drafts.Request toDraft() {
            return new Drafts.Request(type, title, body, recipientUnit, urgency, deadline, wantedNoticeId,
                    relatedReportId, personIds, files(attachments));
        }
    }

    /** @param kind NOTE (default), PARTIAL_REPLY or FINAL_REPLY; reports take notes only */
    record ReplyRequest(String kind, String text, List<FileJson> attachments) {
    }

    record DeclineRequest(String reason) {
    }

    record FileLine(UUID id, String fileName, String contentType, long size, boolean complete, String url) {
        static List<FileLine> of(List<Attachments.Line> lines) {
            return lines.stream().map(a -> new FileLine(a.id(), a.fileName(), a.contentType(), a.size(), a.complete(),
                    "/api/v1/cooperation/attachments/" + a.id())).toList();
        }
    }

    record PersonLine(UUID id, String label) {
    }

    record EntryJson(UUID id, EntryKind kind, String agency, String actorName, String text, Instant at, boolean late,
                     List<FileLine> attachments) {
        static List<EntryJson> of(List<Threads.EntryView> thread) {
            return thread.stream().map(e -> new EntryJson(e.id(), e.kind(), e.agency(), e.actorName(), e.text(), e.at(),
                    e.late(), FileLine.of(e.attachments()))).toList();
        }
    }

    record ReportJson(UUID id, boolean own, String originAgency, String senderUnit, String recipientAgency,
                      String recipientUnit, String title, String body, String lang, CrimeArea crimeArea,
                      String placeAgency, String placeUnit, String gate, String placeText, String factsOn,
                      String factsAt, String reliability, int accuracy, Set<HandlingCondition> conditions,
                      String otherConditions, String authorName, Instant sent, Instant received, String assignedTo,
                      List<PersonLine> persons, List<FileLine> attachments, List<EntryJson> thread) {
    }

    record RequestJson(UUID id, boolean own, String requestingAgency, String requestingUnit, String answeringAgency,
                       String answeringUnit, RequestType type, String title, String body, Urgency urgency,
                       Instant deadline, String deadlineSource, RequestStatus status, boolean answeredLate,
                       boolean overdue, UUID wantedNoticeId, UUID relatedReportId, String authorName, Instant sent,
                       Instant received, String assignedTo, List<PersonLine> persons, List<FileLine> attachments,
                       List<EntryJson> thread) {
    }

    static List<AttachmentUpload> files(List<FileJson> files) {
        if (files == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> {
            FileJson f = files.get(i);
            try {
                return new AttachmentUpload(f.fileName(), Base64.getMimeDecoder().decode(f.content() == null ? "" : f.content()));
            } catch (IllegalArgumentException e) {
                throw CooperationRefused.invalid("attachments[" + i + "]", "cooperation.attachment.base64");
            }
        }).toList();
    }

    // --- reports ---

    @GetMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReportsService.ReportLine> reports(@RequestParam(name = "origin", required = false) String origin,
                                            CurrentOfficer me, HttpServletRequest request) {
        return reports.list(CooperationPageAdvice.actor(me, request), ReportsController.own(origin));
    }

    /**
     * What an officer without need to know gets: {@code "redacted": true}, what the report is, and whom to ask.
     *
     * @param unitSupervisors full names of the supervisors of the report's unit, who may grant need to know
     */
    record RedactedJson(UUID id, boolean redacted, boolean own, String originAgency, String senderUnit,
                        String recipientAgency, String recipientUnit, CrimeArea crimeArea,
                        Set<HandlingCondition> conditions, Instant sent, List<String> unitSupervisors) {
        static RedactedJson of(ReportsService.RedactedReport r) {
            return new RedactedJson(r.id(), true, r.own(), r.originAgency(), r.senderUnit(), r.recipientAgency(),
                    r.recipientUnit(), r.crimeArea(), r.conditions(), r.sent(), r.supervisors());
        }
    }

    record GrantRequest(String username) {
    }

    /** The report in full, or redacted for an officer of the agency without need to know; 404 for anyone else. */
    @GetMapping(path = "/api/v1/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> report(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        return ResponseEntity.of(CooperationPageAdvice.uuid(id).map(ReportId::new).flatMap(r -> reports.open(actor, r, "api")
                .<Object>map(CooperationApiController::json)
                .or(() -> reports.redacted(actor, r, "api").map(RedactedJson::of))));
    }

    /** A supervisor of the report's unit grants an officer of another unit need to know; 204, or 400/409 why not. */
    @PostMapping(path = "/api/v1/reports/{id}/need-to-know", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<Void> grant(@PathVariable String id, @RequestBody GrantRequest body, CurrentOfficer me,
                               HttpServletRequest request) {
        ReportId report = CooperationPageAdvice.uuid(id).map(ReportId::new).orElseThrow(CooperationPageAdvice::notFound);
        reports.grant(CooperationPageAdvice.actor(me, request), report, body.username());
        return ResponseEntity.noContent().build();
    }

    /** 201 with the report as sent; 400 with every field error at once, nothing sent. */
    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<ReportJson> sendReport(@RequestBody ReportRequest body, CurrentOfficer me, HttpServletRequest request,
                                          Locale locale) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        ReportId id = reports.send(actor, body.toDraft(), locale.toLanguageTag());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id))
                .body(json(reports.open(actor, id, "api: as sent").orElseThrow()));
    }

    @PostMapping(path = "/api/v1/reports/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<ReportJson> replyToReport(@PathVariable String id, @RequestBody ReplyRequest body, CurrentOfficer me,
                                             HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        ReportId report = CooperationPageAdvice.uuid(id).map(ReportId::new).orElseThrow(CooperationPageAdvice::notFound);
        if (body.kind() != null && !body.kind().isBlank() && !"NOTE".equals(body.kind())) {
            throw CooperationRefused.invalid("kind", "cooperation.report.error.notesOnly");
        }
        reports.reply(actor, report, new Drafts.Reply("NOTE", body.text(), files(body.attachments())));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report))
                .body(json(reports.open(actor, report, "api: as replied").orElseThrow()));
    }

    private static ReportJson json(ReportsService.ReportView r) {
        var c = r.content();
        return new ReportJson(r.id(), r.own(), r.originAgency(), r.senderUnit(), r.recipientAgency(), r.recipientUnit(),
                c.title(), c.body(), c.lang(), c.crimeArea(), c.placeAgency(), c.placeUnit(), c.gate(), c.placeText(),
                c.factsOn().toString(), c.factsAt() == null ? null : c.factsAt().toString(), c.reliability().name(),
                c.accuracy().grade(), c.conditions(), c.otherConditions(), r.authorName(), r.sent(), r.received(),
                r.assignedTo(), r.persons().stream().map(p -> new PersonLine(p.personId(), p.label())).toList(),
                FileLine.of(r.attachments()), EntryJson.of(r.thread()));
    }

    // --- requests ---

    @GetMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RequestsService.RequestLine> requests(@RequestParam(name = "origin", required = false) String origin,
                                               @RequestParam(name = "status", required = false) RequestStatus status,
                                               CurrentOfficer me, HttpServletRequest request) {
        return requests.list(CooperationPageAdvice.actor(me, request), ReportsController.own(origin), status);
    }

    @GetMapping(path = "/api/v1/requests/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestJson> request(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return ResponseEntity.of(CooperationPageAdvice.uuid(id)
                .flatMap(u -> requests.open(CooperationPageAdvice.actor(me, request), new RequestId(u), "api"))
                .map(CooperationApiController::json));
    }

    /** 201 with the request as sent; 400 with every field error at once (a deadline in the past among them). */
    @PostMapping(path = "/api/v1/requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<RequestJson> sendRequest(@RequestBody RequestRequest body, CurrentOfficer me,
                                            HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        RequestId id = requests.send(actor, body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id))
                .body(json(requests.open(actor, id, "api: as sent").orElseThrow()));
    }

    /** A note from either side, or a partial or final reply from the side that was asked; 409 when its status forbids it. */
    @PostMapping(path = "/api/v1/requests/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<RequestJson> replyToRequest(@PathVariable String id, @RequestBody ReplyRequest body,
                                               CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        RequestId r = requestId(id);
        requests.reply(actor, r, new Drafts.Reply(body.kind() == null || body.kind().isBlank() ? "NOTE" : body.kind(),
                body.text(), files(body.attachments())));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + r))
                .body(json(requests.open(actor, r, "api: as replied").orElseThrow()));
    }

    @PostMapping(path = "/api/v1/requests/{id}/acknowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    RequestJson acknowledge(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        RequestId r = requestId(id);
        requests.acknowledge(actor, r);
        return json(requests.open(actor, r, "api: as acknowledged").orElseThrow());
    }

    @PostMapping(path = "/api/v1/requests/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    RequestJson decline(@PathVariable String id, @RequestBody DeclineRequest body, CurrentOfficer me,
                        HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        RequestId r = requestId(id);
        requests.decline(actor, r, body.reason());
        return json(requests.open(actor, r, "api: as declined").orElseThrow());
    }

    private static RequestId requestId(String id) {
        return CooperationPageAdvice.uuid(id).map(RequestId::new).orElseThrow(CooperationPageAdvice::notFound);
    }

    private static RequestJson json(RequestsService.RequestView r) {
        var t = r.terms();
        return new RequestJson(r.id(), r.own(), r.requestingAgency(), r.requestingUnit(), r.answeringAgency(),
                r.answeringUnit(), t.type(), t.title(), t.body(), t.urgency(), r.deadline(), t.deadlineSource(),
                r.status(), r.answeredLate(), r.overdue(), t.wantedNotice(), t.relatedReport(), r.authorName(), r.sent(),
                r.received(), r.assignedTo(), r.persons().stream().map(p -> new PersonLine(p.personId(), p.label())).toList(),
                FileLine.of(r.attachments()), EntryJson.of(r.thread()));
    }

    @GetMapping("/api/v1/cooperation/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        return CooperationController.download(CooperationPageAdvice.uuid(id).flatMap(u -> threads.attachment(actor, u))
                .orElseThrow(CooperationPageAdvice::notFound));
    }
}
