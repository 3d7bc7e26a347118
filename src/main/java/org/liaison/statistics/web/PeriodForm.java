package org.liaison.statistics.web;

import org.liaison.statistics.internal.CooperationStatistics;
import org.springframework.ui.Model;

/**
 * The period and partner a statistics page is asked for, as typed; without them, this year up to today with the
 * first partner agency.
 */
record PeriodForm(String from, String to, String partner) {

    static PeriodForm of(CooperationStatistics statistics, String from, String to, String partner, Model model) {
        PeriodForm form = new PeriodForm(from == null ? statistics.today().withDayOfYear(1).toString() : from,
                to == null ? statistics.today().toString() : to,
                partner == null ? statistics.partners().stream().findFirst().map(a -> a.code()).orElse("") : partner);
        model.addAttribute("from", form.from());
        model.addAttribute("to", form.to());
        model.addAttribute("partner", form.partner());
        model.addAttribute("partners", statistics.partners());
        return form;
    }
}
