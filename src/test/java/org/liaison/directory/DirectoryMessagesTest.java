package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text of the directory exists in Vietnamese, Simplified Chinese and English, and every
 * key the pages and the code use is in the bundles, so no page ever shows a raw key or an English fallback.
 */
class DirectoryMessagesTest {

    static final Map<String, String> BUNDLES = Map.of(
            "vi", "/messages/directory_vi.properties",
            "zh-CN", "/messages/directory_zh_CN.properties",
            "en", "/messages/directory_en.properties");

    @Test
    void theThreeBundlesHaveTheSameKeysAllPrefixedDirectory() throws IOException {
        Set<String> en = load("en").stringPropertyNames();
        assertThat(en).isNotEmpty().allMatch(k -> k.startsWith("directory."));
        assertThat(load("vi").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en);
        assertThat(load("zh-CN").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void vietnameseAndChineseTextsAreTranslationsNotCopies() throws IOException {
        Properties en = load("en");
        Properties vi = load("vi");
        Properties zh = load("zh-CN");
        for (String key : en.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(zh.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key))
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void noTextHoldsAnApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String lang : BUNDLES.keySet()) {
            Properties p = load(lang);
            assertThat(p.stringPropertyNames()).as(lang).noneMatch(k -> p.getProperty(k).contains("'"));
        }
    }

    @Test
    void everyUnitKindAndRoleHasALabel() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Arrays.stream(UnitKind.values()).forEach(k -> assertThat(keys).contains("directory.unitKind." + k));
        Arrays.stream(Role.values()).forEach(r -> assertThat(keys).contains("directory.role." + r));
    }

    @Test
    void everyKeyUsedByTheDirectoryPagesAndCodeExists() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        // Literal keys only: #{directory.x.y} in templates, "directory.x.y" and {directory.x.y} in code.
        Pattern inTemplate = Pattern.compile("#\\{(directory\\.[A-Za-z0-9_.-]+[A-Za-z0-9])[}(]");
        Pattern inCode = Pattern.compile("[\"{](directory\\.[a-z]+\\.[A-Za-z0-9_.-]+)[\"}]");
        collect(Path.of("src/main/resources/templates/directory"), inTemplate, used);
        collect(Path.of("src/main/java/org/liaison/directory"), inCode, used);
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(DirectoryMessagesTest.class.getResourceAsStream(BUNDLES.get(lang)),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
