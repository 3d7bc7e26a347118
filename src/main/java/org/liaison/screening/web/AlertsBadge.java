package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liaison.screening.internal.HitsService;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the number of screening alerts (hits to review, partners' confirmations not yet read) on every page an officer
 * or supervisor sees, for the badge in the navigation and the home page. Only when a whole page is rendered, so API
 * calls, redirects and htmx fragments cost nothing.
 */
@Configuration
class AlertsBadge implements WebMvcConfigurer, HandlerInterceptor {

    private final HitsService hits;

    AlertsBadge(HitsService hits) {
        this.hits = hits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        String view = mav == null ? null : mav.getViewName();
        if (mav == null || (view != null && (view.startsWith("redirect:") || view.contains("::")))) {
            return; // no page, or a fragment (htmx) without the navigation
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_SUPERVISOR"))) {
            mav.addObject("screeningAlerts", hits.alerts());
        }
    }
}
