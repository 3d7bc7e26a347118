package org.liaison.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.shared.CurrentOfficer;
import org.liaison.statistics.internal.CooperationStatistics;
import org.liaison.statistics.internal.Reconciliation;
import org.liaison.statistics.internal.StatisticsRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reconciliation page of a period with a partner: both sides' figures side by side, the records only one side
 * counts, and each side's agreement. Supervisors exchange the figures and mark the period agreed; officers and
 * auditors read along.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class ReconciliationController {

    private final Reconciliation reconciliation;
    private final CooperationStatistics statistics;
    private final ReconciliationRows rows;
    private final MessageSource messages;

    ReconciliationController(Reconciliation reconciliation, CooperationStatistics statistics, ReconciliationRows rows,
                             MessageSource messages) {
        this.reconciliation = reconciliation;
        this.statistics = statistics;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping("/statistics/reconciliation")
    String page(@RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to,
                @RequestParam(name = "partner", required = false) String partner, Model model) {
        PeriodForm form = PeriodForm.of(statistics, from, to, partner, model);
        try {
            Reconciliation.View view = reconciliation.view(form.from(), form.to(), form.partner());
            model.addAttribute("view", view);
            model.addAttribute("rows", rows.of(view));
            model.addAttribute("sides", rows.sides(view));
        } catch (StatisticsRefused e) {
            refused(e, model);
        }
        return "statistics/reconciliation";
    }

    @PostMapping("/statistics/reconciliation/exchange")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String exchange(@RequestParam(name = "from", required = false) String from,
                    @RequestParam(name = "to", required = false) String to,
                    @RequestParam(name = "partner", required = false) String partner, CurrentOfficer me,
                    HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            reconciliation.exchange(me, request.getRemoteAddr(), from, to, partner);
        } catch (StatisticsRefused e) {
            return page(from, to, partner, refused(e, model));
        }
        redirect.addFlashAttribute("done", "statistics.reconciliation.sent");
        return back(from, to, partner, redirect);
    }

    @PostMapping("/statistics/reconciliation/agree")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String agree(@RequestParam(name = "from", required = false) String from,
                 @RequestParam(name = "to", required = false) String to,
                 @RequestParam(name = "partner", required = false) String partner,
                 @RequestParam(name = "note", required = false) String note, CurrentOfficer me,
                 HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            reconciliation.agree(me, request.getRemoteAddr(), from, to, partner, note);
        } catch (StatisticsRefused e) {
            model.addAttribute("note", note);
            return page(from, to, partner, refused(e, model));
        }
        redirect.addFlashAttribute("done", "statistics.reconciliation.agreed");
        return back(from, to, partner, redirect);
    }

    private Model refused(StatisticsRefused e, Model model) {
        model.addAttribute("errorField", e.field());
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        return model;
    }

    private static String back(String from, String to, String partner, RedirectAttributes redirect) {
        redirect.addAttribute("from", from);
        redirect.addAttribute("to", to);
        redirect.addAttribute("partner", partner);
        return "redirect:/statistics/reconciliation";
    }
}
