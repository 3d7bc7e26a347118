package org.liaison.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three languages every page exists in. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, CHINESE, ENGLISH);

    private Languages() {
    }

    /** Maps a tag such as {@code vi}, {@code zh-CN}, {@code zh}, {@code en-GB} to a supported locale. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 20) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(lang)).findFirst();
    }

    public static String tag(Locale locale) {
        return supported(locale.toLanguageTag()).orElse(ENGLISH).toLanguageTag();
    }
}
