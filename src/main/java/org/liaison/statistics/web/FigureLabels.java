package org.liaison.statistics.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reader's name of a statistic: crime areas and drugs by their own modules' words, the rest by ours. */
@Component
class FigureLabels {

    private final MessageSource messages;

    FigureLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key) {
        if (key.startsWith("cases_") && !key.equals("cases_coordinated")) {
            return text("statistics.figure.casesIn", text("persons.crimeArea."
                    + key.substring("cases_".length()).toUpperCase(Locale.ROOT)));
        }
        if (key.startsWith("seizures_")) {
            String[] parts = key.substring("seizures_".length()).split("_(?=[a-z]+$)");
            return text("statistics.figure.seized", text("cases.drug." + parts[0].toUpperCase(Locale.ROOT)),
                    text("cases.unit." + parts[1].toUpperCase(Locale.ROOT)));
        }
        return text("statistics.figure." + key);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
