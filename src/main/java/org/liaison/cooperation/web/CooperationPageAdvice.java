package org.liaison.cooperation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the cooperation pages share: text is trimmed and empty means "not given"; pages learn whether the reader may
 * write; refusals go next to their fields.
 */
@ControllerAdvice(assignableTypes = {ReportsController.class, RequestsController.class, CooperationController.class})
class CooperationPageAdvice {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Officers and supervisors write; auditors only read. */
    @ModelAttribute
    void canWrite(Model model, CurrentOfficer me) {
        model.addAttribute("canWrite", me != null && (me.has("OFFICER") || me.has("SUPERVISOR")));
    }

    static Actor actor(CurrentOfficer me, HttpServletRequest request) {
        if (me == null) {
            // the security rules let no anonymous request reach these pages; this guards against a rule being lost
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return new Actor(me, request.getRemoteAddr());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts the service's problems next to their fields; the problems of one file or one person of a list
     * ({@code attachments[1]}) go to the list's field.
     */
    static void reject(BindingResult errors, CooperationRefused refused) {
        for (CooperationRefused.Problem p : refused.problems()) {
            Object[] args = p.explanation().args().toArray();
            if (p.field() == null) {
                errors.reject(p.explanation().key(), args, null);
            } else {
                String field = p.field().replaceAll("\\[\\d+]$", "");
                errors.rejectValue(field, p.explanation().key(), args, null);
            }
        }
    }

    /**
     * Runs an action on a report or request and returns to its page, with the refusal's explanations by field (and
     * the typed reply, without its files) when it was refused.
     */
    static String act(String page, RedirectAttributes flash, ReplyForm typed, CooperationText text, Runnable action) {
        try {
            action.run();
        } catch (CooperationRefused refused) {
            if (refused.has(CooperationRefused.Reason.NOT_FOUND)) {
                throw notFound();
            }
            flash.addFlashAttribute("refused", explain(refused, text));
            if (typed != null) {
                typed.setAttachments(null);
                flash.addFlashAttribute("reply", typed);
            }
        }
        return "redirect:" + page;
    }

    /** The refusal's explanations by field ({@code ""} for the item as a whole), in the reader's language. */
    static Map<String, List<String>> explain(CooperationRefused refused, CooperationText text) {
        return refused.problems().stream().collect(Collectors.groupingBy(
                p -> p.field() == null ? "" : p.field().replaceAll("\\[\\d+]$", ""), LinkedHashMap::new,
                Collectors.mapping(p -> text.of(p.explanation()), Collectors.toList())));
    }
}
