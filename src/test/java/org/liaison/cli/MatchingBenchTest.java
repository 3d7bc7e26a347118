package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaison.matching.Evidence;
import org.liaison.matching.NameMatch;
import org.liaison.matching.NameMatcher;

/** {@code bench matching} at a small size: its figures are printed and the planted variants are found (no timings). */
class MatchingBenchTest {

    @Test
    void printsEveryFigureAndFindsThePlantedVariants() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "matching", "--watchlist-size", "2000", "--queries", "400", "--batch", "300", "--threads", "2", "--seed", "3", "--warmup", "200");
        assertThat(exit).as(err.toString()).isZero();
        String text = out.toString();
        for (String key : List.of("index_build_s", "warmup_queries", "queries_per_s", "p50_ms", "p99_ms", "batch_names_per_s", "heap_used_mb",
                "max_heap_mb", "planted_recall", "load_average")) {
            assertThat(text).containsPattern("(?m)^" + key + "=[0-9.]+");
        }
        assertThat(text).contains("index_entries=2000");
        Matcher recall = Pattern.compile("(?m)^planted_recall=([0-9.]+) \\((\\d+) of (\\d+)").matcher(text);
        assertThat(recall.find()).isTrue();
        assertThat(Integer.parseInt(recall.group(3))).isEqualTo(200);
        assertThat(Double.parseDouble(recall.group(1))).isGreaterThanOrEqualTo(0.97);
    }

    /** The name list agrees with the reading tables: each part's Vietnamese, pinyin and traditional forms are its readings. */
    @Test
    void nameListAgreesWithTheReadingTables() {
        SyntheticPeople people = SyntheticPeople.load();
        NameMatcher matcher = NameMatcher.standard();
        for (String kind : List.of("vn-surname", "vn-middle-male", "vn-middle-female", "vn-given-male", "vn-given-female",
                "cn-surname", "cn-given-male", "cn-given-female")) {
            for (SyntheticPeople.Part p : people.parts(kind)) {
                // a given name is read in the middle of a name: after a surname, which takes its surname reading
                String han = kind.endsWith("surname") ? p.han() : "王" + p.han();
                String prefix = kind.endsWith("surname") ? "" : "Vương ";
                String pinyinPrefix = kind.endsWith("surname") ? "" : "Wáng ";
                assertThat(kinds(matcher.compare(han, prefix + p.vietnamese()))).as("%s %s", han, p.vietnamese())
                        .containsOnly(Evidence.Kind.HAN_VIET);
                assertThat(kinds(matcher.compare(han, pinyinPrefix + p.pinyin()))).as("%s %s", han, p.pinyin())
                        .containsOnly(Evidence.Kind.PINYIN);
                assertThat(matcher.compare(p.traditional(), p.han()).score()).as(p.traditional()).isEqualTo(1.0);
            }
        }
    }

    private static List<Evidence.Kind> kinds(NameMatch m) {
        assertThat(m.score()).as(m.explanation()).isEqualTo(1.0);
        return m.evidence().stream().map(Evidence::kind).toList();
    }

}
