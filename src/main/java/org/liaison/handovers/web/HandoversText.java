package org.liaison.handovers.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.handovers.LinkedRecord;
import org.liaison.handovers.internal.LinkedRecords;
import org.liaison.persons.PersonName;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the handover pages say beyond plain message keys: agency and gate names, person names, times in the node's
 * zone, and, for the printed record, the same in a given language and in both countries' times. Templates call it
 * as {@code @handoversText}.
 */
@Component("handoversText")
class HandoversText {

    static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final Directory directory;
    private final ZoneId zone;

    private final LinkedRecords linkedRecords;

    /** A linked request or case with its title, where it stands and its page, in the reader's language. */
    public LinkedRecords.Named linked(LinkedRecord link) {
        return linkedRecords.describe(link, LocaleContextHolder.getLocale());
    }

    HandoversText(MessageSource messages, Directory directory, NodeProperties node, LinkedRecords linkedRecords) {
        this.linkedRecords = linkedRecords;
        this.messages = messages;
        this.directory = directory;
        this.zone = node.zone();
    }

    public String of(MessageSourceResolvable text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    /** A message key in a given language, for the printed record's columns. */
    public String in(String lang, String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag(lang));
    }

    public String agency(String code) {
        return agency(code, LocaleContextHolder.getLocale());
    }

    public String agencyIn(String lang, String code) {
        return agency(code, Locale.forLanguageTag(lang));
    }

    private String agency(String code, Locale locale) {
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale, ownCountry)).orElse(code);
    }

    /** An agency code's name, or the text itself for a party that is no agency (a detention centre). */
    public String party(String party) {
        return party == null || party.isBlank() ? "—" : agency(party);
    }

    public String gate(String code) {
        return code == null ? "" : directory.gate(code).map(g -> g.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    public String gateIn(String lang, String code) {
        return code == null ? "" : directory.gate(code).map(g -> g.name(Locale.forLanguageTag(lang))).orElse(code);
    }

    /** A place that may be a gate's code (the crossing entered by the confirmations). */
    public String place(String place) {
        return directory.gate(place).map(g -> g.name(LocaleContextHolder.getLocale())).orElse(place);
    }

    /** For the printed record: a gate in Vietnamese and Chinese, any other place as written. */
    public String placeInBoth(String place) {
        return directory.gate(place).map(g -> g.nameVi() + " / " + g.nameZh()).orElse(place);
    }

    /** For the printed record: an agency in Vietnamese and Chinese, any other party as written. */
    public String partyInBoth(String party) {
        if (party == null || party.isBlank()) {
            return "—";
        }
        return directory.agency(party).map(a -> agencyIn("vi", party) + " / " + agencyIn("zh-CN", party)).orElse(party);
    }

    public String name(List<PersonName> names) {
        return names.isEmpty() ? "" : PersonName.displayName(names, LocaleContextHolder.getLocale()).text();
    }

    /** The person's names in every script, for the printed record. */
    public String allNames(List<PersonName> names) {
        return String.join(" · ", names.stream().map(PersonName::text).toList());
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public String time(long ms) {
        return ms == 0 ? "" : time(Instant.ofEpochMilli(ms));
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** Both countries' clocks, e.g. {@code 2026-09-20 09:30 (UTC+7) · 10:30 (UTC+8)}: the printed record is read on both sides. */
    public String bothTimes(long ms) {
        if (ms == 0) {
            return "";
        }
        Instant at = Instant.ofEpochMilli(ms);
        return TIME.format(at.atZone(VIET_NAM)) + " (UTC+7) · " + DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(CHINA))
                + " (UTC+8)";
    }

    public String bothTimes(Instant at) {
        return at == null ? "" : bothTimes(at.toEpochMilli());
    }
}
