package org.liaison.handovers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.Handovers;
import org.liaison.handovers.LinkedRecord;
import org.liaison.handovers.internal.Caller;
import org.liaison.handovers.internal.CustodyEntry;
import org.liaison.handovers.internal.Detention;
import org.liaison.handovers.internal.HandoverDrafts;
import org.liaison.handovers.internal.HandoverLine;
import org.liaison.handovers.internal.HandoverRefused;
import org.liaison.handovers.internal.HandoverService;
import org.liaison.handovers.internal.HandoverStep;
import org.liaison.handovers.internal.HandoverView;
import org.liaison.handovers.internal.Located;
import org.liaison.handovers.internal.PhotoCheck;
import org.liaison.handovers.internal.Side;
import org.liaison.persons.PersonName;
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
 * Handovers for other systems of the agency (personal bearer tokens): list, read, request, record the stages this
 * node's side owns, and the figures for the statistics. Every stage answers with the handover as it now stands;
 * a refusal is {@code {"errors":[{"field":..,"message":..}]}} in the caller's language (400, 404 or 409).
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class HandoversApiController {

    private final HandoverService handovers;
    private final Handovers figures;

    HandoversApiController(HandoverService handovers, Handovers figures) {
        this.handovers = handovers;
        this.figures = figures;
    }

    record LineJson(UUID id, String person, Direction direction, HandoverStatus status, String requestingAgency,
                    String holdingAgency, String gate, Instant date, boolean executed) {
        static LineJson of(HandoverLine l, Locale locale) {
            return new LineJson(l.id().value(), l.personNames().isEmpty() ? null
                    : PersonName.displayName(l.personNames(), locale).text(), l.direction(), l.status(),
                    l.requestingAgency(), l.holdingAgency(), l.gateCode(), l.date(), l.executed());
        }
    }

    record ProposalJson(String gate, Instant scheduled, List<String> escortsRequesting, List<String> escortsHolding,
                        List<String> items) {
    }

    /** @param signature {@code VALID}, {@code INVALID}, {@code UNKNOWN_KEY}, or {@code UNSIGNED} for a paper record */
    record ConfirmationJson(String agency, Side side, Instant executed, List<String> officers, String documentsSeen,
                            PhotoCheck photoCheck, String condition, List<String> items, String recordedBy,
                            Instant recorded, String signature) {
    }

    record CustodyJson(Instant at, String place, String officer, String from, String to, String note, String agency) {
        static CustodyJson of(CustodyEntry c) {
            return new CustodyJson(Instant.ofEpochMilli(c.atMs()), c.place(), c.officer(), c.fromParty(), c.toParty(),
                    c.note(), c.agency());
        }
    }

    record StepJson(String stage, String agency, String officer, Instant at, String note) {
        static StepJson of(HandoverStep s) {
            return new StepJson(s.stage().name(), s.agency(), s.officer(), Instant.ofEpochMilli(s.atMs()), s.note());
        }
    }

    record HandoverJson(UUID id, String requestingAgency, String holdingAgency, Direction direction,
                        HandoverStatus status, Side ownSide, UUID notice, List<PersonName> personNames, String grounds,
                        Instant requested, String requestedBy, Located located, Detention detention,
                        ProposalJson proposal, boolean agreedRequesting, boolean agreedHolding,
                        List<ConfirmationJson> confirmations, List<CustodyJson> custody, List<StepJson> history,
                        List<LinkedRecord> links, Instant executed, Instant closed, String endReason,
                        List<String> nextStages) {
        static HandoverJson of(HandoverView v) {
            return new HandoverJson(v.id().value(), v.requestingAgency(), v.holdingAgency(), v.direction(), v.status(),
                    v.ownSide(), v.notice().value(), v.personNames(), v.grounds(), v.requested(), v.requestedBy(),
                    v.located().orElse(null), v.detention().orElse(null),
                    v.proposal().map(p -> new ProposalJson(p.gateCode(), Instant.ofEpochMilli(p.scheduledMs()),
                            p.escortsRequestingList(), p.escortsHoldingList(), p.itemsList())).orElse(null),
                    v.agreedRequesting(), v.agreedHolding(),
                    v.confirmations().stream().map(c -> {
                        var f = c.confirmation();
                        return new ConfirmationJson(f.agency(), f.side(), Instant.ofEpochMilli(f.executedMs()),
                                f.officersList(), f.documentsSeen(), f.photoCheck(), f.conditionNote(), f.itemsList(),
                                f.recordedBy(), Instant.ofEpochMilli(f.recordedMs()),
                                c.unsigned() ? "UNSIGNED" : c.verdict().name());
                    }).toList(),
                    v.custody().stream().map(CustodyJson::of).toList(), v.steps().stream().map(StepJson::of).toList(),
                    v.links(), v.executed(), v.closed(), v.endReason(),
                    v.allowed().stream().map(Enum::name).sorted().toList());
        }
    }

    @GetMapping(path = "/api/v1/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LineJson> list(@RequestParam(name = "status", required = false) HandoverStatus status,
                        @RequestParam(name = "direction", required = false) Direction direction,
                        @RequestParam(name = "gate", required = false) String gate,
                        @RequestParam(name = "from", required = false) LocalDate from,
                        @RequestParam(name = "to", required = false) LocalDate to, CurrentOfficer me,
                        HttpServletRequest request, Locale locale) {
        return handovers.list(status, direction, gate, from, to, HandoversPageAdvice.caller(me, request)).stream()
                .map(l -> LineJson.of(l, locale)).toList();
    }

    @GetMapping(path = "/api/v1/handovers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HandoverJson> handover(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return ResponseEntity.of(HandoversController.handoverId(id)
                .flatMap(h -> handovers.open(h, HandoversPageAdvice.caller(me, request), "api"))
                .map(HandoverJson::of));
    }

    /** Fugitives handed over between this agency and {@code partner} in the period, by direction. */
    @GetMapping(path = "/api/v1/handovers/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    Handovers.Figures figures(@RequestParam(name = "from", required = false) LocalDate from,
                              @RequestParam(name = "to", required = false) LocalDate to,
                              @RequestParam(name = "partner", required = false) String partner) {
        // checked here, not by the binding, so that a caller without the role hears 403 before anything else
        for (var given : new Object[][] {{"from", from}, {"to", to}, {"partner", partner}}) {
            if (given[1] == null || given[1] instanceof String s && s.isBlank()) {
                throw HandoverRefused.invalid((String) given[0], "handovers.validation.required");
            }
        }
        return figures.count(from, to, partner);
    }

    /** 201 with the new handover; 400 with every field error at once. */
    @PostMapping(path = "/api/v1/handovers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<HandoverJson> request(@RequestBody HandoverDrafts.RequestDraft body, CurrentOfficer me,
                                         HttpServletRequest request) {
        Caller caller = HandoversPageAdvice.caller(me, request);
        HandoverId id = handovers.request(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/handovers/" + id)).body(current(id, caller));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/located", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson located(@PathVariable String id, @RequestBody HandoverDrafts.LocatedDraft body, CurrentOfficer me,
                         HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.recordLocated(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/detained", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson detained(@PathVariable String id, @RequestBody HandoverDrafts.DetentionDraft body, CurrentOfficer me,
                          HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.recordDetention(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/proposal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson proposal(@PathVariable String id, @RequestBody HandoverDrafts.ProposalDraft body, CurrentOfficer me,
                          HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.propose(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/agreement", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson agreement(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return stage(id, me, request, handovers::agree);
    }

    @PostMapping(path = "/api/v1/handovers/{id}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson confirmation(@PathVariable String id, @RequestBody HandoverDrafts.ConfirmationDraft body,
                              CurrentOfficer me, HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.confirm(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/closure", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson closure(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return stage(id, me, request, handovers::close);
    }

    @PostMapping(path = "/api/v1/handovers/{id}/refusal", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson refusal(@PathVariable String id, @RequestBody HandoverDrafts.ReasonDraft body, CurrentOfficer me,
                         HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.refuse(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson cancellation(@PathVariable String id, @RequestBody HandoverDrafts.ReasonDraft body, CurrentOfficer me,
                              HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.cancel(c, h, body));
    }

    @PostMapping(path = "/api/v1/handovers/{id}/custody", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    HandoverJson custody(@PathVariable String id, @RequestBody HandoverDrafts.CustodyDraft body, CurrentOfficer me,
                         HttpServletRequest request) {
        return stage(id, me, request, (c, h) -> handovers.recordCustody(c, h, body));
    }

    private HandoverJson stage(String id, CurrentOfficer me, HttpServletRequest request,
                               HandoversController.StageAction action) {
        HandoverId handover = HandoversController.handoverId(id).orElseThrow(HandoverRefused::notFound);
        Caller caller = HandoversPageAdvice.caller(me, request);
        action.record(caller, handover);
        return current(handover, caller);
    }

    private HandoverJson current(HandoverId id, Caller caller) {
        return HandoverJson.of(handovers.open(id, caller, "api: as recorded").orElseThrow());
    }
}
