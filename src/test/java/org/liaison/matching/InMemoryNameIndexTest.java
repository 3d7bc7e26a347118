package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Screening against a watchlist held by {@link NameIndex#inMemory()}. */
class InMemoryNameIndexTest {

    private static WatchlistEntry entry(String id, String name) {
        return new WatchlistEntry(id, Identity.named(name));
    }

    private static NameIndex watchlist() {
        NameIndex index = NameIndex.inMemory();
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
        NameIndex index = NameIndex.inMemory();
        index.put(entry("exact", "Đoàn Thị Uyên"));
        index.put(entry("folded", "DOAN THI UYEN"));
        index.put(entry("han", "段氏鸳"));
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 10))).startsWith("exact").hasSize(3);
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 1))).containsExactly("exact");
        // exact Hán-Việt readings score as high as the same spelling; the name without diacritics less
        assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 0.99, 10))).containsExactlyInAnyOrder("exact", "han");
    }

    /** The shortlist never loses a pair the scorer accepts: every candidate pair of the evaluation set is found. */
    @Test
    void findsEveryEvaluationPairTheScorerAccepts() throws Exception {
        NameMatcher matcher = NameMatcher.standard();
        List<NameMatchingEvaluationTest.Pair> pairs = NameMatchingEvaluationTest.pairs();
        List<WatchlistEntry> entries = new ArrayList<>();
        for (NameMatchingEvaluationTest.Pair p : pairs) {
            entries.add(entry("b" + p.id(), p.b()));
        }
        NameIndex index = NameIndex.inMemory();
        index.replaceAll(entries);
        int accepted = 0;
        for (NameMatchingEvaluationTest.Pair p : pairs) {
            if (!matcher.compare(p.a(), p.b()).isCandidate()) continue;
            accepted++;
            assertThat(ids(index.screen(Identity.named(p.a()), 1000))).as("screening %s for %s", p.a(), p.b()).contains("b" + p.id());
        }
        assertThat(accepted).isGreaterThan(300);
    }
}
