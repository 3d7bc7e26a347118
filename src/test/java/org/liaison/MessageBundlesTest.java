package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in Vietnamese, Simplified Chinese and English; templates use only known keys. */
public class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final String[] LANGS = {"vi", "zh_CN", "en"};

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        for (String base : bases()) {
            Set<String> all = new TreeSet<>();
            for (String lang : LANGS) {
                all.addAll(load(base, lang).stringPropertyNames());
            }
            for (String lang : LANGS) {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(load(base, lang).stringPropertyNames());
                assertThat(missing).as("keys missing in %s_%s.properties", base, lang).isEmpty();
            }
        }
    }

    @Test
    void noTranslationIsEmptyOrLeftInEnglish() throws IOException {
        for (String base : bases()) {
            Properties en = load(base, "en");
            for (String lang : new String[] {"vi", "zh_CN"}) {
                Properties p = load(base, lang);
                for (String key : p.stringPropertyNames()) {
                    assertThat(p.getProperty(key)).as("%s_%s: %s", base, lang, key).isNotBlank();
                }
            }
            for (String key : en.stringPropertyNames()) {
                assertThat(en.getProperty(key)).as("%s_en: %s", base, key).isNotBlank();
            }
        }
    }

    @Test
    void translationsKeepTheNumberedPlaceholders() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)");
        for (String base : bases()) {
            Properties en = load(base, "en");
            for (String lang : LANGS) {
                Properties p = load(base, lang);
                for (String key : en.stringPropertyNames()) {
                    String text = p.getProperty(key, "");
                    Set<String> expected = new TreeSet<>();
                    Set<String> found = new TreeSet<>();
                    placeholder.matcher(en.getProperty(key)).results().forEach(r -> expected.add(r.group(1)));
                    placeholder.matcher(text).results().forEach(r -> found.add(r.group(1)));
                    assertThat(found).as("placeholders of %s in %s_%s", key, base, lang).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String base : bases()) {
            known.addAll(load(base, "en").stringPropertyNames());
        }
        Pattern used = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        unknown.add(TEMPLATES.relativize(f) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknown).as("message keys used in templates but missing in the bundles").isEmpty();
    }

    /** The bundles' base names ({@code persons}, {@code cases}…). */
    public static Set<String> bases() throws IOException {
        Set<String> bases = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_en.properties"))
                    .forEach(n -> bases.add(n.substring(0, n.length() - "_en.properties".length())));
        }
        assertThat(bases).as("message bundles").isNotEmpty();
        return bases;
    }

    /** One bundle in one language ({@code vi}, {@code zh_CN}, {@code en}). */
    public static Properties load(String base, String lang) throws IOException {
        Properties p = new Properties();
        Path file = MESSAGES.resolve(base + "_" + lang + ".properties");
        assertThat(file).as("bundle file").exists();
        try (var r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
