package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.persons.WantedNoticeId;
import org.liaison.screening.internal.ConfirmationsService;
import org.liaison.screening.internal.HitStatus;
import org.liaison.screening.internal.HitsService;
import org.liaison.screening.internal.ScreeningRefused;
import org.liaison.screening.internal.Text;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alerts (hits to review, partners' confirmations not yet read), a hit with both records side by side and its
 * review, and the screening part of a wanted notice's page.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class HitsController {

    private final HitsService hits;
    private final ConfirmationsService confirmations;

    HitsController(HitsService hits, ConfirmationsService confirmations) {
        this.hits = hits;
        this.confirmations = confirmations;
    }

    @GetMapping("/screening/alerts")
    String alerts(@RequestParam(name = "status", required = false) String status, CurrentOfficer me,
                  HttpServletRequest request, Model model) {
        HitStatus which = status(status);
        var actor = ScreeningPageAdvice.actor(me, request);
        model.addAttribute("hits", hits.list(which, actor));
        model.addAttribute("status", which == null ? "ALL" : which.name());
        model.addAttribute("statuses", HitStatus.values());
        model.addAttribute("confirmations", confirmations.unnoted(actor));
        model.addAttribute("limit", HitsService.LIST_LIMIT);
        return "screening/alerts";
    }

    /** NEW unless another status or ALL is asked for. */
    private static HitStatus status(String value) {
        if (value == null || value.isBlank()) {
            return HitStatus.NEW;
        }
        try {
            return value.equals("ALL") ? null : HitStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return HitStatus.NEW;
        }
    }

    @GetMapping("/screening/hits/{id}")
    String hit(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("dossier", hits.open(ScreeningPageAdvice.required(id), ScreeningPageAdvice.actor(me, request))
                .orElseThrow(ScreeningPageAdvice::notFound));
        return "screening/hit";
    }

    @PostMapping("/screening/hits/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam(name = "note", required = false) String note,
                   CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID hit = ScreeningPageAdvice.required(id);
        return review(hit, flash, note, () -> {
            hits.confirm(hit, ScreeningPageAdvice.actor(me, request), note);
            flash.addFlashAttribute("reviewed", "CONFIRMED");
        });
    }

    @PostMapping("/screening/hits/{id}/dismiss")
    String dismiss(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                   CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID hit = ScreeningPageAdvice.required(id);
        return review(hit, flash, reason, () -> {
            hits.dismiss(hit, ScreeningPageAdvice.actor(me, request), reason);
            flash.addFlashAttribute("reviewed", "DISMISSED");
        });
    }

    /**
     * Runs a review and returns to the hit; a refusal comes back next to its field (in the language of the page that
     * shows it), with what was typed.
     */
    private String review(UUID hit, RedirectAttributes flash, String typed, Runnable action) {
        try {
            action.run();
        } catch (ScreeningRefused refused) {
            if (refused.reason() == ScreeningRefused.Reason.NOT_FOUND) {
                throw ScreeningPageAdvice.notFound();
            }
            Map<String, Text> errors = refused.problems().stream().collect(Collectors.toMap(
                    p -> p.field() == null ? "hit" : p.field(), ScreeningRefused.Problem::text, (a, b) -> a));
            flash.addFlashAttribute("errors", errors);
            flash.addFlashAttribute("typed", typed);
        }
        return "redirect:/screening/hits/" + hit;
    }

    /** What screening knows about a wanted notice: the hits on a partner's, the confirmations of an own one. */
    @GetMapping("/screening/notices/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
    String notice(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        WantedNoticeId notice = new WantedNoticeId(ScreeningPageAdvice.required(id));
        var actor = ScreeningPageAdvice.actor(me, request);
        model.addAttribute("hits", hits.onNotice(notice, actor));
        model.addAttribute("confirmations", confirmations.onNotice(notice, actor));
        model.addAttribute("canReview", me.has("OFFICER") || me.has("SUPERVISOR"));
        return "screening/notice :: screening";
    }

    @PostMapping("/screening/confirmations/{id}/noted")
    String noted(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        try {
            confirmations.noted(ScreeningPageAdvice.required(id), ScreeningPageAdvice.actor(me, request));
        } catch (ScreeningRefused refused) {
            throw ScreeningPageAdvice.notFound();
        }
        return "redirect:/screening/alerts";
    }
}
