package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.GateView;
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

/** Administrators record the border gates where handovers take place, with the names both sides use. */
@Controller
@RequestMapping("/admin/directory/gates")
@PreAuthorize("hasRole('ADMIN')")
class GateAdminController {

    private static final String FORM = "directory/admin/gate-form";
    private static final String LIST = "redirect:/directory/gates";

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;

    GateAdminController(DirectoryListings listings, DirectoryAdministration admin) {
        this.listings = listings;
        this.admin = admin;
    }

    @GetMapping("/new")
    String newGate(Model model) {
        return show(model, new GateForm(), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") GateForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                admin.createGate(Actors.of(me, request), form.toDraft());
                flash.addFlashAttribute("saved", form.getCode());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        GateView gate = listings.gate(id, locale).orElseThrow(Actors::notFound);
        return show(model, GateForm.of(gate), gate);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") GateForm form, BindingResult errors,
                  CurrentOfficer me, HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        GateView gate = listings.gate(id, locale).orElseThrow(Actors::notFound);
        if (!errors.hasErrors()) {
            try {
                admin.updateGate(Actors.of(me, request), id, Actors.version(form.getVersion()), form.toDraft());
                flash.addFlashAttribute("saved", gate.code());
                return LIST;
            } catch (DirectoryChangeRefused refused) {
                DirectoryPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, gate);
    }

    private static String show(Model model, GateForm form, GateView editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        return FORM;
    }
}
