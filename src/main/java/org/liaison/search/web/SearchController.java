package org.liaison.search.web;

import jakarta.servlet.http.HttpServletRequest;
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
    String page(SearchParams params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("form", params);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("statuses", Criteria.STATUSES);
        try {
            model.addAttribute("results", search.search(params.criteria(), me, request.getRemoteAddr()));
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
}
