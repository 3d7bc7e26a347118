package org.liaison.directory.web;

import java.beans.PropertyEditorSupport;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the directory's forms bind: text is trimmed and empty means "not given"; the password is taken as
 * typed (spaces count) and empty means "keep"; a value that does not convert (a tampered hidden field)
 * becomes a translated field error instead of Spring's English one.
 */
@ControllerAdvice(assignableTypes = {AgencyAdminController.class, UnitAdminController.class,
        OfficerAdminController.class, PairAdminController.class, GateAdminController.class})
class DirectoryFormBinding {

    static final String INVALID_VALUE = "directory.validation.invalidValue";

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isEmpty() ? null : text);
            }
        });
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                String field = ex.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), field, null, true,
                        new String[] {INVALID_VALUE}, null, null));
            }
        });
    }

    /** Puts the service's problems next to their fields (or above the form when they concern the whole record). */
    static void reject(BindingResult errors, DirectoryChangeRefused refused) {
        for (DirectoryChangeRefused.Problem p : refused.problems()) {
            if (p.field() == null) {
                errors.reject(p.messageKey(), p.argArray(), null);
            } else {
                errors.rejectValue(p.field(), p.messageKey(), p.argArray(), null);
            }
        }
    }
}
