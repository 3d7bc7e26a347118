package org.liaison.persons.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.internal.NoticeDossier;
import org.liaison.persons.internal.PersonsChangeRefused;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
import org.liaison.directory.Directory;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.SafeDownload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Wanted notices: own and received in one list, a notice's page with its person, the form to issue one, and the
 * issuer's actions: share with a partner agency, withdraw, record as executed.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class WantedNoticesController {

    private static final String FORM = "persons/notice-form";

    private final WantedNoticesService notices;
    private final PersonsService persons;
    private final PersonsText text;
    private final Directory directory;

    WantedNoticesController(WantedNoticesService notices, PersonsService persons, PersonsText text, Directory directory) {
        this.notices = notices;
        this.persons = persons;
        this.text = text;
        this.directory = directory;
    }

    @GetMapping("/wanted-notices")
    String list(@RequestParam(name = "origin", required = false) String origin,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "crimeArea", required = false) String crimeArea, CurrentOfficer me,
                HttpServletRequest request, Model model) {
        PersonsService.Origin which = PersonsController.origin(origin);
        WantedNoticeStatus s = parse(WantedNoticeStatus.class, status);
        CrimeArea area = parse(CrimeArea.class, crimeArea);
        model.addAttribute("notices", notices.list(which, s, area, PersonsPageAdvice.actor(me, request)));
        model.addAttribute("origin", which.name());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("crimeArea", area == null ? "" : area.name());
        model.addAttribute("origins", PersonsService.Origin.values());
        model.addAttribute("statuses", WantedNoticeStatus.values());
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("limit", PersonsService.LIST_LIMIT);
        return "persons/notices";
    }

    @GetMapping("/wanted-notices/{id}")
    String detail(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        NoticeDossier notice = noticeId(id).flatMap(n -> notices.open(n, PersonsPageAdvice.actor(me, request), "detail"))
                .orElseThrow(PersonsPageAdvice::notFound);
        model.addAttribute("notice", notice);
        model.addAttribute("person", notice.person());
        model.addAttribute("partners", notice.own() ? notices.partners().stream()
                .filter(a -> notice.shares().stream().noneMatch(s -> s.agency().equals(a))).toList() : List.of());
        return "persons/notice";
    }

    /** The photo, only ever as the image type its bytes are (checked again as it is read); never sniffed, never cached. */
    @GetMapping("/wanted-notices/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return noticeId(id).flatMap(n -> notices.photo(n, PersonsPageAdvice.actor(me, request)))
                .map(p -> SafeDownload.inlineImage(MediaType.parseMediaType(p.contentType())).body(p.bytes()))
                .orElseThrow(PersonsPageAdvice::notFound);
    }

    @GetMapping("/wanted-notices/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newNotice(@RequestParam(name = "person", required = false) String person, CurrentOfficer me,
                     HttpServletRequest request, Model model, Locale locale) {
        NoticeForm form = new NoticeForm();
        form.setPersonId(person);
        var own = directory.ownAgency();
        form.setIssuingAuthority(own.name(locale, own.country()));
        return show(model, form, me, request);
    }

    @PostMapping("/wanted-notices/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String create(@ModelAttribute("form") NoticeForm form, BindingResult errors, CurrentOfficer me,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                WantedNoticeId id = notices.issue(PersonsPageAdvice.actor(me, request), form.toDraft());
                flash.addFlashAttribute("saved", true);
                return "redirect:/wanted-notices/" + id;
            } catch (PersonsChangeRefused refused) {
                PersonsPageAdvice.reject(errors, refused);
            }
        }
        return show(model, form, me, request);
    }

    private String show(Model model, NoticeForm form, CurrentOfficer me, HttpServletRequest request) {
        model.addAttribute("form", form);
        model.addAttribute("people", persons.ownForChoice(PersonsPageAdvice.actor(me, request)));
        model.addAttribute("areas", CrimeArea.values());
        model.addAttribute("handlingCodes", HandlingCode.values());
        return FORM;
    }

    @PostMapping("/wanted-notices/{id}/share")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String share(@PathVariable String id, @RequestParam(name = "agency", required = false) String agency,
                 CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        WantedNoticeId notice = noticeId(id).orElseThrow(PersonsPageAdvice::notFound);
        return act(notice, flash, () -> {
            notices.share(PersonsPageAdvice.actor(me, request), notice, agency);
            flash.addFlashAttribute("shared", agency);
        });
    }

    @PostMapping("/wanted-notices/{id}/withdraw")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String withdraw(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                    CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        WantedNoticeId notice = noticeId(id).orElseThrow(PersonsPageAdvice::notFound);
        return act(notice, flash, () -> {
            notices.close(PersonsPageAdvice.actor(me, request), notice, WantedNoticeStatus.WITHDRAWN, reason);
            flash.addFlashAttribute("closed", WantedNoticeStatus.WITHDRAWN.name());
        });
    }

    @PostMapping("/wanted-notices/{id}/executed")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String executed(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                    CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        WantedNoticeId notice = noticeId(id).orElseThrow(PersonsPageAdvice::notFound);
        return act(notice, flash, () -> {
            notices.close(PersonsPageAdvice.actor(me, request), notice, WantedNoticeStatus.EXECUTED, reason);
            flash.addFlashAttribute("closed", WantedNoticeStatus.EXECUTED.name());
        });
    }

    /** Runs an action on a notice and returns to its page, with the refusal's explanation when it was refused. */
    private String act(WantedNoticeId notice, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (PersonsChangeRefused refused) {
            if (refused.has(PersonsChangeRefused.Reason.NOT_FOUND)) {
                throw PersonsPageAdvice.notFound();
            }
            flash.addFlashAttribute("refused", refused.problems().stream().map(p -> text.of(p.explanation())).toList());
        }
        return "redirect:/wanted-notices/" + notice;
    }

    static Optional<WantedNoticeId> noticeId(String id) {
        try {
            return Optional.of(new WantedNoticeId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
