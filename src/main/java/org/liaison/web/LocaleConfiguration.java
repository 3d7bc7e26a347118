package org.liaison.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Language: {@code ?lang=vi|zh-CN|en} switches and is remembered in a cookie; without a choice the
 * browser's Accept-Language picks one of the three; anything else falls back to English.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "LIAISON_LANG";

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();
        byHeader.setSupportedLocales(Languages.SUPPORTED);
        byHeader.setDefaultLocale(Languages.ENGLISH);
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public java.util.Locale resolveLocale(HttpServletRequest request) {
                java.util.Locale chosen = super.resolveLocale(request);
                return Languages.supported(chosen.toLanguageTag()).orElse(Languages.ENGLISH);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(byHeader::resolveLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (lang != null) {
                    Languages.supported(lang).ifPresent(locale ->
                            localeResolver().setLocale(request, response, locale));
                }
                return true;
            }
        });
    }
}
