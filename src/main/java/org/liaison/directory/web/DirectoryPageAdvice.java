package org.liaison.directory.web;

import java.beans.PropertyEditorSupport;
import org.liaison.directory.Directory;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the directory's pages share. Forms bind like this: text is trimmed and empty means "not given"; the
 * password is taken as typed (spaces count) and empty means "keep"; a value that does not convert (a
 * tampered hidden field) becomes a translated field error instead of Spring's English one. Pages learn
 * which language the node's "local" and "partner" names are in, to label them.
 */
@ControllerAdvice(assignableTypes = {DirectoryController.class, AgencyAdminController.class, UnitAdminController.class,
        OfficerAdminController.class, PairAdminController.class, GateAdminController.class})
class DirectoryPageAdvice {

    static final String INVALID_VALUE = "directory.validation.invalidValue";

    private final Directory directory;

    DirectoryPageAdvice(Directory directory) {
        this.directory = directory;
    }

    /**
     * The languages of the "local" and "partner" names on this node, to label the name fields: Vietnamese
     * and Chinese on a Vietnamese node, the other way round on a Chinese one.
     */
    @ModelAttribute
    void nameLanguages(Model model) {
        String country = directory.ownAgency().country();
        model.addAttribute("localLang", language(country, false));
        model.addAttribute("partnerLang", language(country, true));
    }

    private static String language(String country, boolean partner) {
        return switch (country) {
            case "VN" -> partner ? "zh" : "vi";
            case "CN" -> partner ? "vi" : "zh";
            default -> partner ? "partner" : "local";
        };
    }

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
