package org.liaison.engagements.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.engagements.internal.Agreement;
import org.liaison.shared.NodeProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the engagement pages say beyond plain message keys: agency names in the reader's language, an agreement's
 * title and clauses in the reader's language (both for readers of neither), days and times in the node's zone.
 * Templates call it as {@code @engagementsText}.
 */
@Component("engagementsText")
class EngagementsText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Directory directory;
    private final ZoneId zone;

    EngagementsText(Directory directory, NodeProperties node) {
        this.directory = directory;
        this.zone = node.zone();
    }

    public String agency(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale, ownCountry)).orElse(code);
    }

    public String title(Agreement a) {
        return inReadersLanguage(a.titleVi(), a.titleZh());
    }

    public String text(Agreement.Clause c) {
        return inReadersLanguage(c.textVi(), c.textZh());
    }

    /** The other language's wording, shown beneath for Vietnamese and Chinese readers; empty for the others. */
    public String otherText(Agreement.Clause c) {
        return switch (LocaleContextHolder.getLocale().getLanguage()) {
            case "vi" -> c.textZh();
            case "zh" -> c.textVi();
            default -> "";
        };
    }

    private static String inReadersLanguage(String vi, String zh) {
        return switch (LocaleContextHolder.getLocale().getLanguage()) {
            case "vi" -> vi;
            case "zh" -> zh;
            default -> vi + " / " + zh;
        };
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A period of days: one day, or first – last. */
    public String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + " – " + last;
    }
}
