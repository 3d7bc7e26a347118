package org.liaison.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.cases.internal.Actor;
import org.liaison.cases.internal.CasesChangeRefused;
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

/**
 * What the cases pages share: text is trimmed and empty means "not given" (every field is text, so nothing fails to
 * convert before the rules see it); pages learn whether the reader may write.
 */
@ControllerAdvice(assignableTypes = {CasesController.class, CaseItemsController.class})
class CasesPageAdvice {

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Officers and supervisors work cases; auditors only read. */
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

    /** Puts the service's problems next to their fields, skipping fields that already show a problem. */
    static void reject(BindingResult errors, CasesChangeRefused refused) {
        for (CasesChangeRefused.Problem p : refused.problems()) {
            Object[] args = p.args().toArray();
            if (p.field() == null || !isField(errors, p.field())) {
                errors.reject(p.key(), args, null);
            } else if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), p.key(), args, null);
            }
        }
    }

    /** Whether the form has the field; a problem of a field the form does not show concerns the whole form. */
    private static boolean isField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
