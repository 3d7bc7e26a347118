package org.liaison.retention.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.liaison.persons.PersonId;
import org.liaison.persons.RetentionRefused;
import org.liaison.persons.WantedNoticeId;
import org.liaison.retention.internal.RetentionService;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention page: what is due for review, and the supervisor's actions on it. Auditors see the page without
 * the actions. A refused action returns to the page with the reason next to the record's form and changes nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','AUDITOR')")
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/retention")
    String page(CurrentOfficer me, Model model) {
        model.addAttribute("overview", retention.overview(me));
        model.addAttribute("canAct", me.has("SUPERVISOR"));
        return "retention/page";
    }

    @PostMapping("/retention/notices/{id}/keep")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String keepNotice(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                      CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID notice = uuid(id);
        return act(notice, reason, flash, () -> flash.addFlashAttribute("kept",
                retention.keep("notice", notice, reason, me, request.getRemoteAddr()).toString()));
    }

    @PostMapping("/retention/notices/{id}/withdraw")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String withdraw(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                    CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID notice = uuid(id);
        return act(notice, reason, flash, () -> {
            retention.withdraw(new WantedNoticeId(notice), reason, me, request.getRemoteAddr());
            flash.addFlashAttribute("withdrawn", true);
        });
    }

    @PostMapping("/retention/persons/{id}/keep")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String keepPerson(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                      CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID person = uuid(id);
        return act(person, reason, flash, () -> flash.addFlashAttribute("kept",
                retention.keep("person", person, reason, me, request.getRemoteAddr()).toString()));
    }

    @PostMapping("/retention/persons/{id}/expire")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String expire(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                  CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID person = uuid(id);
        return act(person, reason, flash, () -> {
            retention.expire(new PersonId(person), reason, me, request.getRemoteAddr());
            flash.addFlashAttribute("expired", true);
        });
    }

    @PostMapping("/retention/hits/delete")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String deleteHits(CurrentOfficer me, RedirectAttributes flash) {
        flash.addFlashAttribute("hitsDeleted", retention.deleteOldHits(me.username()));
        return "redirect:/retention";
    }

    /** Runs the action; on refusal keeps the typed reason and puts the explanation next to the record's form. */
    private String act(UUID record, String reason, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
        } catch (RetentionRefused refused) {
            flash.addFlashAttribute("refusedRecord", record.toString());
            flash.addFlashAttribute("refusedReason", reason);
            // resolved when the page renders, in the reader's language then
            flash.addFlashAttribute("refused", new DefaultMessageSourceResolvable(new String[] {refused.key()},
                    refused.args().toArray()));
            if (refused.key().equals("retention.error.personUsed")) {
                flash.addFlashAttribute("uses", retention.uses(new PersonId(record)));
            }
        }
        return "redirect:/retention";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
