package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit and token pages' messages exist in Vietnamese, Chinese and English with the same keys and placeholders,
 * and every key the pages and controllers use is there.
 */
class AuditMessagesTest {

    private static final Map<String, Properties> BUNDLES = Map.of(
            "en", load("audit_en"), "vi", load("audit_vi"), "zh_CN", load("audit_zh_CN"));
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{((?:audit|tokens)\\.[A-Za-z0-9_.]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> en = keys("en");

        assertThat(en).isNotEmpty().allMatch(k -> k.startsWith("audit.") || k.startsWith("tokens."));
        assertThat(keys("vi")).isEqualTo(en);
        assertThat(keys("zh_CN")).isEqualTo(en);
    }

    @Test
    void everyTranslationIsWrittenAndHasTheSamePlaceholders() {
        for (String key : keys("en")) {
            String english = BUNDLES.get("en").getProperty(key);
            for (String lang : new String[] {"vi", "zh_CN"}) {
                String text = BUNDLES.get(lang).getProperty(key);
                assertThat(text).as(lang + " " + key).isNotBlank();
                assertThat(placeholders(text)).as(lang + " " + key).isEqualTo(placeholders(english));
                new MessageFormat(text, Locale.forLanguageTag(lang.replace('_', '-')));
            }
        }
    }

    @Test
    void vietnameseAndChineseAreTranslatedNotCopied() {
        // Examples such as "e.g. READ" keep the code word; the sentence around it is still translated.
        for (String key : keys("en")) {
            String english = BUNDLES.get("en").getProperty(key);
            assertThat(BUNDLES.get("vi").getProperty(key)).as("vi " + key).isNotEqualTo(english);
            assertThat(BUNDLES.get("zh_CN").getProperty(key)).as("zh_CN " + key).isNotEqualTo(english)
                    .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Stream.concat(
                Files.list(Path.of("src/main/resources/templates/audit")),
                Files.list(Path.of("src/main/resources/templates/directory")))) {
            for (Path t : templates.toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(t));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // Keys put together at run time: one per verification problem and one label per filter field.
        Arrays.stream(AuditVerification.Problem.values()).forEach(p -> used.add("audit.verify.problem." + p.name()));
        Stream.of("actor", "action", "recordType", "recordId", "from", "to", "before", "limit")
                .forEach(f -> used.add("audit.filter." + f));
        Stream.of("audit.filter.invalid", "audit.filter.tooLong", "audit.filter.invalidDate", "audit.filter.fromAfterTo",
                "audit.filter.invalidRow", "audit.filter.invalidLimit", "audit.verify.intact", "audit.verify.broken",
                "tokens.name.required", "tokens.name.tooLong").forEach(used::add);

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys("en")).containsAll(used);
    }

    private static Set<String> keys(String lang) {
        return new TreeSet<>(BUNDLES.get(lang).stringPropertyNames());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (var in = AuditMessagesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
