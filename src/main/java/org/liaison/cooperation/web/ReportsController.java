package org.liaison.cooperation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.SourceReliability;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.cooperation.internal.CounterpartUnits;
import org.liaison.cooperation.internal.PersonPicker;
import org.liaison.cooperation.internal.ReportsService;
import org.liaison.directory.Directory;
import org.liaison.directory.Role;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
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
 * Information reports: the list of sent and received ones, the form to write one, a report's page with its
 * handling conditions and thread (redacted for officers without need to know), its print view, and the actions on
 * it: reply, forward to another own unit, assign to an officer, grant an officer of another unit need to know.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class ReportsController {

    private static final String FORM = "cooperation/report-form";

    private final ReportsService reports;
    private final CounterpartUnits units;
    private final PersonPicker picker;
    private final Directory directory;
    private final CooperationText text;
    private final NodeProperties node;

    ReportsController(ReportsService reports, CounterpartUnits units, PersonPicker picker, Directory directory,
                      CooperationText text, NodeProperties node) {
        this.reports = reports;
        this.units = units;
        this.picker = picker;
        this.directory = directory;
        this.text = text;
        this.node = node;
    }

    @GetMapping("/reports")
    String list(@RequestParam(name = "origin", required = false) String origin, CurrentOfficer me,
                HttpServletRequest request, Model model) {
        model.addAttribute("reports", reports.list(CooperationPageAdvice.actor(me, request), own(origin)));
        model.addAttribute("origin", origin == null ? "ALL" : origin);
        return "cooperation/reports";
    }

    /** ALL (or anything else): both; OWN: written here; RECEIVED: from partners. */
    static Boolean own(String origin) {
        return "OWN".equals(origin) ? Boolean.TRUE : "RECEIVED".equals(origin) ? Boolean.FALSE : null;
    }

    @GetMapping("/reports/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newReport(@RequestParam(name = "person", required = false) String person, CurrentOfficer me,
                     HttpServletRequest request, Model model) {
        ReportForm form = new ReportForm();
        if (person != null) {
            form.getPersonIds().add(person);
        }
        form.setFactsOn(java.time.LocalDate.now(node.zone()).toString());
        List<Directory.UnitSummary> to = units.recipients(CooperationPageAdvice.actor(me, request));
        if (to.size() == 1) {
            form.setRecipientUnit(to.get(0).agencyCode() + ":" + to.get(0).code());
        }
        return show(model, form, null, me, request);
    }

    @PostMapping("/reports/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String create(@ModelAttribute("form") ReportForm form, BindingResult errors,
                  @RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "find", required = false) String find, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        if (find == null) {
            try {
                ReportId id = reports.send(CooperationPageAdvice.actor(me, request), form.toDraft(),
                        locale.toLanguageTag());
                flash.addFlashAttribute("sent", true);
                return "redirect:/reports/" + id;
            } catch (CooperationRefused refused) {
                CooperationPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, query, me, request);
    }

    private String show(Model model, ReportForm form, String query, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        model.addAttribute("form", form);
        model.addAttribute("recipients", units.recipients(actor));
        model.addAttribute("places", units.places());
        model.addAttribute("gates", directory.gates());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("reliabilities", SourceReliability.values());
        model.addAttribute("accuracies", InformationAccuracy.values());
        model.addAttribute("conditionChoices", HandlingCondition.values());
        model.addAttribute("picked", picker.picked(form.getPersonIds(), actor));
        model.addAttribute("found", picker.find(query, form.getPersonIds(), actor));
        model.addAttribute("query", query == null ? "" : query);
        return FORM;
    }

    @GetMapping("/reports/{id}")
    String detail(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        return page(id, me, request, model, "detail", "cooperation/report");
    }

    /** The report alone, for paper: the handling conditions head the page. */
    @GetMapping("/reports/{id}/print")
    String print(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        return page(id, me, request, model, "print", "cooperation/report-print");
    }

    /**
     * The report in full for a reader with need to know; for any other officer of the agency, what it is and whom to
     * ask (the print view too); nothing for anyone else.
     */
    private String page(String id, CurrentOfficer me, HttpServletRequest request, Model model, String purpose,
                        String view) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        ReportId reportId = reportId(id);
        var full = reports.open(actor, reportId, purpose);
        if (full.isEmpty()) {
            model.addAttribute("report", reports.redacted(actor, reportId, purpose)
                    .orElseThrow(CooperationPageAdvice::notFound));
            return "cooperation/report-redacted";
        }
        var report = full.get();
        model.addAttribute("report", report);
        model.addAttribute("now", java.time.Instant.now());
        if (report.ownUnitId() != null) {
            model.addAttribute("officers", directory.officers(report.ownUnitId()).stream()
                    .filter(o -> o.roles().contains(Role.OFFICER)).toList());
        }
        model.addAttribute("ownUnits", directory.units(node.agency()).stream()
                .filter(u -> !Long.valueOf(u.id()).equals(report.ownUnitId()) && !report.forwardedUnits().contains(u.id())).toList());
        model.addAttribute("grantable", grantable(report, me));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new ReplyForm());
        }
        return view;
    }

    /**
     * Officers a supervisor of the report's unit may grant need to know: those of the agency's other units who cannot
     * read it yet. Empty for anyone else, and when the sender forbade passing the report on.
     */
    private List<Directory.OfficerSummary> grantable(ReportsService.ReportView report, CurrentOfficer me) {
        if (!me.has("SUPERVISOR") || me.unitId() == null || !me.unitId().equals(report.ownUnitId())
                || !report.mayPassOn()) {
            return List.of();
        }
        return directory.officers().stream()
                .filter(o -> o.enabled() && o.unitId() != null && !o.unitId().equals(report.ownUnitId())
                        && !report.forwardedUnits().contains(o.unitId()) && !report.grantees().contains(o.username())
                        && !o.username().equals(report.assignedTo()) && !o.username().equals(report.createdBy())
                        && (o.roles().contains(Role.OFFICER) || o.roles().contains(Role.SUPERVISOR)))
                .toList();
    }

    @PostMapping("/reports/{id}/need-to-know")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String grant(@PathVariable String id, @RequestParam(name = "grantee", required = false) String grantee,
                 CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        ReportId report = reportId(id);
        return CooperationPageAdvice.act("/reports/" + report, flash, null, text, () -> {
            reports.grant(CooperationPageAdvice.actor(me, request), report, grantee);
            flash.addFlashAttribute("done", "granted");
        });
    }

    @PostMapping("/reports/{id}/reply")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String reply(@PathVariable String id, @ModelAttribute ReplyForm form, CurrentOfficer me, HttpServletRequest request,
                 RedirectAttributes flash) {
        ReportId report = reportId(id);
        return CooperationPageAdvice.act("/reports/" + report, flash, form, text, () -> {
            reports.reply(CooperationPageAdvice.actor(me, request), report, form.toDraft());
            flash.addFlashAttribute("done", "replied");
        });
    }

    @PostMapping("/reports/{id}/forward")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String forward(@PathVariable String id, @RequestParam(name = "unit", required = false) Long unit, CurrentOfficer me,
                   HttpServletRequest request, RedirectAttributes flash) {
        ReportId report = reportId(id);
        return CooperationPageAdvice.act("/reports/" + report, flash, null, text, () -> {
            reports.forward(CooperationPageAdvice.actor(me, request), report, unit);
            flash.addFlashAttribute("done", "forwarded");
        });
    }

    @PostMapping("/reports/{id}/assign")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String assign(@PathVariable String id, @RequestParam(name = "assignee", required = false) String assignee,
                  CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        ReportId report = reportId(id);
        return CooperationPageAdvice.act("/reports/" + report, flash, null, text, () -> {
            reports.assign(CooperationPageAdvice.actor(me, request), report, assignee);
            flash.addFlashAttribute("done", "assigned");
        });
    }

    private static ReportId reportId(String id) {
        return CooperationPageAdvice.uuid(id).map(ReportId::new).orElseThrow(CooperationPageAdvice::notFound);
    }


}
