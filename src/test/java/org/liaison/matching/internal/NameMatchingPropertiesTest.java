package org.liaison.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liaison.matching.NameMatch;
import org.liaison.matching.NameMatcher;

/**
 * Properties over randomly built names (seeded; the seed is in the failure message): a name matches itself fully,
 * scores are symmetric, and a Han name matches its own Hán-Việt and pinyin renderings in any case, with or without
 * diacritics.
 */
class NameMatchingPropertiesTest {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
    private static final String HAN = "阮陈黎范黄潘武吴杜段胡邓王李张刘杨赵周徐孙马朱郭林罗郑梁谢宋唐韩冯曹彭肖田董"
            + "文氏明光德国平安华春秋兰英玉金山海青红云志忠仁义勇强伟刚建成家宝庆林森涛波军兵新华琦全近";

    private final NameMatcher matcher = NameMatcher.standard();
    private final ReadingTables tables = ReadingTables.get();

    private String randomHanName(Random r) {
        int n = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(HAN.charAt(r.nextInt(HAN.length())));
        return sb.toString();
    }

    private static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }

    @Test
    void aNameMatchesItselfAndScoresAreSymmetric() {
        Random r = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String a = randomHanName(r), b = randomHanName(r);
            assertThat(matcher.compare(a, a).score()).as("seed %d: %s itself", SEED, a).isEqualTo(1.0);
            double ab = matcher.compare(a, b).score(), ba = matcher.compare(b, a).score();
            assertThat(ab).as("seed %d: %s / %s", SEED, a, b).isCloseTo(ba, org.assertj.core.data.Offset.offset(1e-9)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aHanNameMatchesItsRenderings() {
        Random r = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            String han = randomHanName(r);
            StringBuilder vi = new StringBuilder(), py = new StringBuilder();
            for (int k = 0; k < han.length(); k++) {
                List<Reading> hv = tables.hanViet(han.charAt(k));
                vi.append(k == 0 ? "" : " ").append(capitalise(hv.get(r.nextInt(hv.size())).written()));
                Reading p = k == 0 && tables.surnameReading(han.charAt(k)) != null
                        ? tables.surnameReading(han.charAt(k)) : tables.mandarin(han.charAt(k)).get(0);
                // pinyin spelling: an apostrophe before a syllable starting with a, o, e inside a word (Zhì'ān)
                String apostrophe = k >= 2 && "aoeāáǎàōóǒòēéěè".indexOf(p.written().charAt(0)) >= 0 ? "'" : "";
                py.append(k == 1 ? " " : apostrophe).append(k == 0 ? capitalise(p.written()) : p.written());
            }
            for (String rendering : List.of(vi.toString(), strip(vi.toString()).toUpperCase(Locale.ROOT), py.toString(),
                    strip(py.toString()), strip(py.toString()).toUpperCase(Locale.ROOT).replace(" ", "-"))) {
                NameMatch m = matcher.compare(han, rendering);
                assertThat(m.isCandidate()).as("seed %d: %s / %s: %s", SEED, han, rendering, m.explanation()).isTrue();
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
