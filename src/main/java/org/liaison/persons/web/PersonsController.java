package org.liaison.persons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.liaison.persons.DocumentType;
import org.liaison.persons.BirthDate;
import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonId;
import org.liaison.persons.Sex;
import org.liaison.persons.internal.Countries;
import org.liaison.persons.internal.PersonDossier;
import org.liaison.persons.internal.PersonsChangeRefused;
import org.liaison.persons.internal.PersonsService;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Person records: the list with its search, a record's page, and the form to record or correct one. Officers and
 * supervisors write; auditors read. Every record shown is an audited read.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class PersonsController {

    private static final String FORM = "persons/form";

    private final PersonsService persons;
    private final NodeProperties node;

    PersonsController(PersonsService persons, NodeProperties node) {
        this.persons = persons;
        this.node = node;
    }

    @GetMapping("/persons")
    String list(@RequestParam(name = "q", required = false) String q,
                @RequestParam(name = "origin", required = false) String origin, CurrentOfficer me,
                HttpServletRequest request, Model model) {
        PersonsService.Origin which = origin(origin);
        model.addAttribute("persons", persons.search(q, which, PersonsPageAdvice.actor(me, request)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("origin", which.name());
        model.addAttribute("origins", PersonsService.Origin.values());
        model.addAttribute("limit", PersonsService.LIST_LIMIT);
        return "persons/list";
    }

    static PersonsService.Origin origin(String value) {
        try {
            return value == null || value.isBlank() ? PersonsService.Origin.ALL : PersonsService.Origin.valueOf(value);
        } catch (IllegalArgumentException e) {
            return PersonsService.Origin.ALL;
        }
    }

    @GetMapping("/persons/{id}")
    String detail(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        PersonDossier dossier = personId(id).flatMap(p -> persons.open(p, PersonsPageAdvice.actor(me, request), "detail"))
                .orElseThrow(PersonsPageAdvice::notFound);
        model.addAttribute("person", dossier);
        return "persons/detail";
    }

    @GetMapping("/persons/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newPerson(Model model, Locale locale) {
        PersonForm form = PersonForm.blank();
        boolean cn = node.agency().startsWith("CN");
        form.getNames().get(0).setScript(cn ? "HAN" : "VIETNAMESE");
        form.getNames().get(1).setScript(cn ? "PINYIN" : "LATIN");
        form.setNationality(cn ? "CHN" : "VNM");
        form.getDocuments().getFirst().setType(cn ? "CN_RESIDENT_ID" : "VN_CITIZEN_ID");
        return show(model, form, null, locale);
    }

    @PostMapping("/persons/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors,
                  @RequestParam(name = "add", required = false) String add,
                  @RequestParam(name = "remove", required = false) String remove, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        if (form.edit(add, remove)) {
            return show(model, form, null, locale);
        }
        try {
            if (errors.hasErrors()) {
                persons.check(form.toDraft());
            } else {
                PersonId id = persons.record(PersonsPageAdvice.actor(me, request), form.toDraft());
                flash.addFlashAttribute("saved", true);
                return "redirect:/persons/" + id;
            }
        } catch (PersonsChangeRefused refused) {
            PersonsPageAdvice.reject(errors, refused);
        }
        return show(model, form, null, locale);
    }

    @GetMapping("/persons/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String edit(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model, Locale locale,
                RedirectAttributes flash) {
        PersonDossier dossier = personId(id).flatMap(p -> persons.open(p, PersonsPageAdvice.actor(me, request), "edit form"))
                .orElseThrow(PersonsPageAdvice::notFound);
        if (!dossier.own()) {
            flash.addFlashAttribute("readOnly", dossier.originAgency());
            return "redirect:/persons/" + dossier.id();
        }
        return show(model, PersonForm.of(dossier.particulars(), dossier.version()), dossier.id(), locale);
    }

    @PostMapping("/persons/{id}/edit")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String update(@PathVariable String id, @ModelAttribute("form") PersonForm form, BindingResult errors,
                  @RequestParam(name = "add", required = false) String add,
                  @RequestParam(name = "remove", required = false) String remove, CurrentOfficer me,
                  HttpServletRequest request, Model model, Locale locale, RedirectAttributes flash) {
        PersonId personId = personId(id).orElseThrow(PersonsPageAdvice::notFound);
        if (form.edit(add, remove)) {
            return show(model, form, personId, locale);
        }
        try {
            if (errors.hasErrors()) {
                persons.check(form.toDraft());
            } else {
                persons.revise(PersonsPageAdvice.actor(me, request), personId,
                        form.getVersion() == null ? -1 : form.getVersion(), form.toDraft());
                flash.addFlashAttribute("saved", true);
                return "redirect:/persons/" + personId;
            }
        } catch (PersonsChangeRefused refused) {
            if (refused.has(PersonsChangeRefused.Reason.NOT_FOUND)) {
                throw PersonsPageAdvice.notFound();
            }
            PersonsPageAdvice.reject(errors, refused);
        }
        return show(model, form, personId, locale);
    }

    private String show(Model model, PersonForm form, PersonId editing, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("scripts", NameScript.values());
        model.addAttribute("kinds", NameKind.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("precisions", BirthDate.Precision.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("countries", Countries.all(locale));
        return FORM;
    }

    static Optional<PersonId> personId(String id) {
        try {
            return Optional.of(new PersonId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
