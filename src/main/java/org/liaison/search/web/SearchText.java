package org.liaison.search.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.Directory;
import org.liaison.search.internal.Kind;
import org.liaison.search.internal.SearchService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the search page and the API say in the reader's language: a case's title, unit names. Templates: {@code @searchText}. */
@Component
public class SearchText {

    private final Directory directory;

    SearchText(Directory directory) {
        this.directory = directory;
    }

    /** The title in the reader's language: a case's Chinese title for a Chinese reader, else its Vietnamese one. */
    public String title(SearchService.Hit hit) {
        return title(hit, LocaleContextHolder.getLocale());
    }

    static String title(SearchService.Hit hit, Locale locale) {
        List<String> titles = hit.titles();
        if (hit.kind() != Kind.CASE || titles.size() < 2) {
            return titles.isEmpty() ? "" : titles.getFirst();
        }
        boolean chinese = locale.getLanguage().equals("zh");
        String first = chinese ? titles.get(1) : titles.get(0);
        return first.isBlank() ? (chinese ? titles.get(0) : titles.get(1)) : first;
    }

    /** The case's title in the other language, or empty. */
    public String otherTitle(SearchService.Hit hit) {
        if (hit.kind() != Kind.CASE || hit.titles().size() < 2) {
            return "";
        }
        String shown = title(hit);
        return hit.titles().stream().filter(t -> !t.isBlank() && !t.equals(shown)).findFirst().orElse("");
    }

    public LocalDate day(SearchService.Hit hit) {
        return LocalDate.ofEpochDay(hit.day());
    }

    /** The units a filter can name: every unit of the directory, by {@code AGENCY/CODE}, named for this reader. */
    public List<UnitChoice> units() {
        Locale locale = LocaleContextHolder.getLocale();
        return directory.units().stream()
                .map(u -> new UnitChoice(u.agencyCode() + "/" + u.code(),
                        directory.displayName(u.nameLocal(), u.namePartner(), u.nameEn(), locale) + " (" + u.code() + ")"))
                .toList();
    }

    public record UnitChoice(String value, String name) {
    }
}
