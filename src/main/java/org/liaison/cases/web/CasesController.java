package org.liaison.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.internal.Actor;
import org.liaison.cases.internal.CaseDossier;
import org.liaison.cases.internal.CasesChangeRefused;
import org.liaison.cases.internal.CasesService;
import org.liaison.cases.internal.ProposalsService;
import org.liaison.directory.Directory;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joint cases: the list with its filters, the case page, the form to open a case, to change an own case's core or
 * to propose a change to a partner's, and sharing with a partner agency. Officers and supervisors write; auditors
 * read; administrators see no cases (they name persons).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class CasesController {

    private static final String FORM = "cases/form";

    private final CasesService cases;
    private final ProposalsService proposals;
    private final CasePage page;
    private final CasesText text;
    private final Directory directory;

    CasesController(CasesService cases, ProposalsService proposals, CasePage page, CasesText text, Directory directory) {
        this.cases = cases;
        this.proposals = proposals;
        this.page = page;
        this.text = text;
        this.directory = directory;
    }

    @GetMapping("/cases")
    String list(@RequestParam(name = "origin", required = false) String origin,
                @RequestParam(name = "crimeArea", required = false) String crimeArea,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "unit", required = false) String unit,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to, Model model) {
        CasesService.Filter filter = new CasesService.Filter(parse(CasesService.Origin.class, origin),
                parse(CrimeArea.class, crimeArea), parse(CaseStatus.class, status), day(from), day(to),
                unit == null || unit.isBlank() ? null : unit);
        model.addAttribute("cases", cases.list(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("origins", CasesService.Origin.values());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("unitChoices", text.unitChoices());
        model.addAttribute("limit", CasesService.LIST_LIMIT);
        return "cases/list";
    }

    @GetMapping("/cases/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newCase(Model model, CurrentOfficer me) {
        CaseForm form = new CaseForm();
        form.setStatus(CaseStatus.OPEN.name());
        return form(model, form, null);
    }

    @PostMapping("/cases/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String create(@ModelAttribute("form") CaseForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            CaseId id = cases.create(CasesPageAdvice.actor(me, request), form.toDraft());
            flash.addFlashAttribute("done", "opened");
            return "redirect:/cases/" + id;
        } catch (CasesChangeRefused refused) {
            CasesPageAdvice.reject(errors, refused);
            return form(model, form, null);
        }
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable String id, @RequestParam(name = "personQ", required = false) String personQuery,
                  CurrentOfficer me, HttpServletRequest request, Model model) {
        return page.show(model, caseId(id), CasesPageAdvice.actor(me, request), personQuery);
    }

    /** The core's form: an own case's to change, a partner's to propose a change. A closed case has none. */
    @GetMapping("/cases/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String edit(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model,
                RedirectAttributes flash) {
        CaseDossier c = cases.open(caseId(id), CasesPageAdvice.actor(me, request)).orElseThrow(CasesPageAdvice::notFound);
        if (c.closed()) {
            flash.addFlashAttribute("refused", List.of(text.of(CasesChangeRefused.term("cases.error.closed"))));
            return "redirect:/cases/" + c.id();
        }
        return form(model, CaseForm.of(c), c);
    }

    @PostMapping("/cases/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String saveEdit(@PathVariable String id, @ModelAttribute("form") CaseForm form, BindingResult errors,
                    CurrentOfficer me, HttpServletRequest request, Model model, RedirectAttributes flash) {
        CaseId c = caseId(id);
        return submit(c, form, errors, me, request, model, flash, "edited",
                actor -> cases.edit(actor, c, form.getRevision(), form.toDraft()));
    }

    @PostMapping("/cases/{id}/propose")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String propose(@PathVariable String id, @ModelAttribute("form") CaseForm form, BindingResult errors,
                   CurrentOfficer me, HttpServletRequest request, Model model, RedirectAttributes flash) {
        CaseId c = caseId(id);
        return submit(c, form, errors, me, request, model, flash, "proposed",
                actor -> proposals.proposeCore(actor, c, form.getRevision(), form.toDraft(), form.getNote()));
    }

    private String submit(CaseId id, CaseForm form, BindingResult errors, CurrentOfficer me, HttpServletRequest request,
                          Model model, RedirectAttributes flash, String done,
                          Consumer<Actor> action) {
        var actor = CasesPageAdvice.actor(me, request);
        try {
            action.accept(actor);
            flash.addFlashAttribute("done", done);
            return "redirect:/cases/" + id;
        } catch (CasesChangeRefused refused) {
            if (refused.has(CasesChangeRefused.Reason.NOT_FOUND)) {
                throw CasesPageAdvice.notFound();
            }
            CasesPageAdvice.reject(errors, refused);
            return form(model, form, cases.open(id, actor).orElseThrow(CasesPageAdvice::notFound));
        }
    }

    private String form(Model model, CaseForm form, CaseDossier c) {
        model.addAttribute("form", form);
        model.addAttribute("c", c);
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("unitChoices", text.unitChoices());
        model.addAttribute("agencies", directory.agencies());
        return FORM;
    }

    @PostMapping("/cases/{id}/share")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String share(@PathVariable String id, @RequestParam(name = "agency", required = false) String agency,
                 CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = caseId(id);
        try {
            cases.share(CasesPageAdvice.actor(me, request), c, agency);
            flash.addFlashAttribute("done", "shared");
        } catch (CasesChangeRefused refused) {
            page.refusedTo(flash, refused);
        }
        return "redirect:/cases/" + c;
    }

    static CaseId caseId(String id) {
        return uuid(id).map(CaseId::new).orElseThrow(CasesPageAdvice::notFound);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
