package org.liaison.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What a refused request the framework answers itself (an unknown id, a wrong content type, an unreadable body)
 * tells an API client: {@code {"errors":[{"field":null,"message":...}]}} in the caller's language, as the modules'
 * own refusals, instead of an English reason phrase.
 */
@Component
class LocalizedErrorAttributes extends DefaultErrorAttributes {

    private final MessageSource messages;

    LocalizedErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        String key = status instanceof Integer s && (s == 401 || s == 403) ? "error.denied"
                : status instanceof Integer s && s == 404 ? "error.notFound" : "error.generic";
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        attributes.remove("error");
        attributes.put("errors", List.of(error));
        return attributes;
    }
}
