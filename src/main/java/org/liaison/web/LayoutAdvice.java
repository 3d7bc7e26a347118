package org.liaison.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's layout needs: the node's agency in the reader's language, the officer, the language.
 * Added only when a view is rendered, so API calls and redirects do no extra work.
 */
class LayoutAdvice implements HandlerInterceptor {

    private final Directory directory;
    private final LocaleResolver locales;

    LayoutAdvice(Directory directory, LocaleResolver locales) {
        this.directory = directory;
        this.locales = locales;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        Locale locale = locales.resolveLocale(request);
        var own = directory.ownAgency();
        mav.addObject("nodeAgency", own.name(locale, own.country()));
        mav.addObject("nodeAgencyCode", own.code());
        mav.addObject("me", SecurityConfiguration.current());
        mav.addObject("lang", Languages.tag(locale));
    }
}
