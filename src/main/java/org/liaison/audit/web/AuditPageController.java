package org.liaison.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditVerification;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The auditor's screen: the log newest first with filters, "load more", chain verification and CSV export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    private final AuditLog audit;
    private final AuditView view;
    private final VerifyingTheLog verifying;

    AuditPageController(AuditLog audit, AuditView view, VerifyingTheLog verifying) {
        this.audit = audit;
        this.view = view;
        this.verifying = verifying;
    }

    @GetMapping
    String log(@ModelAttribute("filter") AuditFilter filter, Model model, Locale locale, HttpServletResponse response) {
        return page(filter, null, model, locale, response);
    }

    /** The next rows and a new "load more" row, swapped in place of the old one by htmx. */
    @GetMapping("/rows")
    String moreRows(@ModelAttribute("filter") AuditFilter filter, Model model, Locale locale,
                    HttpServletResponse response) {
        try {
            rows(filter, view.page(filter.toQuery(view.zone()), locale), model);
            return "audit/fragments :: rows";
        } catch (AuditFilter.InvalidAuditFilter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", view.messages(e, locale));
            return "audit/fragments :: filterErrors";
        }
    }

    @PostMapping("/verify")
    String verify(CurrentOfficer me, HttpServletRequest request, Model model, Locale locale,
                  HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        AuditVerification result = verifying.verify(me, request.getRemoteAddr());
        if (htmx != null) {
            model.addAttribute("verification", result);
            return "audit/fragments :: verification";
        }
        model.addAttribute("filter", AuditFilter.none());
        return page(AuditFilter.none(), result, model, locale, response);
    }

    /**
     * The filtered log oldest first (chain order) with each row's hashes, so an archive copy can be re-verified
     * outside the node. UTF-8 with a byte order mark: spreadsheet programs otherwise garble Vietnamese and Chinese.
     */
    @GetMapping("/export.csv")
    void export(@ModelAttribute("filter") AuditFilter filter, CurrentOfficer me, HttpServletRequest request,
                HttpServletResponse response, Locale locale) throws IOException {
        AuditFilter all = filter.fromNewest();
        AuditQuery query;
        try {
            query = all.toQuery(view.zone());
        } catch (AuditFilter.InvalidAuditFilter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(String.join("\n", view.messages(e, locale).values()));
            return;
        }
        audit.append(new AuditEntry(me.username(), me.agency(), "EXPORT", VerifyingTheLog.RECORD_TYPE, "",
                request.getRemoteAddr(), "CSV " + AuditView.link("", all)));
        String file = "audit-log-" + me.agency() + "-" + LocalDate.now(view.zone()) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        Writer out = response.getWriter();
        out.write('\uFEFF');
        AuditCsv.header(out);
        audit.forEach(query, r -> {
            try {
                AuditCsv.row(out, r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private String page(AuditFilter filter, AuditVerification verification, Model model, Locale locale,
                        HttpServletResponse response) {
        model.addAttribute("verification", verification);
        model.addAttribute("zone", view.zone().getId());
        model.addAttribute("exportUrl", AuditView.link("/audit/export.csv", filter.fromNewest()));
        model.addAttribute("newestUrl", AuditView.link("/audit", filter.fromNewest()));
        try {
            rows(filter, view.page(filter.toQuery(view.zone()), locale), model);
            model.addAttribute("errors", Map.of());
        } catch (AuditFilter.InvalidAuditFilter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", view.messages(e, locale));
            rows(filter, new AuditView.Page(List.of(), null), model);
        }
        return "audit/log";
    }

    private static void rows(AuditFilter filter, AuditView.Page page, Model model) {
        model.addAttribute("rows", page.rows());
        if (page.nextBefore() != null) {
            AuditFilter older = new AuditFilter(filter.actor(), filter.action(), filter.recordType(), filter.recordId(),
                    filter.from(), filter.to(), String.valueOf(page.nextBefore()));
            model.addAttribute("moreUrl", AuditView.link("/audit/rows", older));
            model.addAttribute("olderUrl", AuditView.link("/audit", older));
        }
    }
}
