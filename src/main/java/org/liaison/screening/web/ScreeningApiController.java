package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.persons.PersonName;
import org.liaison.screening.internal.EvidenceLine;
import org.liaison.screening.internal.HitStatus;
import org.liaison.screening.internal.HitView;
import org.liaison.screening.internal.HitsService;
import org.liaison.screening.internal.NameScreening;
import org.liaison.screening.internal.PersonIndex;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.HttpStatus;
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
 * Screening for other systems of the agency (personal bearer tokens): hits and their review, one name screened, the
 * index's state and its rebuild. Explanations come in the caller's Accept-Language; errors are
 * {@code {"errors":[{"field":..,"message":..}]}}. Reads are audited like page views.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class ScreeningApiController {

    private final HitsService hits;
    private final NameScreening screening;
    private final PersonIndex index;
    private final ScreeningText text;

    ScreeningApiController(HitsService hits, NameScreening screening, PersonIndex index, ScreeningText text) {
        this.hits = hits;
        this.screening = screening;
        this.index = index;
        this.text = text;
    }

    /** One explanation line: its kind, the two name parts, the detail, and the sentence in the caller's language. */
    record EvidenceJson(String kind, String left, String right, String detail, String text) {
    }

    record HitJson(UUID id, UUID noticeId, UUID noticePersonId, String noticeAgency, boolean noticeActive, UUID personId,
                   double score, String noticeName, String personName, HitStatus status, Instant found,
                   String reviewedBy, Instant reviewed, String reviewNote, String explanation,
                   List<EvidenceJson> evidence) {
    }

    record ReviewRequest(String note, String reason) {
    }

    record ScreenRequest(String name, String birthDate, String sex, String nationality) {
    }

    record CandidateJson(UUID personId, String originAgency, boolean own, List<PersonName> names, double score,
                         String matchedName, String explanation, List<EvidenceJson> evidence, List<UUID> activeNotices) {
    }

    /** @param complete false while the index is being built for the first time since the node started */
    record ScreenResponse(String subject, boolean complete, List<CandidateJson> candidates) {
    }

    @GetMapping(path = "/api/v1/screening/hits", produces = MediaType.APPLICATION_JSON_VALUE)
    List<HitJson> hits(@RequestParam(name = "status", required = false) HitStatus status, CurrentOfficer me,
                       HttpServletRequest request, Locale locale) {
        return hits.list(status, ScreeningPageAdvice.actor(me, request)).stream().map(h -> json(h, locale)).toList();
    }

    @GetMapping(path = "/api/v1/screening/hits/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HitJson> hit(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Locale locale) {
        return ResponseEntity.of(ScreeningPageAdvice.uuid(id)
                .flatMap(h -> hits.open(h, ScreeningPageAdvice.actor(me, request)))
                .map(d -> json(d.hit(), locale)));
    }

    /** 200 with the hit as confirmed; 409 when it was reviewed already. */
    @PostMapping(path = "/api/v1/screening/hits/{id}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HitJson> confirm(@PathVariable String id, @RequestBody(required = false) ReviewRequest body,
                                    CurrentOfficer me, HttpServletRequest request, Locale locale) {
        var actor = ScreeningPageAdvice.actor(me, request);
        UUID hit = ScreeningPageAdvice.required(id);
        hits.confirm(hit, actor, body == null ? null : body.note());
        return ResponseEntity.of(hits.open(hit, actor).map(d -> json(d.hit(), locale)));
    }

    /** 200 with the hit as dismissed; 400 without a reason, 409 when it was reviewed already. */
    @PostMapping(path = "/api/v1/screening/hits/{id}/dismiss", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HitJson> dismiss(@PathVariable String id, @RequestBody(required = false) ReviewRequest body,
                                    CurrentOfficer me, HttpServletRequest request, Locale locale) {
        var actor = ScreeningPageAdvice.actor(me, request);
        UUID hit = ScreeningPageAdvice.required(id);
        hits.dismiss(hit, actor, body == null ? null : body.reason());
        return ResponseEntity.of(hits.open(hit, actor).map(d -> json(d.hit(), locale)));
    }

    @PostMapping(path = "/api/v1/screening/screen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ScreenResponse screen(@RequestBody ScreenRequest body, CurrentOfficer me, HttpServletRequest request, Locale locale) {
        var result = screening.screen(body.name(), body.birthDate(), body.sex(), body.nationality(),
                ScreeningPageAdvice.actor(me, request));
        return new ScreenResponse(result.subject().name(), result.complete(), result.found().stream()
                .map(f -> new CandidateJson(f.person().id().value(), f.person().originAgency(), f.own(),
                        f.person().names(), f.score(), f.matchedName(), text.evidence(f.evidence(), locale),
                        evidence(f.evidence(), locale), f.notices().stream().map(n -> n.id().value()).toList()))
                .toList());
    }

    @GetMapping(path = "/api/v1/screening/index", produces = MediaType.APPLICATION_JSON_VALUE)
    PersonIndex.Status index() {
        return index.status();
    }

    /** 202: the rebuild runs in the background; {@code GET /api/v1/screening/index} follows it. */
    @PostMapping(path = "/api/v1/screening/index/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<PersonIndex.Rebuild> rebuild(CurrentOfficer me, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(index.rebuild(ScreeningPageAdvice.actor(me, request).officer().username()));
    }

    private HitJson json(HitView h, Locale locale) {
        return new HitJson(h.id(), h.notice().value(), h.noticePerson().value(), h.noticeAgency(), h.noticeActive(),
                h.person().value(), h.score(), h.noticeName(), h.personName(), h.status(), h.found(),
                h.reviewedBy().isEmpty() ? null : h.reviewedBy(), h.reviewed(), h.reviewNote(),
                text.evidence(h.evidence(), locale), evidence(h.evidence(), locale));
    }

    private List<EvidenceJson> evidence(List<EvidenceLine> lines, Locale locale) {
        return lines.stream().map(l -> new EvidenceJson(l.kind(), l.left(), l.right(), l.detail(),
                text.evidence(List.of(l), locale))).toList();
    }
}
