package org.liaison.persons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.DocumentType;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.internal.NoticeDossier;
import org.liaison.persons.internal.NoticeDraft;
import org.liaison.persons.internal.NameRules;
import org.liaison.persons.internal.NoticeSummary;
import org.liaison.persons.internal.PersonDossier;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonSummary;
import org.liaison.persons.internal.PersonsChangeRefused;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
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
 * Persons and wanted notices for other systems of the agency (personal bearer tokens). Reads are audited like
 * page views. Texts that explain (invalid numbers, conflicts, errors) come in the caller's Accept-Language;
 * errors are {@code {"errors":[{"field":..,"message":..}]}} with the same field paths as the request.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class PersonsApiController {

    private final PersonsService persons;
    private final WantedNoticesService notices;
    private final PersonsText text;

    PersonsApiController(PersonsService persons, WantedNoticesService notices, PersonsText text) {
        this.persons = persons;
        this.notices = notices;
        this.text = text;
    }

    record BirthJson(BirthDate.Precision precision, int year, Integer month, Integer day, String text) {
        static BirthJson of(BirthDate b) {
            return b == null ? null : new BirthJson(b.precision(), b.year(), b.month(), b.day(), b.iso());
        }
    }

    record PersonLine(UUID id, String originAgency, boolean own, String name, List<PersonName> names, Sex sex,
                      BirthJson birth, String nationality, Instant updated) {
        static PersonLine of(PersonSummary s, Locale locale) {
            var p = s.particulars();
            return new PersonLine(s.id().value(), s.originAgency(), s.own(), p.displayName(locale).text(), p.names(),
                    p.sex(), BirthJson.of(p.birthDate()), p.nationality(), s.updated());
        }
    }

    /**
     * @param valid     false when the number breaks its format (possible on a partner's record); {@code problem} says why
     * @param encodes   what a valid national ID number says: birth date, sex, region
     * @param conflicts where that disagrees with the record
     */
    record DocumentJson(DocumentType type, String number, String issuingCountry, boolean valid, String problem,
                        Encoded encodes, List<String> conflicts) {
    }

    record Encoded(String birthDate, Sex sex, String regionCode, String regionName) {
    }

    record NoticeLine(UUID id, UUID personId, String personName, String originAgency, boolean own, CrimeArea crimeArea,
                      HandlingCode handlingCode, WantedNoticeStatus status, String warrantReference, Instant issued) {
        static NoticeLine of(NoticeSummary n, Locale locale) {
            return new NoticeLine(n.id().value(), n.person().value(),
                    NameRules.displayName(n.personNames(), locale).text(), n.originAgency(),
                    n.own(), n.crimeArea(), n.handlingCode(), n.status(), n.warrantReference(), n.issued());
        }
    }

    record PersonJson(UUID id, String originAgency, boolean own, List<PersonName> names, Sex sex, BirthJson birth,
                      String nationality, List<DocumentJson> documents, List<NoticeLine> notices, int version,
                      Instant created, Instant updated) {
    }

    record ShareJson(String agency, UUID messageId, Instant shared) {
    }

    record NoticeJson(UUID id, String originAgency, boolean own, String charges, CrimeArea crimeArea,
                      String issuingAuthority, String warrantReference, String dangerWarnings, HandlingCode handlingCode,
                      WantedNoticeStatus status, String statusReason, Instant issued, Instant closed, Instant received,
                      boolean hasPhoto, PersonJson person, List<ShareJson> shares) {
    }

    /** A new wanted notice; {@code photo} is an optional JPEG or PNG of at most 2 MB, base64-encoded. */
    record NoticeRequest(String personId, String charges, String crimeArea, String issuingAuthority,
                         String warrantReference, String dangerWarnings, String handlingCode, String photo) {

        NoticeDraft toDraft() {
            byte[] bytes = null;
            if (photo != null && !photo.isBlank()) {
                try {
                    bytes = Base64.getMimeDecoder().decode(photo);
                } catch (IllegalArgumentException e) {
                    throw PersonsChangeRefused.invalid("photo", "persons.validation.photo.base64");
                }
            }
            return new NoticeDraft(personId, charges, crimeArea, issuingAuthority, warrantReference, dangerWarnings,
                    handlingCode, bytes);
        }
    }

    @GetMapping(path = "/api/v1/persons", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PersonLine> persons(@RequestParam(name = "q", required = false) String q,
                             @RequestParam(name = "origin", required = false) String origin, CurrentOfficer me,
                             HttpServletRequest request, Locale locale) {
        return persons.search(q, PersonsController.origin(origin), PersonsPageAdvice.actor(me, request)).stream()
                .map(s -> PersonLine.of(s, locale)).toList();
    }

    @GetMapping(path = "/api/v1/persons/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonJson> person(@PathVariable String id, CurrentOfficer me, HttpServletRequest request,
                                      Locale locale) {
        return ResponseEntity.of(PersonsController.personId(id)
                .flatMap(p -> persons.open(p, PersonsPageAdvice.actor(me, request), "api"))
                .map(d -> json(d, locale)));
    }

    /** 201 with the record as stored; 400 with every field error at once. */
    @PostMapping(path = "/api/v1/persons", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<PersonJson> record(@RequestBody PersonDraft body, CurrentOfficer me, HttpServletRequest request,
                                      Locale locale) {
        var actor = PersonsPageAdvice.actor(me, request);
        PersonId id = persons.record(actor, body);
        PersonDossier stored = persons.open(id, actor, "api: as recorded").orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(json(stored, locale));
    }

    @GetMapping(path = "/api/v1/wanted-notices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<NoticeLine> notices(@RequestParam(name = "origin", required = false) String origin,
                             @RequestParam(name = "status", required = false) WantedNoticeStatus status,
                             @RequestParam(name = "crimeArea", required = false) CrimeArea crimeArea, CurrentOfficer me,
                             HttpServletRequest request, Locale locale) {
        return notices.list(PersonsController.origin(origin), status, crimeArea, PersonsPageAdvice.actor(me, request))
                .stream().map(n -> NoticeLine.of(n, locale)).toList();
    }

    @GetMapping(path = "/api/v1/wanted-notices/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NoticeJson> notice(@PathVariable String id, CurrentOfficer me, HttpServletRequest request,
                                      Locale locale) {
        return ResponseEntity.of(WantedNoticesController.noticeId(id)
                .flatMap(n -> notices.open(n, PersonsPageAdvice.actor(me, request), "api"))
                .map(n -> json(n, locale)));
    }

    @PostMapping(path = "/api/v1/wanted-notices", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<NoticeJson> issue(@RequestBody NoticeRequest body, CurrentOfficer me, HttpServletRequest request,
                                     Locale locale) {
        var actor = PersonsPageAdvice.actor(me, request);
        WantedNoticeId id = notices.issue(actor, body.toDraft());
        NoticeDossier stored = notices.open(id, actor, "api: as issued").orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/wanted-notices/" + id)).body(json(stored, locale));
    }

    private PersonJson json(PersonDossier d, Locale locale) {
        var p = d.particulars();
        List<DocumentJson> documents = d.documents().stream().map(c -> {
            var r = c.reading();
            return new DocumentJson(c.document().type(), c.document().number(), c.document().issuingCountry(),
                    r.isValid(), r.problem().map(e -> text.of(e, locale)).orElse(null),
                    r.isValid() && (r.birth() != null || r.sex() != null)
                            ? new Encoded(r.birth() == null ? null : r.birth().iso(), r.sex(), r.regionCode(), r.regionName())
                            : null,
                    c.conflicts().stream().map(e -> text.of(e, locale)).toList());
        }).toList();
        return new PersonJson(d.id().value(), d.originAgency(), d.own(), p.names(), p.sex(), BirthJson.of(p.birthDate()),
                p.nationality(), documents, d.notices().stream().map(n -> NoticeLine.of(n, locale)).toList(),
                d.version(), d.created(), d.updated());
    }

    private NoticeJson json(NoticeDossier n, Locale locale) {
        var t = n.terms();
        return new NoticeJson(n.id().value(), n.originAgency(), n.own(), t.charges(), t.crimeArea(), t.issuingAuthority(),
                t.warrantReference(), t.dangerWarnings(), t.handlingCode(), n.status(), n.statusReason(), n.issued(),
                n.closed(), n.received(), n.hasPhoto(), json(n.person(), locale),
                n.shares().stream().map(s -> new ShareJson(s.agency(), s.messageId(), s.shared())).toList());
    }
}
