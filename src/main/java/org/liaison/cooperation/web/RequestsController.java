package org.liaison.cooperation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.cooperation.internal.CounterpartUnits;
import org.liaison.cooperation.internal.PersonPicker;
import org.liaison.cooperation.internal.RequestsService;
import org.liaison.directory.Directory;
import org.liaison.directory.Role;
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
 * Requests: the list of sent and received ones, the form to send one (with the default deadline shown), a
 * request's page with its thread, and the actions on it: acknowledge, reply in part or in full, decline, note,
 * assign.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class RequestsController {

    private static final String FORM = "cooperation/request-form";

    private final RequestsService requests;
    private final CounterpartUnits units;
    private final PersonPicker picker;
    private final Directory directory;
    private final CooperationText text;

    RequestsController(RequestsService requests, CounterpartUnits units, PersonPicker picker, Directory directory,
                       CooperationText text) {
        this.requests = requests;
        this.units = units;
        this.picker = picker;
        this.directory = directory;
        this.text = text;
    }

    @GetMapping("/requests")
    String list(@RequestParam(name = "origin", required = false) String origin,
                @RequestParam(name = "status", required = false) String status, CurrentOfficer me,
                HttpServletRequest request, Model model) {
        RequestStatus s = parse(status);
        model.addAttribute("requests", requests.list(CooperationPageAdvice.actor(me, request),
                ReportsController.own(origin), s));
        model.addAttribute("origin", origin == null ? "ALL" : origin);
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", RequestStatus.values());
        return "cooperation/requests";
    }

    private static RequestStatus parse(String status) {
        try {
            return status == null || status.isBlank() ? null : RequestStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Opened from a wanted notice ({@code notice}), a report ({@code report}) or a person ({@code person}). */
    @GetMapping("/requests/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newRequest(@RequestParam(name = "notice", required = false) String notice,
                      @RequestParam(name = "report", required = false) String report,
                      @RequestParam(name = "person", required = false) String person, CurrentOfficer me,
                      HttpServletRequest request, Model model) {
        RequestForm form = new RequestForm();
        if (notice != null) {
            form.setType(RequestType.PROVISIONAL_ARREST.name());
            form.setWantedNoticeId(notice);
        }
        form.setRelatedReportId(report);
        if (person != null) {
            form.getPersonIds().add(person);
        }
        List<Directory.UnitSummary> to = units.recipients(CooperationPageAdvice.actor(me, request));
        if (to.size() == 1) {
            form.setRecipientUnit(to.get(0).agencyCode() + ":" + to.get(0).code());
        }
        return show(model, form, null, me, request);
    }

    @PostMapping("/requests/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String create(@ModelAttribute("form") RequestForm form, BindingResult errors,
                  @RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "find", required = false) String find, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (find == null) {
            try {
                RequestId id = requests.send(CooperationPageAdvice.actor(me, request), form.toDraft());
                flash.addFlashAttribute("sent", true);
                return "redirect:/requests/" + id;
            } catch (CooperationRefused refused) {
                CooperationPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, query, me, request);
    }

    private String show(Model model, RequestForm form, String query, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        List<Directory.UnitSummary> recipients = units.recipients(actor);
        model.addAttribute("form", form);
        model.addAttribute("recipients", recipients);
        model.addAttribute("types", RequestType.values());
        model.addAttribute("urgencies", Urgency.values());
        String partner = recipients.isEmpty() ? "" : recipients.get(0).agencyCode();
        model.addAttribute("normalDefault", requests.defaultDeadline(partner, Urgency.NORMAL));
        model.addAttribute("urgentDefault", requests.defaultDeadline(partner, Urgency.URGENT));
        model.addAttribute("picked", picker.picked(form.getPersonIds(), actor));
        model.addAttribute("found", picker.find(query, form.getPersonIds(), actor));
        model.addAttribute("query", query == null ? "" : query);
        return FORM;
    }

    @GetMapping("/requests/{id}")
    String detail(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        var view = CooperationPageAdvice.uuid(id).flatMap(u -> requests.open(actor, new RequestId(u), "detail"))
                .orElseThrow(CooperationPageAdvice::notFound);
        model.addAttribute("request", view);
        if (view.ownUnitId() != null) {
            model.addAttribute("officers", directory.officers(view.ownUnitId()).stream()
                    .filter(o -> o.roles().contains(Role.OFFICER)).toList());
        }
        if (!model.containsAttribute("reply")) {
            ReplyForm reply = new ReplyForm();
            reply.setKind(view.own() ? "NOTE" : "FINAL_REPLY");
            model.addAttribute("reply", reply);
        }
        return "cooperation/request";
    }

    @PostMapping("/requests/{id}/acknowledge")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String acknowledge(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        RequestId r = requestId(id);
        return CooperationPageAdvice.act("/requests/" + r, flash, null, text, () -> {
            requests.acknowledge(CooperationPageAdvice.actor(me, request), r);
            flash.addFlashAttribute("done", "acknowledged");
        });
    }

    @PostMapping("/requests/{id}/reply")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String reply(@PathVariable String id, @ModelAttribute ReplyForm form, CurrentOfficer me, HttpServletRequest request,
                 RedirectAttributes flash) {
        RequestId r = requestId(id);
        return CooperationPageAdvice.act("/requests/" + r, flash, form, text, () -> {
            requests.reply(CooperationPageAdvice.actor(me, request), r, form.toDraft());
            flash.addFlashAttribute("done", "replied");
        });
    }

    @PostMapping("/requests/{id}/decline")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String decline(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                   CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        RequestId r = requestId(id);
        return CooperationPageAdvice.act("/requests/" + r, flash, null, text, () -> {
            requests.decline(CooperationPageAdvice.actor(me, request), r, reason);
            flash.addFlashAttribute("done", "declined");
        });
    }

    @PostMapping("/requests/{id}/assign")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String assign(@PathVariable String id, @RequestParam(name = "assignee", required = false) String assignee,
                  CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        RequestId r = requestId(id);
        return CooperationPageAdvice.act("/requests/" + r, flash, null, text, () -> {
            requests.assign(CooperationPageAdvice.actor(me, request), r, assignee);
            flash.addFlashAttribute("done", "assigned");
        });
    }

    private static RequestId requestId(String id) {
        return CooperationPageAdvice.uuid(id).map(RequestId::new).orElseThrow(CooperationPageAdvice::notFound);
    }

}
