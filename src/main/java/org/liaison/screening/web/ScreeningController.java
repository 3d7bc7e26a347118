package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.matching.NameMatcher;
import org.liaison.screening.internal.NameScreening;
import org.liaison.screening.internal.PersonIndex;
import org.liaison.screening.internal.ScreeningRefused;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The screening page: one name (with birth date, sex, nationality if known) against the node's persons and the
 * notices in force; with htmx the results replace themselves, without it the page comes back whole. The search is
 * a POST so that names stay out of addresses and logs. Supervisors rebuild the name index here.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class ScreeningController {

    private final NameScreening screening;
    private final PersonIndex index;

    ScreeningController(NameScreening screening, PersonIndex index) {
        this.screening = screening;
        this.index = index;
    }

    /** The search box's fields. */
    public static class SearchForm {
        private String name;
        private String birthDate;
        private String sex;
        private String nationality;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
        public String getSex() { return sex; }
        public void setSex(String sex) { this.sex = sex; }
        public String getNationality() { return nationality; }
        public void setNationality(String nationality) { this.nationality = nationality; }
    }

    @GetMapping("/screening")
    String page(Model model) {
        return show(model, new SearchForm());
    }

    @PostMapping("/screening/search")
    String search(@ModelAttribute("form") SearchForm form, CurrentOfficer me, HttpServletRequest request,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        try {
            model.addAttribute("result", screening.screen(form.getName(), form.getBirthDate(), form.getSex(),
                    form.getNationality(), ScreeningPageAdvice.actor(me, request)));
        } catch (ScreeningRefused refused) {
            model.addAttribute("problems", refused.problems());
        }
        model.addAttribute("form", form);
        return htmx != null ? "screening/screen :: results" : show(model, form);
    }

    @GetMapping("/screening/index")
    String indexStatus(Model model) {
        model.addAttribute("index", index.status());
        return "screening/parts :: indexStatus";
    }

    @PostMapping("/screening/index/rebuild")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String rebuild(CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        index.rebuild(ScreeningPageAdvice.actor(me, request).officer().username());
        flash.addFlashAttribute("rebuildStarted", true);
        return "redirect:/screening";
    }

    private String show(Model model, SearchForm form) {
        model.addAttribute("form", form);
        model.addAttribute("index", index.status());
        model.addAttribute("threshold", Math.round(NameMatcher.OPERATING_THRESHOLD * 100));
        return "screening/screen";
    }
}
