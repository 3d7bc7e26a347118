package org.liaison.engagements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Agreement;
import org.liaison.engagements.internal.ActionItemStatus;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.EngagementsChangeRefused;
import org.liaison.engagements.internal.EngagementsService;
import org.liaison.engagements.internal.TalksLevel;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record forms: a new record of each kind ({@code /engagements/talks/new}, …) and the partner's correction of
 * a record ({@code /engagements/{id}/correction}), which is the same form filled with what the record says. The
 * form object is made for the record's kind before the request is bound to it.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class RecordFormsController {

    private final EngagementsService engagements;

    RecordFormsController(EngagementsService engagements) {
        this.engagements = engagements;
    }

    /**
     * The form for the address, made before the request is bound to it: for a page, a blank one of the kind in the
     * path or one filled from the record corrected; for a submission, an empty one of that kind, so that only the
     * rows the officer sent come back (a removed row stays removed).
     */
    @ModelAttribute("form")
    RecordForm form(@PathVariable(name = "kind", required = false) String slug,
                    @PathVariable(name = "id", required = false) String id, HttpServletRequest request) {
        boolean submitted = "POST".equals(request.getMethod());
        if (slug != null) {
            EngagementKind kind = Slugs.kind(slug).orElseThrow(EngagementsPageAdvice::notFound);
            if (submitted) {
                return RecordForm.empty(kind);
            }
            List<String> partners = engagements.partners();
            return RecordForm.blank(kind, engagements.ownAgency(), partners.isEmpty() ? "" : partners.getFirst());
        }
        EngagementView record = corrected(id);
        return submitted ? RecordForm.empty(record.kind()) : RecordForm.of(record.details(), record.otherSide());
    }

    @GetMapping("/engagements/{kind}/new")
    String newRecord(@ModelAttribute("form") RecordForm form, CurrentOfficer me, Model model) {
        requireMayRecord(me, form.kind());
        return show(model, form, null);
    }

    @PostMapping("/engagements/{kind}/new")
    String create(@ModelAttribute("form") RecordForm form, BindingResult errors,
                  @RequestParam(name = "add", required = false) String add,
                  @RequestParam(name = "remove", required = false) String remove, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        requireMayRecord(me, form.kind());
        if (form.edit(add, remove)) {
            return show(model, form, null);
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = engagements.record(EngagementsPageAdvice.actor(me, request), form.getPartner(), form.toDraft());
                flash.addFlashAttribute("done", "recorded");
                return "redirect:/engagements/" + id;
            } catch (EngagementsChangeRefused refused) {
                EngagementsPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null);
    }

    @GetMapping("/engagements/{id}/correction")
    String correction(@PathVariable String id, @ModelAttribute("form") RecordForm form, Model model) {
        return show(model, form, corrected(id));
    }

    @PostMapping("/engagements/{id}/correction")
    String propose(@PathVariable String id, @ModelAttribute("form") RecordForm form, BindingResult errors,
                   @RequestParam(name = "add", required = false) String add,
                   @RequestParam(name = "remove", required = false) String remove, CurrentOfficer me,
                   HttpServletRequest request, Model model, RedirectAttributes flash) {
        EngagementView record = corrected(id);
        if (form.edit(add, remove)) {
            return show(model, form, record);
        }
        if (!errors.hasErrors()) {
            try {
                engagements.proposeCorrection(EngagementsPageAdvice.actor(me, request), record.id(), form.toDraft(),
                        form.getNote());
                flash.addFlashAttribute("done", "proposed");
                return "redirect:/engagements/" + record.id();
            } catch (EngagementsChangeRefused refused) {
                EngagementsPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, record);
    }

    /** The partner's record a correction is proposed for; the recording side's own cannot be corrected this way. */
    private EngagementView corrected(String id) {
        EngagementView record = EngagementsPageAdvice.uuid(id).flatMap(engagements::open)
                .orElseThrow(EngagementsPageAdvice::notFound);
        if (record.own()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return record;
    }

    private static void requireMayRecord(CurrentOfficer me, EngagementKind kind) {
        if (!EngagementsPageAdvice.mayRecord(me, kind)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** @param corrected the record a correction is proposed for, or null for a new record */
    private String show(Model model, RecordForm form, EngagementView corrected) {
        List<String> sides = new ArrayList<>();
        if (corrected == null) {
            sides.add(engagements.ownAgency());
            sides.addAll(engagements.partners());
        } else {
            sides.add(corrected.recordingAgency());
            sides.add(corrected.partnerAgency());
        }
        model.addAttribute("form", form);
        model.addAttribute("corrected", corrected);
        model.addAttribute("sides", sides);
        model.addAttribute("partners", engagements.partners());
        model.addAttribute("action", corrected == null ? "/engagements/" + Slugs.slug(form.kind()) + "/new"
                : "/engagements/" + corrected.id() + "/correction");
        model.addAttribute("levels", TalksLevel.values());
        model.addAttribute("agreementKinds", Agreement.AgreementKind.values());
        model.addAttribute("commitmentKinds", Agreement.CommitmentKind.values());
        model.addAttribute("itemStatuses", ActionItemStatus.values());
        return "engagements/form-" + Slugs.slug(form.kind());
    }
}
