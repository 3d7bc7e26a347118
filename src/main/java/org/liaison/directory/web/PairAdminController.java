package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.AgencyUnits;
import org.liaison.directory.internal.DirectoryListings.PairView;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators link a unit of the own agency with its counterpart across the border. */
@Controller
@RequestMapping("/admin/directory/pairs")
@PreAuthorize("hasRole('ADMIN')")
class PairAdminController {

    private static final String FORM = "directory/admin/pair-form";
    private static final String LIST = "redirect:/directory/pairs";

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;

    PairAdminController(DirectoryListings listings, DirectoryAdministration admin) {
        this.listings = listings;
        this.admin = admin;
    }

    @GetMapping("/new")
    String newPair(Model model, Locale locale) {
        return show(model, new PairForm(), null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") PairForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = admin.createPair(Actors.of(me, request), form.toDraft());
                flash.addFlashAttribute("saved", label(id, locale));
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        PairView pair = listings.pair(id, locale).orElseThrow(Actors::notFound);
        return show(model, PairForm.of(pair), pair, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PairForm form, BindingResult errors,
                  CurrentOfficer me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        PairView pair = listings.pair(id, locale).orElseThrow(Actors::notFound);
        if (!errors.hasErrors()) {
            try {
                admin.updatePair(Actors.of(me, request), id, Actors.version(form.getVersion()), form.toDraft());
                flash.addFlashAttribute("saved", label(id, locale));
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, pair, locale);
    }

    private String label(long id, Locale locale) {
        return listings.pair(id, locale).map(p -> p.unit().code() + " ↔ " + p.partnerUnit().code()).orElse("");
    }

    private String show(Model model, PairForm form, PairView editing, Locale locale) {
        var groups = listings.unitsByAgency(locale);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("ownUnits", groups.stream().filter(g -> g.agency().own()).map(AgencyUnits::units)
                .findFirst().orElseGet(List::of));
        model.addAttribute("partnerGroups", groups.stream().filter(g -> !g.agency().own()).toList());
        return FORM;
    }
}
