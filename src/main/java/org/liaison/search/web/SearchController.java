package org.liaison.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.liaison.persons.CrimeArea;
import org.liaison.search.internal.Criteria;
import org.liaison.search.internal.Kind;
import org.liaison.search.internal.SearchIndexer;
import org.liaison.search.internal.SearchRefused;
import org.liaison.search.internal.SearchService;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search page: words and filters, results as the officer types (htmx asks for the results part only). Bad
 * input is shown next to its field and nothing is searched. Administrators are not let in: they see no operational
 * records.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class SearchController {

    private final SearchService search;
    private final SearchIndexer indexer;

    SearchController(SearchService search, SearchIndexer indexer) {
        this.search = search;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    String page(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "area", required = false) String area,
                @RequestParam(name = "unit", required = false) String unit,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "page", required = false) String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("form", new SearchForm(q, kind, area, unit, from, to, status));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("statuses", Criteria.STATUSES);
        model.addAttribute("maxQuery", Criteria.MAX_QUERY);
        try {
            Criteria criteria = Criteria.parse(q, kind, area, unit, from, to, status, page);
            model.addAttribute("results", search.search(criteria, me, request.getRemoteAddr()));
        } catch (SearchRefused refused) {
            model.addAttribute("problems", refused.problems());
        }
        return htmx != null ? "search/search :: results" : "search/search";
    }

    /** Builds the index again from the records, e.g. after restoring a backup into the database. */
    @PostMapping("/search/rebuild")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String rebuild(RedirectAttributes flash) {
        flash.addFlashAttribute("rebuilt", indexer.rebuild());
        return "redirect:/search";
    }

    /** What the form shows again: the text as typed, so a mistake can be corrected. */
    record SearchForm(String q, String kind, String area, String unit, String from, String to, String status) {

        SearchForm {
            q = q == null ? "" : q;
        }

        /** The link to another page of the same search. */
        public String pageLink(int page) {
            StringBuilder link = new StringBuilder("/search?page=").append(page);
            Arrays.asList(new String[][] {{"q", q}, {"kind", kind}, {"area", area}, {"unit", unit}, {"from", from},
                    {"to", to}, {"status", status}}).forEach(p -> {
                if (p[1] != null && !p[1].isBlank()) {
                    link.append('&').append(p[0]).append('=')
                            .append(java.net.URLEncoder.encode(p[1], java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return link.toString();
        }
    }
}
