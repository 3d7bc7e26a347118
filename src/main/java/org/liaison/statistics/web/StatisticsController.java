package org.liaison.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.persons.CrimeArea;
import org.liaison.statistics.CooperationFigures;
import org.liaison.statistics.internal.CooperationStatistics;
import org.liaison.statistics.internal.Reconciliation;
import org.liaison.statistics.internal.StatisticsRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics dashboard: pick a period and a partner, read the figures (each linking to its records), the
 * charts, and take them away as CSV or XLSX. Without a period it shows this year up to today.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class StatisticsController {

    private final CooperationStatistics statistics;
    private final Reconciliation reconciliation;
    private final FigureLabels labels;
    private final MessageSource messages;

    StatisticsController(CooperationStatistics statistics, Reconciliation reconciliation, FigureLabels labels,
                         MessageSource messages) {
        this.statistics = statistics;
        this.reconciliation = reconciliation;
        this.labels = labels;
        this.messages = messages;
    }

    record Row(String key, String label, String value, String href) {
    }

    @GetMapping("/statistics")
    String dashboard(@RequestParam(name = "from", required = false) String from,
                     @RequestParam(name = "to", required = false) String to,
                     @RequestParam(name = "partner", required = false) String partner, Model model) {
        PeriodForm form = PeriodForm.of(statistics, from, to, partner, model);
        try {
            CooperationFigures f = statistics.figures(form.from(), form.to(), form.partner());
            model.addAttribute("figures", f);
            model.addAttribute("rows", rows(f));
            model.addAttribute("reconciliation", reconciliation.status(f));
            charts(f, model);
        } catch (StatisticsRefused e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        }
        return "statistics/dashboard";
    }

    @GetMapping("/statistics/export.csv")
    ResponseEntity<String> csv(@RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "to", required = false) String to,
                               @RequestParam(name = "partner", required = false) String partner) {
        CooperationFigures f = statistics.figures(from, to, partner);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FiguresCsv.MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + FiguresCsv.fileName(f, "csv") + "\"")
                .body(FiguresCsv.of(f) + "reconciled," + (reconciled(f) ? 1 : 0) + "\r\n");
    }

    @GetMapping("/statistics/export.xlsx")
    void xlsx(@RequestParam(name = "from", required = false) String from,
              @RequestParam(name = "to", required = false) String to,
              @RequestParam(name = "partner", required = false) String partner, HttpServletResponse response)
            throws IOException {
        CooperationFigures f = statistics.figures(from, to, partner);
        response.setContentType(FiguresXlsx.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + FiguresCsv.fileName(f, "xlsx") + "\"");
        FiguresXlsx.write(f, rows(f).stream().map(Row::label).toList(), text("statistics.title"),
                text(reconciled(f) ? "statistics.reconciliation.export.reconciled" : "statistics.reconciliation.export.not",
                        f.partner()), response.getOutputStream());
    }

    /** The export says whether the figures are those both sides agreed for exactly this period. */
    private boolean reconciled(CooperationFigures f) {
        return reconciliation.status(f) == Reconciliation.Status.AGREED_BY_BOTH;
    }

    /** A refused export goes back to the dashboard, which shows why next to the field. */
    @ExceptionHandler(StatisticsRefused.class)
    String refused(StatisticsRefused e, Model model, HttpServletRequest request) {
        return dashboard(request.getParameter("from"), request.getParameter("to"), request.getParameter("partner"),
                model);
    }

    private List<Row> rows(CooperationFigures f) {
        List<Row> rows = new ArrayList<>();
        f.figures().forEach((key, value) -> rows.add(new Row(key, labels.of(key), CooperationFigures.plain(value),
                FigureLinks.of(key, f))));
        return rows;
    }

    private void charts(CooperationFigures f, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Charts.Labelled> cases = new ArrayList<>();
        List<Charts.Labelled> handovers = new ArrayList<>();
        for (CooperationFigures m : statistics.byMonth(f)) {
            String month = m.from().getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + m.from().getYear() % 100;
            cases.add(new Charts.Labelled(month, m.value("cases_coordinated"), FigureLinks.of("cases_coordinated", m)));
            handovers.add(new Charts.Labelled(month, m.value("handovers_to_cn") + m.value("handovers_to_vn"), null));
        }
        model.addAttribute("monthColumns", Charts.columns(cases));
        model.addAttribute("monthLine", Charts.line(handovers));
        List<Charts.Labelled> areas = new ArrayList<>();
        for (CrimeArea area : CrimeArea.values()) {
            String key = "cases_" + area.name().toLowerCase(Locale.ROOT);
            areas.add(new Charts.Labelled(labels.of(key), f.value(key), FigureLinks.of(key, f)));
        }
        model.addAttribute("areaBars", Charts.rows(areas));
        model.addAttribute("areaHeight", Charts.rowsHeight(areas.size()));
        List<Charts.Labelled> directions = List.of(
                new Charts.Labelled(labels.of("handovers_to_cn"), f.value("handovers_to_cn"), FigureLinks.of("handovers_to_cn", f)),
                new Charts.Labelled(labels.of("handovers_to_vn"), f.value("handovers_to_vn"), FigureLinks.of("handovers_to_vn", f)));
        model.addAttribute("directionBars", Charts.rows(directions));
        model.addAttribute("directionHeight", Charts.rowsHeight(directions.size()));
        model.addAttribute("chartWidth", Charts.WIDTH);
        model.addAttribute("chartHeight", Charts.HEIGHT);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
