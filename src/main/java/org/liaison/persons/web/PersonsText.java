package org.liaison.persons.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.persons.BirthDate;
import org.liaison.persons.PersonName;
import org.liaison.persons.internal.Countries;
import org.liaison.persons.internal.Explanation;
import org.liaison.persons.internal.NameRules;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the persons pages say in the reader's language beyond plain message keys: explanations with translated
 * arguments, birth dates at their precision, country and agency names, times in the node's zone. Templates call
 * it as {@code @personsText}.
 */
@Component("personsText")
class PersonsText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Directory directory;
    private final ZoneId zone;

    PersonsText(MessageSource messages, Directory directory, NodeProperties node) {
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

    public String birth(BirthDate birth) {
        return birth == null ? of(Explanation.of("persons.birthDate.unknown")) : of(Explanation.birth(birth));
    }

    public String country(String alpha3) {
        return alpha3 == null ? of(Explanation.of("persons.nationality.unknown"))
                : Countries.name(alpha3, LocaleContextHolder.getLocale()) + " (" + alpha3 + ")";
    }

    public String agency(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale, ownCountry)).orElse(code);
    }

    public String name(List<PersonName> names) {
        return names.isEmpty() ? "" : NameRules.displayName(names, LocaleContextHolder.getLocale()).text();
    }

    /** The names other than the one shown first, joined for a list's second line. */
    public String otherNames(List<PersonName> names) {
        if (names.isEmpty()) {
            return "";
        }
        PersonName first = NameRules.displayName(names, LocaleContextHolder.getLocale());
        return String.join(" · ", names.stream().filter(n -> n != first).map(PersonName::text).toList());
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
