package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Screening against a watchlist held by each {@link NameIndex}: in memory, and Lucene (here in memory too). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"in memory", "Lucene"})
class NameIndexTest {

    @Parameter
    String kind;

    private final List<NameIndex> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(NameIndex::close);
    }

    private NameIndex newIndex() {
        Supplier<NameIndex> factory = kind.equals("Lucene") ? NameIndex::luceneInMemory : NameIndex::inMemory;
        NameIndex index = factory.get();
        opened.add(index);
        return index;
    }

    private static WatchlistEntry entry(String id, String name) {
        return new WatchlistEntry(id, Identity.named(name));
    }

    private NameIndex watchlist() {
        NameIndex index = newIndex();
        index.replaceAll(List.of(
                entry("notice-1", "段氏鸳"),
                entry("notice-2", "罗琦全"),
                entry("notice-3", "阮富仲"),
                entry("notice-4", "Nguyễn Văn Anh"),
                entry("notice-5", "习远平"),
                entry("notice-6", "ZHURONGJI")));
        return index;
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.entry().id()).toList();
    }

    @Test
    void findsAWatchlistEntryWrittenInAnotherScript() {
        NameIndex index = watchlist();
        List<Candidate> hits = index.screen(Identity.named("DOAN THI UYEN"), 10);
        assertThat(ids(hits)).containsExactly("notice-1");
        assertThat(hits.get(0).match().explanation()).contains("DOAN ~ 段 (Hán-Việt đoàn)");
        assertThat(ids(index.screen(Identity.named("La Kỳ Toàn"), 10))).containsExactly("notice-2");
        assertThat(ids(index.screen(Identity.named("Luo Qiquan"), 10))).containsExactly("notice-2");
        assertThat(ids(index.screen(Identity.named("朱镕基"), 10))).containsExactly("notice-6");
    }

    @Test
    void leavesHardNonMatchesOut() {
        NameIndex index = watchlist();
        assertThat(index.screen(Identity.named("Nguyễn Văn An"), 10)).isEmpty();
        assertThat(index.screen(Identity.named("习近平"), 10)).isEmpty();
        assertThat(index.screen(Identity.named("Nguyễn Phú Trung"), 10)).isEmpty();
    }

    @Test
    void keepsInStepWithPutAndRemove() {
        NameIndex index = watchlist();
        index.put(entry("notice-2", "Lý Cường"));
        assertThat(index.size()).isEqualTo(6);
        assertThat(index.screen(Identity.named("Luo Qiquan"), 10)).isEmpty();
        assertThat(ids(index.screen(Identity.named("李强"), 10))).containsExactly("notice-2");
        index.remove("notice-2");
        assertThat(index.screen(Identity.named("李强"), 10)).isEmpty();
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void ranksBestFirstAndHonoursThresholdAndLimit() {
        NameIndex index = newIndex();
        index.put(entry("exact", "Đoàn Thị Uyên"));
        index.put(entry("folded", "DOAN THI UYEN"));
        index.put(entry("han", "段氏鸳"));
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 10))).startsWith("exact").hasSize(3);
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 1))).containsExactly("exact");
        // exact Hán-Việt readings score as high as the same spelling; the name without diacritics less
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 0.99, 10))).containsExactlyInAnyOrder("exact", "han");
    }

    /**
     * The index returns exactly the pairs the scorer accepts: every candidate pair of the evaluation set is found with
     * the scorer's score, and no pair below the threshold is returned.
     */
    @Test
    void returnsExactlyTheEvaluationPairsTheScorerAccepts() throws Exception {
        NameMatcher matcher = NameMatcher.standard();
        List<NameMatchingEvaluationTest.Pair> pairs = NameMatchingEvaluationTest.pairs();
        List<WatchlistEntry> entries = new ArrayList<>();
        for (NameMatchingEvaluationTest.Pair p : pairs) {
            entries.add(entry("b" + p.id(), p.b()));
        }
        NameIndex index = newIndex();
        index.replaceAll(entries);
        assertThat(index.size()).isEqualTo(pairs.size());
        int accepted = 0, matches = 0;
        for (NameMatchingEvaluationTest.Pair p : pairs) {
            NameMatch match = matcher.compare(p.a(), p.b());
            List<Candidate> found = index.screen(Identity.named(p.a()), 1000).stream()
                    .filter(c -> c.entry().id().equals("b" + p.id())).toList();
            if (match.isCandidate()) {
                accepted++;
                if (p.expected()) matches++;
                assertThat(found).as("screening %s for %s", p.a(), p.b()).hasSize(1);
                assertThat(found.get(0).match()).isEqualTo(match);
            } else {
                assertThat(found).as("screening %s for %s (%.3f)", p.a(), p.b(), match.score()).isEmpty();
            }
        }
        assertThat(accepted).isGreaterThan(300);
        // candidate recall equals the scorer's: every match it accepts is among the candidates
        assertThat((double) matches / pairs.stream().filter(NameMatchingEvaluationTest.Pair::expected).count())
                .isGreaterThanOrEqualTo(NameMatchingEvaluationTest.MIN_RECALL);
    }
}
