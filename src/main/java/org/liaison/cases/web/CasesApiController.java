package org.liaison.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Cases;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.SeizureTotal;
import org.liaison.cases.internal.Actor;
import org.liaison.cases.internal.CaseCore;
import org.liaison.cases.internal.CaseDossier;
import org.liaison.cases.internal.CaseDraft;
import org.liaison.cases.internal.CaseSummary;
import org.liaison.cases.internal.CaseUnit;
import org.liaison.cases.internal.CasesChangeRefused;
import org.liaison.cases.internal.CasesService;
import org.liaison.cases.internal.FieldChange;
import org.liaison.cases.internal.LinkKind;
import org.liaison.cases.internal.LinkedItems;
import org.liaison.cases.internal.PersonRole;
import org.liaison.cases.internal.ProposalKind;
import org.liaison.cases.internal.ProposalState;
import org.liaison.cases.internal.ProposalsService;
import org.liaison.cases.internal.SeizureDraft;
import org.liaison.cases.internal.SeizureFacts;
import org.liaison.cases.internal.TaskStatus;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint cases for other systems of the agency (personal bearer tokens), with the same rules and refusals as the
 * pages: list, read (audited), open, change an own case (only the fields sent), share, record a seizure, propose a
 * change to a partner's case, decide a partner's proposal, and the figures for statistics. Errors are
 * {@code {"errors":[{"field":..,"message":..}]}} in the caller's Accept-Language: 400 invalid, 404 unknown, 409 not
 * allowed in the case's state.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class CasesApiController {

    private final CasesService cases;
    private final ProposalsService proposals;
    private final Cases statistics;

    private final LinkedItems linkedItems;

    CasesApiController(CasesService cases, ProposalsService proposals, Cases statistics, LinkedItems linkedItems) {
        this.linkedItems = linkedItems;
        this.cases = cases;
        this.proposals = proposals;
        this.statistics = statistics;
    }

    record CaseLine(UUID id, String originAgency, boolean own, int revision, CrimeArea crimeArea, String titleVi,
                    String titleZh, CaseStatus status, LocalDate openedOn, int persons, int seizures,
                    long pendingProposals) {
        static CaseLine of(CaseSummary s) {
            CaseCore c = s.core();
            return new CaseLine(s.id().value(), s.originAgency(), s.own(), s.revision(), c.crimeArea(), c.titleVi(),
                    c.titleZh(), c.status(), s.openedOn(), s.persons(), s.seizures(), s.pendingProposals());
        }
    }

    record PersonJson(UUID id, String heldBy, PersonRole role, String names) {
    }

    record SeizureJson(UUID id, DrugType drugType, BigDecimal quantity, QuantityUnit unit, String place,
                       LocalDate seizedOn, String seizingAgency) {
    }

    /**
     * A linked report or request by its id, with its title, where it stands ({@code SENT}/{@code RECEIVED} for a
     * report, the request's status) and its page; the last three are null when this node does not hold it.
     */
    record LinkJson(LinkKind kind, String reference, String title, String status, String href) {
    }

    record TaskJson(UUID id, String title, String owner, LocalDate dueOn, TaskStatus status, boolean overdue) {
    }

    /** @param outOfDate made on an earlier revision than the case has now: it can only be rejected */
    record ProposalJson(UUID id, String proposingAgency, String proposedBy, long proposedMs, int baseRevision,
                        ProposalKind kind, List<FieldChange> fields, SeizureFacts seizure, PersonJson person,
                        String note, ProposalState state, boolean outOfDate, String decidedBy, long decidedMs,
                        String reason, int appliedRevision) {
    }

    record CaseJson(UUID id, String originAgency, boolean own, int revision, CrimeArea crimeArea, String titleVi,
                    String titleZh, String summary, CaseStatus status, LocalDate openedOn, String openedBy,
                    List<String> units, List<String> agencies, List<String> sharedWith, List<PersonJson> persons,
                    List<SeizureJson> seizures, List<SeizureTotal> seizureTotals, List<LinkJson> links,
                    List<TaskJson> tasks, List<ProposalJson> proposals) {
    }

    /**
     * A case's core: all fields to open a case; to change one, only the fields to change (the others stay) and the
     * {@code revision} the change is based on.
     *
     * @param units {@code AGENCY/CODE} of each participating unit
     */
    record CaseRequest(String crimeArea, String titleVi, String titleZh, String summary, String status,
                       List<String> units, Integer revision) {

        CaseDraft toDraft() {
            return new CaseDraft(crimeArea, titleVi, titleZh, summary, status, units);
        }

        /** The draft of the whole core: the fields sent over the current ones. */
        CaseDraft over(CaseCore c) {
            return new CaseDraft(crimeArea == null ? c.crimeArea().name() : crimeArea,
                    titleVi == null ? c.titleVi() : titleVi, titleZh == null ? c.titleZh() : titleZh,
                    summary == null ? c.summary() : summary, status == null ? c.status().name() : status,
                    units == null ? c.units().stream().map(CaseUnit::toString).toList() : units);
        }
    }

    /**
     * A proposal for a partner's case: {@code kind} CORE with the fields to change and the {@code revision} they are
     * based on, SEIZURE with {@code seizure}, or PERSON with {@code personId} (a record of this node) and
     * {@code role}.
     */
    record ProposalRequest(String kind, Integer revision, String crimeArea, String titleVi, String titleZh,
                           String summary, String status, List<String> units, SeizureDraft seizure, String personId,
                           String role, String note) {
    }

    /** @param accept true to accept, false to reject (then with a {@code reason}) */
    record DecisionRequest(Boolean accept, String reason) {
    }

    record ShareRequest(String agency) {
    }

    record Statistics(LocalDate from, LocalDate to, String partner, Map<CrimeArea, Long> casesByCrimeArea,
                      List<SeizureTotal> seizures) {
    }

    @GetMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CaseLine> list(@RequestParam(name = "origin", required = false) CasesService.Origin origin,
                        @RequestParam(name = "crimeArea", required = false) CrimeArea crimeArea,
                        @RequestParam(name = "status", required = false) CaseStatus status,
                        @RequestParam(name = "unit", required = false) String unit,
                        @RequestParam(name = "from", required = false) LocalDate from,
                        @RequestParam(name = "to", required = false) LocalDate to) {
        return cases.list(new CasesService.Filter(origin, crimeArea, status, from, to, unit)).stream()
                .map(CaseLine::of).toList();
    }

    @GetMapping(path = "/api/v1/cases/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    Statistics statistics(@RequestParam(name = "from", required = false) LocalDate from,
                          @RequestParam(name = "to", required = false) LocalDate to,
                          @RequestParam(name = "partner", required = false) String partner) {
        if (from == null) {
            throw CasesChangeRefused.invalid("from", "cases.validation.required");
        }
        if (to == null) {
            throw CasesChangeRefused.invalid("to", "cases.validation.required");
        }
        if (to.isBefore(from)) {
            throw CasesChangeRefused.invalid("to", "cases.validation.periodEnd", from.toString());
        }
        String p = partner == null || partner.isBlank() ? null : partner.strip();
        return new Statistics(from, to, p, statistics.countByCrimeArea(from, to, p), statistics.seizures(from, to, p));
    }

    @GetMapping(path = "/api/v1/cases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> get(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return ResponseEntity.of(CasesController.uuid(id)
                .flatMap(u -> cases.open(new CaseId(u), CasesPageAdvice.actor(me, request)))
                .map(this::json));
    }

    /** 201 with the case as stored. */
    @PostMapping(path = "/api/v1/cases", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<CaseJson> create(@RequestBody CaseRequest body, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId id = cases.create(actor, body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(stored(id, actor));
    }

    /** Changes the fields sent of an own case; refused (409) for a partner's case, which takes proposals. */
    @PutMapping(path = "/api/v1/cases/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    CaseJson edit(@PathVariable String id, @RequestBody CaseRequest body, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId c = caseId(id);
        CaseCore current = cases.core(c).orElseThrow(CasesApiErrors::notFound);
        cases.edit(actor, c, revision(body.revision()), body.over(current));
        return stored(c, actor);
    }

    @PostMapping(path = "/api/v1/cases/{id}/share", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    CaseJson share(@PathVariable String id, @RequestBody ShareRequest body, CurrentOfficer me,
                   HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId c = caseId(id);
        cases.share(actor, c, body.agency());
        return stored(c, actor);
    }

    /** Records a seizure on an own case (201); a partner's case takes it as a proposal instead. */
    @PostMapping(path = "/api/v1/cases/{id}/seizures", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<CaseJson> addSeizure(@PathVariable String id, @RequestBody SeizureDraft body, CurrentOfficer me,
                                        HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId c = caseId(id);
        cases.addSeizure(actor, c, body);
        return ResponseEntity.status(201).body(stored(c, actor));
    }

    /** Proposes a change to a partner's case (201 with the case, the proposal pending in it). */
    @PostMapping(path = "/api/v1/cases/{id}/proposals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<CaseJson> propose(@PathVariable String id, @RequestBody ProposalRequest body, CurrentOfficer me,
                                     HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId c = caseId(id);
        ProposalKind kind = CasesController.parse(ProposalKind.class, body.kind());
        if (kind == null) {
            throw body.kind() == null || body.kind().isBlank()
                    ? CasesChangeRefused.invalid("kind", "cases.validation.required")
                    : CasesChangeRefused.invalid("kind", "cases.validation.choice", body.kind());
        }
        switch (kind) {
            case CORE -> {
                CaseCore current = cases.core(c).orElseThrow(CasesApiErrors::notFound);
                CaseRequest core = new CaseRequest(body.crimeArea(), body.titleVi(), body.titleZh(), body.summary(),
                        body.status(), body.units(), body.revision());
                proposals.proposeCore(actor, c, revision(body.revision()), core.over(current), body.note());
            }
            case SEIZURE -> {
                if (body.seizure() == null) {
                    throw CasesChangeRefused.invalid("seizure", "cases.validation.required");
                }
                proposals.proposeSeizure(actor, c, body.seizure(), body.note(), "seizure.");
            }
            case PERSON -> proposals.proposePerson(actor, c, body.personId(), body.role(), body.note());
        }
        return ResponseEntity.status(201).body(stored(c, actor));
    }

    @PostMapping(path = "/api/v1/cases/{id}/proposals/{proposalId}/decision",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    CaseJson decide(@PathVariable String id, @PathVariable String proposalId, @RequestBody DecisionRequest body,
                    CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CasesPageAdvice.actor(me, request);
        CaseId c = caseId(id);
        if (body.accept() == null) {
            throw CasesChangeRefused.invalid("accept", "cases.validation.required");
        }
        proposals.decide(actor, c, CasesController.uuid(proposalId).orElseThrow(CasesApiErrors::notFound),
                body.accept(), body.reason());
        return stored(c, actor);
    }

    private CaseJson stored(CaseId id, Actor actor) {
        return json(cases.open(id, actor).orElseThrow(CasesApiErrors::notFound));
    }

    private static CaseId caseId(String id) {
        return CasesController.uuid(id).map(CaseId::new).orElseThrow(CasesApiErrors::notFound);
    }

    private static int revision(Integer revision) {
        if (revision == null) {
            throw CasesChangeRefused.invalid("revision", "cases.validation.required");
        }
        return revision;
    }

    CaseJson json(CaseDossier d) {
        CaseCore c = d.core();
        return new CaseJson(d.id().value(), d.originAgency(), d.own(), d.revision(), c.crimeArea(), c.titleVi(),
                c.titleZh(), c.summary(), c.status(), d.openedOn(), d.openedBy(),
                c.units().stream().map(CaseUnit::toString).toList(), d.agencies(),
                d.shares().stream().map(s -> s.agency()).toList(),
                d.persons().stream().map(p -> new PersonJson(p.personId(), p.heldBy(), p.role(), p.names())).toList(),
                d.seizures().stream().map(s -> new SeizureJson(s.seizureId(), s.drugType(), s.quantity(),
                        s.quantityUnit(), s.place(), s.seizedOn(), s.seizingAgency())).toList(),
                d.totals(),
                d.links().stream().map(linkedItems::describe)
                        .map(l -> new LinkJson(l.kind(), l.reference(), l.title(), l.status(), l.href())).toList(),
                d.tasks().stream().map(t -> new TaskJson(t.id(), t.title(), t.owner(), t.dueOn(), t.status(),
                        t.overdue())).toList(),
                d.proposals().stream().map(p -> new ProposalJson(p.id(), p.proposingAgency(), p.proposedBy(),
                        p.proposedMs(), p.baseRevision(), p.change().kind(), p.change().fields(), p.change().seizure(),
                        p.change().person() == null ? null : new PersonJson(p.change().person().personId(),
                                p.change().person().heldBy(), p.change().person().role(), p.change().person().names()),
                        p.note(), p.state(), p.outOfDate(), p.decidedBy(), p.decidedMs(), p.reason(),
                        p.appliedRevision())).toList());
    }
}
