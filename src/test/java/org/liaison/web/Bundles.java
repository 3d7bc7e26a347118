package org.liaison.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.liaison.MessageBundlesTest;

/**
 * The texts of the message bundles as a reader sees them on a page, to tell whether a response speaks the reader's
 * language: the fixed part of each message (placeholders cut out) in Vietnamese, Chinese and English.
 */
final class Bundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private final Map<String, Set<String>> texts = new HashMap<>();
    private final List<String> englishOnly = new ArrayList<>();

    static Bundles load() throws IOException {
        Bundles b = new Bundles();
        Set<String> translated = new LinkedHashSet<>();
        List<String> english = new ArrayList<>();
        for (String base : MessageBundlesTest.bases()) {
            for (String lang : List.of("vi", "zh_CN", "en")) {
                Properties p = MessageBundlesTest.load(base, lang);
                for (String key : p.stringPropertyNames()) {
                    String fragment = fragment(p.getProperty(key));
                    if (!lang.equals("en")) {
                        translated.add(p.getProperty(key).replace("''", "'"));
                    } else if (fragment.length() >= 12 && fragment.contains(" ")) {
                        english.add(fragment);
                    }
                    if (fragment.length() >= (lang.equals("zh_CN") ? 2 : 5)) {
                        b.texts.computeIfAbsent(lang.replace('_', '-'), l -> new LinkedHashSet<>()).add(fragment);
                    }
                }
            }
        }
        // an English text also found in a translation (a code, a name, "CSV") is no sign of English
        english.stream().distinct().filter(e -> translated.stream().noneMatch(t -> t.contains(e)))
                .sorted(Comparator.comparingInt(String::length).reversed()).forEach(b.englishOnly::add);
        return b;
    }

    /** The longest part of a message without placeholders, as it appears on a page. */
    static String fragment(String message) {
        String longest = "";
        for (String part : PLACEHOLDER.split(message.replace("''", "'"))) {
            String p = part.strip();
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest;
    }

    /** English texts of the bundles that no Vietnamese or Chinese text contains. */
    List<String> englishOnly() {
        return englishOnly;
    }

    /**
     * Whether {@code text} holds a text of the bundles in {@code lang} ({@code vi}, {@code zh-CN}, {@code en}) that
     * is not merely an echo of what was sent.
     */
    boolean speaks(String lang, String text, String sent) {
        return texts.getOrDefault(lang, Set.of()).stream().anyMatch(t -> text.contains(t) && !sent.contains(t));
    }

    /** Page text with the entities Thymeleaf and JSON writers use turned back into characters. */
    static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x27;", "'").replace("&amp;", "&").replace("\\\"", "\"");
    }
}
