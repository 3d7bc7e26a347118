package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.AgencyView;
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

/** Administrators add agencies (e.g. a new partner) and correct their names. */
@Controller
@RequestMapping("/admin/directory/agencies")
@PreAuthorize("hasRole('ADMIN')")
class AgencyAdminController {

    private static final String FORM = "directory/admin/agency-form";
    private static final String LIST = "redirect:/directory/units";

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;

    AgencyAdminController(DirectoryListings listings, DirectoryAdministration admin) {
        this.listings = listings;
        this.admin = admin;
    }

    @GetMapping("/new")
    String newAgency(Model model) {
        return show(model, new AgencyForm(), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                String code = admin.createAgency(Actors.of(me, request), form.toDraft());
                flash.addFlashAttribute("saved", code);
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model, Locale locale) {
        AgencyView agency = listings.agency(code, locale).orElseThrow(Actors::notFound);
        return show(model, AgencyForm.of(agency), agency);
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
                  CurrentOfficer me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        AgencyView agency = listings.agency(code, locale).orElseThrow(Actors::notFound);
        if (!errors.hasErrors()) {
            try {
                admin.updateAgency(Actors.of(me, request), code, Actors.version(form.getVersion()), form.toDraft());
                flash.addFlashAttribute("saved", code);
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, agency);
    }

    private static String show(Model model, AgencyForm form, AgencyView editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        return FORM;
    }
}
