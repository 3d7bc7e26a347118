package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.directory.Role;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.OfficerView;
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

/** Administrators create the own agency's user accounts, change their roles, disable them, set passwords. */
@Controller
@RequestMapping("/admin/directory/officers")
@PreAuthorize("hasRole('ADMIN')")
class OfficerAdminController {

    private static final String FORM = "directory/admin/officer-form";
    private static final String LIST = "redirect:/directory/officers";
    private static final List<String> LANGUAGES = List.of("vi", "zh-CN", "en");

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;
    private final Directory directory;

    OfficerAdminController(DirectoryListings listings, DirectoryAdministration admin, Directory directory) {
        this.listings = listings;
        this.admin = admin;
        this.directory = directory;
    }

    @GetMapping("/new")
    String newOfficer(Model model, Locale locale) {
        OfficerForm form = new OfficerForm();
        form.setAgencyCode(directory.ownAgency().code());
        form.setPreferredLang(directory.ownAgency().country().equals("CN") ? "zh-CN" : "vi");
        form.getRoles().add(Role.OFFICER);
        return show(model, form, null, locale);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") OfficerForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                admin.createOfficer(Actors.of(me, request), form.toDraft());
                flash.addFlashAttribute("saved", form.getUsername());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null, locale);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        OfficerView officer = listings.officer(id, locale).orElseThrow(Actors::notFound);
        return show(model, OfficerForm.of(officer), officer, locale);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OfficerForm form, BindingResult errors,
                  CurrentOfficer me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        OfficerView officer = listings.officer(id, locale).orElseThrow(Actors::notFound);
        if (!errors.hasErrors()) {
            try {
                admin.updateOfficer(Actors.of(me, request), id, Actors.version(form.getVersion()), form.toDraft());
                flash.addFlashAttribute("saved", officer.username());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, officer, locale);
    }

    private String show(Model model, OfficerForm form, OfficerView editing, Locale locale) {
        form.setPassword(null); // never echoed back into the page
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("agencies", listings.agencies(locale));
        model.addAttribute("units", listings.units(directory.ownAgency().code(), locale));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("languages", LANGUAGES);
        return FORM;
    }
}
