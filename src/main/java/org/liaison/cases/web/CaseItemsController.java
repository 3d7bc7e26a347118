package org.liaison.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Consumer;
import org.liaison.cases.CaseId;
import org.liaison.cases.internal.Actor;
import org.liaison.cases.internal.CaseWork;
import org.liaison.cases.internal.CasesChangeRefused;
import org.liaison.cases.internal.CasesService;
import org.liaison.cases.internal.ProposalsService;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page: seizures and persons (recorded on an own case, proposed for a partner's), decisions
 * on partners' proposals, and this side's tasks and links. A refused form comes back with its problems next to the
 * fields; a refused action (not allowed in the case's state) returns to the page with the reason.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class CaseItemsController {

    private final CasesService cases;
    private final ProposalsService proposals;
    private final CaseWork work;
    private final CasePage page;

    CaseItemsController(CasesService cases, ProposalsService proposals, CaseWork work, CasePage page) {
        this.cases = cases;
        this.proposals = proposals;
        this.work = work;
        this.page = page;
    }

    @PostMapping("/cases/{id}/seizures")
    String addSeizure(@PathVariable String id, @ModelAttribute("seizureForm") SeizureForm form, BindingResult errors,
                      CurrentOfficer me, HttpServletRequest request, Model model, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "seizureAdded", a -> cases.addSeizure(a, c, form.toDraft()));
    }

    @PostMapping("/cases/{id}/seizures/propose")
    String proposeSeizure(@PathVariable String id, @ModelAttribute("seizureForm") SeizureForm form,
                          BindingResult errors, CurrentOfficer me, HttpServletRequest request, Model model,
                          RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "proposed",
                a -> proposals.proposeSeizure(a, c, form.toDraft(), form.getNote(), ""));
    }

    @PostMapping("/cases/{id}/seizures/{seizureId}/remove")
    String removeSeizure(@PathVariable String id, @PathVariable String seizureId, CurrentOfficer me,
                         HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "seizureRemoved",
                a -> cases.removeSeizure(a, c, CasesController.uuid(seizureId).orElseThrow(CasesPageAdvice::notFound)));
    }

    @PostMapping("/cases/{id}/persons")
    String linkPerson(@PathVariable String id, @ModelAttribute("personLinkForm") PersonLinkForm form,
                      BindingResult errors, CurrentOfficer me, HttpServletRequest request, Model model,
                      RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "personLinked",
                a -> cases.linkPerson(a, c, form.getPersonId(), form.getRole()));
    }

    @PostMapping("/cases/{id}/persons/propose")
    String proposePerson(@PathVariable String id, @ModelAttribute("personLinkForm") PersonLinkForm form,
                         BindingResult errors, CurrentOfficer me, HttpServletRequest request, Model model,
                         RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "proposed",
                a -> proposals.proposePerson(a, c, form.getPersonId(), form.getRole(), form.getNote()));
    }

    @PostMapping("/cases/{id}/persons/{personId}/remove")
    String unlinkPerson(@PathVariable String id, @PathVariable String personId, CurrentOfficer me,
                        HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "personUnlinked",
                a -> cases.unlinkPerson(a, c, CasesController.uuid(personId).orElseThrow(CasesPageAdvice::notFound)));
    }

    @PostMapping("/cases/{id}/proposals/{proposalId}/accept")
    String accept(@PathVariable String id, @PathVariable String proposalId, CurrentOfficer me,
                  HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "accepted", a -> proposals.decide(a, c,
                CasesController.uuid(proposalId).orElseThrow(CasesPageAdvice::notFound), true, null));
    }

    @PostMapping("/cases/{id}/proposals/{proposalId}/reject")
    String reject(@PathVariable String id, @PathVariable String proposalId,
                  @RequestParam(name = "reason", required = false) String reason, CurrentOfficer me,
                  HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "rejected", a -> proposals.decide(a, c,
                CasesController.uuid(proposalId).orElseThrow(CasesPageAdvice::notFound), false, reason));
    }

    @PostMapping("/cases/{id}/tasks")
    String setTask(@PathVariable String id, @ModelAttribute("taskForm") TaskForm form, BindingResult errors,
                   CurrentOfficer me, HttpServletRequest request, Model model, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "taskSet", a -> work.setTask(a, c, form.toDraft()));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/status")
    String moveTask(@PathVariable String id, @PathVariable String taskId,
                    @RequestParam(name = "status", required = false) String status, CurrentOfficer me,
                    HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "taskMoved", a -> work.moveTask(a, c,
                CasesController.uuid(taskId).orElseThrow(CasesPageAdvice::notFound), status));
    }

    @PostMapping("/cases/{id}/links")
    String addLink(@PathVariable String id, @ModelAttribute("linkForm") LinkForm form, BindingResult errors,
                   CurrentOfficer me, HttpServletRequest request, Model model, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return form(c, errors, me, request, model, flash, "linkAdded",
                a -> work.addLink(a, c, form.getKind(), form.getReference()));
    }

    @PostMapping("/cases/{id}/links/{linkId}/remove")
    String removeLink(@PathVariable String id, @PathVariable String linkId, CurrentOfficer me,
                      HttpServletRequest request, RedirectAttributes flash) {
        CaseId c = CasesController.caseId(id);
        return action(c, me, request, flash, "linkRemoved",
                a -> work.removeLink(a, c, CasesController.uuid(linkId).orElseThrow(CasesPageAdvice::notFound)));
    }

    /**
     * Runs a form's change and returns to the case page. Invalid input shows the page again with the form's problems
     * next to its fields; a change the case does not allow returns to the page with the reason.
     */
    private String form(CaseId id, BindingResult errors, CurrentOfficer me, HttpServletRequest request, Model model,
                        RedirectAttributes flash, String done, Consumer<Actor> change) {
        Actor actor = CasesPageAdvice.actor(me, request);
        try {
            change.accept(actor);
            flash.addFlashAttribute("done", done);
        } catch (CasesChangeRefused refused) {
            if (!refused.has(CasesChangeRefused.Reason.INVALID)) {
                page.refusedTo(flash, refused);
                return "redirect:/cases/" + id;
            }
            CasesPageAdvice.reject(errors, refused);
            model.addAttribute("failedForm", errors.getObjectName());
            return page.show(model, id, actor, null);
        }
        return "redirect:/cases/" + id;
    }

    /** Runs a button's action and returns to the case page, with the reason when it was refused. */
    private String action(CaseId id, CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash,
                          String done, Consumer<Actor> change) {
        try {
            change.accept(CasesPageAdvice.actor(me, request));
            flash.addFlashAttribute("done", done);
        } catch (CasesChangeRefused refused) {
            page.refusedTo(flash, refused);
        }
        return "redirect:/cases/" + id;
    }
}
