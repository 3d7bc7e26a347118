package org.liaison.engagements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.liaison.engagements.EngagementCounts;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.Engagements;
import org.liaison.engagements.JointStatus;
import org.liaison.engagements.ReplyCommitments;
import org.liaison.engagements.internal.Actor;
import org.liaison.engagements.internal.Details;
import org.liaison.engagements.internal.DetailsJson;
import org.liaison.engagements.internal.EngagementLine;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.EngagementView.ItemLine;
import org.liaison.engagements.internal.EngagementsChangeRefused;
import org.liaison.engagements.internal.EngagementsService;
import org.liaison.engagements.internal.FollowingUp;
import org.liaison.engagements.internal.SignedTextInfo;
import org.liaison.shared.AgencyCode;
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
import tools.jackson.databind.JsonNode;

/**
 * Engagement records for other systems of the agency (personal bearer tokens), the counts the cooperation
 * statistics are made of, and the reply time agreements set between two agencies. A record's {@code details} are
 * what its kind says (see the {@code *Draft} records for the fields); errors are
 * {@code {"errors":[{"field":..,"message":..}]}} in the caller's Accept-Language, with the request's field paths
 * ({@code details.delegates[1].name}).
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class EngagementsApiController {

    private final EngagementsService engagements;
    private final FollowingUp followingUp;
    private final Engagements statistics;
    private final ReplyCommitments commitments;
    private final DetailsJson drafts;

    EngagementsApiController(EngagementsService engagements, FollowingUp followingUp, Engagements statistics,
                             ReplyCommitments commitments, DetailsJson drafts) {
        this.engagements = engagements;
        this.followingUp = followingUp;
        this.statistics = statistics;
        this.commitments = commitments;
        this.drafts = drafts;
    }

    record Line(UUID id, EngagementKind kind, LocalDate dated, String recordingAgency, String partnerAgency,
                boolean own, JointStatus status) {
        static Line of(EngagementLine l) {
            return new Line(l.id(), l.kind(), l.dated(), l.recordingAgency(), l.partnerAgency(), l.own(), l.status());
        }
    }

    record CorrectionJson(Details details, List<String> changes, String note, String by, Instant proposed) {
    }

    record RecordJson(UUID id, EngagementKind kind, String recordingAgency, String partnerAgency, boolean own,
                      JointStatus status, int revision, String recordedBy, Instant recorded, Instant received,
                      String statusBy, Instant statusChanged, String statusNote, Details details,
                      CorrectionJson correction, List<ItemLine> actionItems, List<ItemLine> followUps,
                      SignedTextInfo signedText) {
        static RecordJson of(EngagementView v) {
            CorrectionJson correction = v.correction() == null ? null : new CorrectionJson(v.correction(),
                    v.details().changesIn(v.correction()), v.correctionNote(), v.correctionBy(), v.correctionAt());
            return new RecordJson(v.id(), v.kind(), v.recordingAgency(), v.partnerAgency(), v.own(), v.status(),
                    v.revision(), v.recordedBy(), v.recorded(), v.received(), v.statusBy(), v.statusAt(),
                    v.statusNote(), v.details(), correction, v.actionItems(), v.followUps(), v.signedText());
        }
    }

    /** @param details the record as its kind's draft: strings, rows as lists (see the *Draft records) */
    record NewRecord(String partner, JsonNode details) {
    }

    record Correction(String note, JsonNode details) {
    }

    record Rejection(String reason) {
    }

    record ItemUpdate(String status, String note, String meeting) {
    }

    /** @param withinHours the commitment in whole hours (15 days = 360) */
    record CommitmentJson(String requestingAgency, String answeringAgency, boolean urgent, LocalDate on,
                          long withinHours, String within, String agreementId, String source) {
    }

    @GetMapping(path = "/api/v1/engagements", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Line> list(@RequestParam(name = "kind", required = false) EngagementKind kind,
                    @RequestParam(name = "status", required = false) JointStatus status,
                    @RequestParam(name = "origin", required = false) EngagementsController.Origin origin,
                    @RequestParam(name = "from", required = false) LocalDate from,
                    @RequestParam(name = "to", required = false) LocalDate to) {
        return engagements.list(kind, status, origin == null ? null : origin.own, from, to).stream().map(Line::of).toList();
    }

    @GetMapping(path = "/api/v1/engagements/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordJson> one(@PathVariable String id) {
        return ResponseEntity.of(EngagementsPageAdvice.uuid(id).flatMap(engagements::open).map(RecordJson::of));
    }

    @PostMapping(path = "/api/v1/engagements/talks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<RecordJson> recordTalks(@RequestBody NewRecord body, CurrentOfficer me, HttpServletRequest request) {
        return created(EngagementKind.TALKS, body, me, request);
    }

    @PostMapping(path = "/api/v1/engagements/visits", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<RecordJson> recordVisit(@RequestBody NewRecord body, CurrentOfficer me, HttpServletRequest request) {
        return created(EngagementKind.VISIT, body, me, request);
    }

    @PostMapping(path = "/api/v1/engagements/training-courses", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<RecordJson> recordCourse(@RequestBody NewRecord body, CurrentOfficer me, HttpServletRequest request) {
        return created(EngagementKind.TRAINING_COURSE, body, me, request);
    }

    /** Agreements set reply times the system holds both sides to: supervisors record them. */
    @PostMapping(path = "/api/v1/engagements/agreements", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<RecordJson> recordAgreement(@RequestBody NewRecord body, CurrentOfficer me,
                                               HttpServletRequest request) {
        return created(EngagementKind.AGREEMENT, body, me, request);
    }

    private ResponseEntity<RecordJson> created(EngagementKind kind, NewRecord body, CurrentOfficer me,
                                               HttpServletRequest request) {
        UUID id = engagements.record(EngagementsPageAdvice.actor(me, request), body.partner(),
                drafts.draft(kind, body.details(), "details"));
        return ResponseEntity.created(URI.create("/api/v1/engagements/" + id))
                .body(RecordJson.of(engagements.open(id).orElseThrow()));
    }

    @PostMapping(path = "/api/v1/engagements/{id}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    RecordJson confirm(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return act(id, me, request, engagements::confirm);
    }

    @PostMapping(path = "/api/v1/engagements/{id}/correction", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    RecordJson propose(@PathVariable String id, @RequestBody Correction body, CurrentOfficer me,
                       HttpServletRequest request) {
        return act(id, me, request, (actor, record) -> {
            EngagementKind kind = engagements.open(record).orElseThrow(EngagementsApiErrors::notFound).kind();
            engagements.proposeCorrection(actor, record, drafts.draft(kind, body.details(), "details"), body.note());
        });
    }

    @PostMapping(path = "/api/v1/engagements/{id}/correction/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    RecordJson accept(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return act(id, me, request, engagements::acceptCorrection);
    }

    @PostMapping(path = "/api/v1/engagements/{id}/correction/reject", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    RecordJson reject(@PathVariable String id, @RequestBody Rejection body, CurrentOfficer me,
                      HttpServletRequest request) {
        return act(id, me, request, (actor, record) -> engagements.rejectCorrection(actor, record, body.reason()));
    }

    /** Does something to a record as the caller and answers with the record as it now stands. */
    private RecordJson act(String id, CurrentOfficer me, HttpServletRequest request, BiConsumer<Actor, UUID> action) {
        UUID record = recordId(id);
        action.accept(EngagementsPageAdvice.actor(me, request), record);
        return RecordJson.of(engagements.open(record).orElseThrow());
    }

    /** @return the talks the update was made at */
    @PostMapping(path = "/api/v1/engagements/action-items/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    RecordJson updateItem(@PathVariable String id, @RequestBody ItemUpdate body, CurrentOfficer me,
                          HttpServletRequest request) {
        UUID item = recordId(id);
        UUID meeting = EngagementsPageAdvice.uuid(body.meeting()).orElseThrow(() ->
                EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, "meeting",
                        "engagements.validation.required"));
        followingUp.update(EngagementsPageAdvice.actor(me, request), item, body.status(), body.note(), meeting);
        return RecordJson.of(engagements.open(meeting).orElseThrow());
    }

    /**
     * What the two sides did together in a period (both days included), counted from the records. Parameters are
     * read after the caller's role is checked, so that a missing one never tells an unauthorised caller more.
     */
    @GetMapping(path = "/api/v1/engagements/counts", produces = MediaType.APPLICATION_JSON_VALUE)
    EngagementCounts counts(@RequestParam(name = "from", required = false) String from,
                            @RequestParam(name = "to", required = false) String to,
                            @RequestParam(name = "partner", required = false) String partner) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, "to",
                    "engagements.validation.beforeStart", last.toString(), first.toString());
        }
        return statistics.counts(first, last, partner == null || partner.isBlank() ? null : partner.strip());
    }

    /** The reply time the agreements in force on {@code on} set for a request; 404 when none says anything. */
    @GetMapping(path = "/api/v1/engagements/reply-commitment", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommitmentJson> replyCommitment(@RequestParam(name = "requesting", required = false) String requesting,
                                                   @RequestParam(name = "answering", required = false) String answering,
                                                   @RequestParam(name = "urgent", required = false) String urgent,
                                                   @RequestParam(name = "on", required = false) String on) {
        String asking = agency("requesting", requesting);
        String asked = agency("answering", answering);
        boolean isUrgent = Boolean.parseBoolean(urgent);
        LocalDate day = day("on", on);
        return ResponseEntity.of(commitments.replyWithin(asking, asked, isUrgent, day)
                .map(c -> new CommitmentJson(asking, asked, isUrgent, day, c.within().toHours(),
                        c.within().toString(), c.agreementId(), c.source())));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, name,
                    "engagements.validation.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, name,
                    "engagements.validation.date", value);
        }
    }

    private static String agency(String name, String value) {
        if (value == null || !AgencyCode.isValid(value.strip())) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, name,
                    value == null || value.isBlank() ? "engagements.validation.required"
                            : "engagements.validation.agencyCode", value);
        }
        return value.strip();
    }

    private static UUID recordId(String id) {
        return EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsApiErrors::notFound);
    }
}
