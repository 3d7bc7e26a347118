package org.liaison.screening.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.persons.BirthDate;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonSnapshot;
import org.liaison.screening.internal.EvidenceLine;
import org.liaison.screening.internal.EvidenceText;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the screening pages say in the reader's language beyond plain message keys: explanation lines, refusals,
 * names, birth dates at their precision, agency names, times in the node's zone. Templates call it as
 * {@code @screeningText}.
 */
@Component("screeningText")
class ScreeningText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final EvidenceText evidence;
    private final Directory directory;
    private final ZoneId zone;

    ScreeningText(MessageSource messages, EvidenceText evidence, Directory directory, NodeProperties node) {
        this.messages = messages;
        this.evidence = evidence;
        this.directory = directory;
        this.zone = node.zone();
    }

    public String evidence(EvidenceLine line) {
        return evidence.line(line, LocaleContextHolder.getLocale());
    }

    String evidence(List<EvidenceLine> lines, Locale locale) {
        return evidence.joined(lines, locale);
    }

    public String of(MessageSourceResolvable text) {
        return messages.getMessage(text, LocaleContextHolder.getLocale());
    }

    public String name(PersonSnapshot p) {
        return p == null ? "" : p.displayName(LocaleContextHolder.getLocale()).text();
    }

    /** The names other than the one shown first. */
    public String otherNames(PersonSnapshot p) {
        if (p == null) {
            return "";
        }
        PersonName first = p.displayName(LocaleContextHolder.getLocale());
        return String.join(" · ", p.names().stream().filter(n -> n != first).map(PersonName::text).toList());
    }

    public String names(List<PersonName> names) {
        return String.join(" · ", names.stream().map(PersonName::text).toList());
    }

    /** A birth date at its precision, e.g. "about 1990", in the reader's language (the persons pages' wording). */
    public String birth(BirthDate birth) {
        Locale locale = LocaleContextHolder.getLocale();
        if (birth == null) {
            return messages.getMessage("persons.birthDate.unknown", null, locale);
        }
        String text = birth.precision() == BirthDate.Precision.APPROXIMATE_YEAR ? String.valueOf(birth.year()) : birth.iso();
        return messages.getMessage("persons.birthDate." + birth.precision(), new Object[] {text}, locale);
    }

    public String agency(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale, ownCountry)).orElse(code);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
