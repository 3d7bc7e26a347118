package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.directory.UnitKind;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.UnitView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add units to any agency and correct a unit's kind, parent and names. */
@Controller
@RequestMapping("/admin/directory/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

    private static final String FORM = "directory/admin/unit-form";
    private static final String LIST = "redirect:/directory/units";

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;
    private final Directory directory;

    UnitAdminController(DirectoryListings listings, DirectoryAdministration admin, Directory directory) {
        this.listings = listings;
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(name = "agency", required = false) String agency, Model model, Locale locale) {
        UnitForm form = new UnitForm();
        form.setAgencyCode(agency == null ? directory.ownAgency().code() : agency);
        return show(model, form, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                admin.createUnit(Actors.of(me, request), form.toDraft());
                flash.addFlashAttribute("saved", form.getCode());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        UnitView unit = listings.unit(id, locale).orElseThrow(Actors::notFound);
        return show(model, UnitForm.of(unit), unit, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
                  CurrentOfficer me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        UnitView unit = listings.unit(id, locale).orElseThrow(Actors::notFound);
        if (!errors.hasErrors()) {
            try {
                admin.updateUnit(Actors.of(me, request), id, Actors.version(form.getVersion()), form.toDraft());
                flash.addFlashAttribute("saved", unit.code());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, unit, locale);
    }

    private String show(Model model, UnitForm form, UnitView editing, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("agencies", listings.agencies(locale));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("groups", listings.unitsByAgency(locale));
        return FORM;
    }
}
