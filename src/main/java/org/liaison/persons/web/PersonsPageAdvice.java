package org.liaison.persons.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.persons.internal.Actor;
import org.liaison.persons.internal.PersonsChangeRefused;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the persons pages share: text is trimmed and empty means "not given"; a value that does not convert (a
 * letter in the birth year) becomes a translated error next to its field; pages learn whether the reader may
 * write.
 */
@ControllerAdvice(assignableTypes = {PersonsController.class, WantedNoticesController.class})
class PersonsPageAdvice {

    static final String INVALID_VALUE = "persons.validation.invalidValue";

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                result.addError(new FieldError(result.getObjectName(), ex.getPropertyName(), ex.getValue(), true,
                        new String[] {INVALID_VALUE}, null, null));
            }
        });
    }

    /** Officers and supervisors record and change; auditors only read. */
    @ModelAttribute
    void canWrite(Model model, CurrentOfficer me) {
        model.addAttribute("canWrite", mayWrite(me));
    }

    static boolean mayWrite(CurrentOfficer me) {
        return me != null && (me.has("OFFICER") || me.has("SUPERVISOR"));
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
    static void reject(BindingResult errors, PersonsChangeRefused refused) {
        for (PersonsChangeRefused.Problem p : refused.problems()) {
            Object[] args = p.explanation().args().toArray();
            if (p.field() == null) {
                errors.reject(p.explanation().key(), args, null);
            } else if (!errors.hasFieldErrors(p.field())) {
                errors.rejectValue(p.field(), p.explanation().key(), args, null);
            }
        }
    }
}
