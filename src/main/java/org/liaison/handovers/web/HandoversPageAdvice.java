package org.liaison.handovers.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.handovers.internal.Caller;
import org.liaison.handovers.internal.HandoverRefused;
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

/** What the handover pages share: trimmed input, whether the reader may record stages, refusals next to fields. */
@ControllerAdvice(assignableTypes = HandoversController.class)
class HandoversPageAdvice {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Officers and supervisors record stages; auditors only read. */
    @ModelAttribute
    void canWrite(Model model, CurrentOfficer me) {
        model.addAttribute("canWrite", me != null && (me.has("OFFICER") || me.has("SUPERVISOR")));
    }

    static Caller caller(CurrentOfficer me, HttpServletRequest request) {
        if (me == null) {
            // the security rules let no anonymous request reach these pages; this guards against a rule being lost
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return new Caller(me, request.getRemoteAddr());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** Puts each problem next to its field, or above the form when it concerns the whole handover. */
    static void reject(BindingResult errors, HandoverRefused refused) {
        for (HandoverRefused.Problem p : refused.problems()) {
            Object[] args = p.text().getArguments();
            String key = p.text().getCodes()[0];
            if (p.field() == null) {
                errors.reject(key, args, null);
            } else if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), key, args, null);
            }
        }
    }
}
