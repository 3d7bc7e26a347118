package org.liaison.cooperation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.liaison.cooperation.internal.RequestsService;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the cooperation pages say in the reader's language beyond plain message keys: agency, unit and gate names,
 * times in the node's zone, file sizes, where a deadline comes from. Templates call it as {@code @coopText}.
 */
@Component("coopText")
class CooperationText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final MessageSource messages;
    private final Directory directory;
    private final ZoneId zone;

    CooperationText(MessageSource messages, Directory directory, NodeProperties node) {
        this.messages = messages;
        this.directory = directory;
        this.zone = node.zone();
    }

    String of(MessageSourceResolvable text, Locale locale) {
        return messages.getMessage(text, locale);
    }

    public String of(MessageSourceResolvable text) {
        return of(text, LocaleContextHolder.getLocale());
    }

    public String agency(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale, ownCountry)).orElse(code);
    }

    /** A unit's name in the reader's language, from its agency and code; the code when the directory lacks it. */
    public String unit(String agency, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return directory.unit(agency, code)
                .map(u -> directory.displayName(u.nameLocal(), u.namePartner(), u.nameEn(), locale))
                .orElse(code);
    }

    public String unit(Directory.UnitSummary u) {
        return directory.displayName(u.nameLocal(), u.namePartner(), u.nameEn(), LocaleContextHolder.getLocale());
    }

    /** A unit written {@code AGENCY:CODE} (forwards keep it so). */
    public String unitRef(String ref) {
        int colon = ref == null ? -1 : ref.indexOf(':');
        return colon < 0 ? String.valueOf(ref) : unit(ref.substring(0, colon), ref.substring(colon + 1));
    }

    public String unitById(Long id) {
        return id == null ? "" : directory.unit(id).map(this::unit).orElse(String.valueOf(id));
    }

    public String gate(String code) {
        Optional<Directory.GateSummary> g = code == null ? Optional.empty() : directory.gate(code);
        return g.map(x -> x.name(LocaleContextHolder.getLocale())).orElse(code == null ? "" : code);
    }

    public String officer(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return directory.officer(username).map(Directory.OfficerSummary::fullName).orElse(username);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** The value a {@code datetime-local} field shows for an instant. */
    public String input(Instant at) {
        return at == null ? "" : INPUT.format(at.atZone(zone));
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Where a deadline comes from: an agreement's clause, the built-in default, or the officer. */
    public String deadlineSource(String source) {
        Locale locale = LocaleContextHolder.getLocale();
        if (source == null || source.isBlank()) {
            return messages.getMessage("cooperation.deadline.byOfficer", null, locale);
        }
        if (RequestsService.BUILT_IN_DEADLINE.equals(source)) {
            return messages.getMessage("cooperation.deadline.builtIn", null, locale);
        }
        return source;
    }

    /** A duration in days, or in hours when shorter than two days. */
    public String within(java.time.Duration d) {
        Locale locale = LocaleContextHolder.getLocale();
        return d.toHours() < 48 ? messages.getMessage("cooperation.hours", new Object[] {String.valueOf(d.toHours())}, locale)
                : messages.getMessage("cooperation.days", new Object[] {String.valueOf(d.toDays())}, locale);
    }
}
