package org.liaison.web;

import java.util.List;
import org.liaison.directory.Directory;
import org.liaison.shared.CurrentOfficer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take the logged-in {@link CurrentOfficer} as a parameter; adds the layout's model. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final Directory directory;
    private final LocaleResolver locales;

    WebConfiguration(Directory directory, @Lazy LocaleResolver locales) {
        this.directory = directory;
        this.locales = locales;
    }

    /**
     * Keeps Thymeleaf's auto-configuration from adding the filter that passes every link a page writes through the
     * resource chain (webjars-locator turns the chain on). The chain only resolves versionless webjar paths, which it
     * does when the browser asks for them; rewriting links gains nothing and, under load, the class-path lookups it
     * made for each link were a sixth of the time spent rendering pages.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LayoutAdvice(directory, locales));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return CurrentOfficer.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
                return SecurityConfiguration.current();
            }
        });
    }
}
