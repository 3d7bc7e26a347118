package org.liaison.web;

import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.shared.CurrentOfficer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the node's agency in the reader's language, the officer, the language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final Directory directory;

    LayoutAdvice(Directory directory) {
        this.directory = directory;
    }

    @ModelAttribute("nodeAgency")
    String nodeAgency(Locale locale) {
        var own = directory.ownAgency();
        return own.name(locale, own.country());
    }

    @ModelAttribute("nodeAgencyCode")
    String nodeAgencyCode() {
        return directory.ownAgency().code();
    }

    @ModelAttribute("me")
    CurrentOfficer me() {
        return SecurityConfiguration.current();
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Languages.tag(locale);
    }
}
