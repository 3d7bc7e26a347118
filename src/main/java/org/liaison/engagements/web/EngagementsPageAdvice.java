package org.liaison.engagements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Actor;
import org.liaison.engagements.internal.EngagementsChangeRefused;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the engagement pages share: text is trimmed (empty means "not given"), pages learn what the reader may do
 * (officers and supervisors record and follow up, supervisors confirm and decide, auditors read), and refusals
 * are put next to their fields.
 */
@ControllerAdvice(assignableTypes = {EngagementsController.class, RecordFormsController.class})
class EngagementsPageAdvice {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute
    void permissions(Model model, CurrentOfficer me) {
        model.addAttribute("canWrite", mayWrite(me));
        model.addAttribute("canDecide", me != null && me.has("SUPERVISOR"));
    }

    static boolean mayWrite(CurrentOfficer me) {
        return me != null && (me.has("OFFICER") || me.has("SUPERVISOR"));
    }

    /** Agreements bind the agency (their clauses set reply times): supervisors record them. */
    static boolean mayRecord(CurrentOfficer me, EngagementKind kind) {
        return kind == EngagementKind.AGREEMENT ? me.has("SUPERVISOR") : mayWrite(me);
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
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Puts the service's problems next to their fields, skipping fields that already show one. */
    static void reject(BindingResult errors, EngagementsChangeRefused refused) {
        for (ObjectError e : refused.errors().getAllErrors()) {
            if (e instanceof FieldError f) {
                if (!errors.hasFieldErrors(f.getField())) {
                    errors.rejectValue(f.getField(), f.getCode(), f.getArguments(), null);
                }
            } else {
                errors.reject(e.getCode(), e.getArguments(), null);
            }
        }
    }
}
