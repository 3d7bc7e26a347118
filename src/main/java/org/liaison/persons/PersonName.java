package org.liaison.persons;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One of a person's names, as written, with its script and kind. */
public record PersonName(String text, NameScript script, NameKind kind) {

    public PersonName {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a name needs text; got '" + text + "'");
        }
    }

    /**
     * The name to show first: a primary name in the script the reader reads best (Vietnamese readers Vietnamese,
     * Chinese readers Han, others Latin), else the first primary name, else the first name.
     */
    public static PersonName displayName(List<PersonName> names, Locale locale) {
        List<NameScript> preferred = switch (locale.getLanguage()) {
            case "vi" -> List.of(NameScript.VIETNAMESE, NameScript.LATIN, NameScript.HAN, NameScript.PINYIN);
            case "zh" -> List.of(NameScript.HAN, NameScript.PINYIN, NameScript.VIETNAMESE, NameScript.LATIN);
            default -> List.of(NameScript.LATIN, NameScript.PINYIN, NameScript.VIETNAMESE, NameScript.HAN);
        };
        for (NameScript script : preferred) {
            for (PersonName n : names) {
                if (n.kind() == NameKind.PRIMARY && n.script() == script) {
                    return n;
                }
            }
        }
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.getFirst());
    }
}
