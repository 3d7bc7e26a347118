package org.liaison.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.matching.BirthDate;
import org.liaison.matching.Candidate;
import org.liaison.matching.IdNumber;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatch;
import org.liaison.matching.Sex;
import org.liaison.matching.WatchlistEntry;

/** The Lucene name index on disk, under concurrent use, and against comparing a subject with every entry. */
class LuceneNameIndexTest {

    @TempDir
    Path dir;

    private static WatchlistEntry entry(String id, String name) {
        return new WatchlistEntry(id, Identity.named(name));
    }

    /** Both names of every pair of the evaluation set. */
    private static List<String> evaluationNames() throws java.io.IOException {
        List<String> names = new ArrayList<>();
        for (var p : org.liaison.matching.NameMatchingEvaluationTestAccess.pairs()) {
            names.add(p[0]);
            names.add(p[1]);
        }
        return names;
    }

    /** An entry {@code e<i>} for each name, with random attributes. */
    private static List<WatchlistEntry> entries(List<String> names, SplittableRandom random) {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) entries.add(new WatchlistEntry("e" + i, attributes(names.get(i), random)));
        return entries;
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.entry().id()).toList();
    }

    @Test
    void keepsItsEntriesAcrossAReopen() {
        try (NameIndex index = NameIndex.lucene(dir)) {
            index.replaceAll(List.of(entry("n1", "段氏鸳"), entry("n2", "罗琦全")));
            index.put(new WatchlistEntry("n3", new Identity("Nguyễn Văn Anh", BirthDate.parse("1990-05-01"), Sex.MALE, "VN")));
            index.remove("n2");
        }
        try (NameIndex index = NameIndex.lucene(dir)) {
            assertThat(index.size()).isEqualTo(2);
            assertThat(ids(index.screen(Identity.named("DOAN THI UYEN"), 10))).containsExactly("n1");
            assertThat(index.screen(Identity.named("Luo Qiquan"), 10)).isEmpty();
            Candidate anh = index.screen(Identity.named("NGUYEN VAN ANH"), 10).get(0);
            assertThat(anh.entry().identity()).isEqualTo(new Identity("Nguyễn Văn Anh", BirthDate.parse("1990-05-01"), Sex.MALE, "VN"));
        }
    }

    /** Namesakes share the name's keys: a rename or a removal leaves the others found, and the old name finds no one. */
    @Test
    void keepsNamesakesWhenOneIsRenamedOrRemoved() throws Exception {
        try (NameIndex index = NameIndex.lucene(dir)) {
            index.replaceAll(List.of(entry("a", "Nguyễn Văn Anh"), entry("b", "Nguyễn Văn Anh"), entry("c", "段氏鸳")));
            index.put(entry("d", "Nguyễn Văn Anh"));
            assertThat(ids(index.screen(Identity.named("NGUYEN VAN ANH"), 10))).containsExactly("a", "b", "d");

            index.put(entry("a", "罗琦全"));
            index.remove("b");
            assertThat(ids(index.screen(Identity.named("NGUYEN VAN ANH"), 10))).containsExactly("d");
            assertThat(ids(index.screen(Identity.named("Luo Qiquan"), 10))).containsExactly("a");

            index.remove("d");
            index.put(entry("c", "Trần Văn Bình"));
            assertThat(index.screen(Identity.named("NGUYEN VAN ANH"), 10)).isEmpty();
            assertThat(index.screen(Identity.named("DOAN THI UYEN"), 10)).isEmpty();
            assertThat(index.size()).isEqualTo(2);
        }
        try (NameIndex index = NameIndex.lucene(dir)) {
            index.put(entry("e", "Nguyễn Văn Anh"));
            assertThat(ids(index.screen(Identity.named("Nguyen Van Anh"), 10))).containsExactly("e");
            assertThat(ids(index.screen(Identity.named("Tran Van Binh"), 10))).containsExactly("c");
        }
        // a name nobody bears any longer is gone from the index, not only from the results
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(new IndexSearcher(reader).count(new FieldExistsQuery("name"))).isEqualTo(3);
        }
    }

    @Test
    void startsEmptyWhenTheIndexWasBuiltWithOtherKeys() throws Exception {
        try (NameIndex index = NameIndex.lucene(dir)) {
            index.put(entry("n1", "段氏鸳"));
        }
        // an index of an older format: other keys, and a segment written without the index's order
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document old = new Document();
            old.add(new StringField("id", "old", Field.Store.NO));
            writer.addDocument(old);
            writer.setLiveCommitData(Map.of("liaison.name-keys", "0/older").entrySet());
            writer.commit();
        }
        try (NameIndex index = NameIndex.lucene(dir)) {
            assertThat(index.size()).isZero();
            index.put(entry("n2", "段氏鸳"));
            assertThat(ids(index.screen(Identity.named("Đoàn Thị Uyên"), 10))).containsExactly("n2");
        }
    }

    /** Screens running while entries are added and removed see each change whole, and never fail. */
    @Test
    void screensWhileEntriesChange() throws Exception {
        try (NameIndex index = NameIndex.luceneInMemory()) {
            index.replaceAll(List.of(entry("fixed", "罗琦全")));
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch started = new CountDownLatch(2);
            List<Thread> screens = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                screens.add(Thread.ofPlatform().start(() -> {
                    started.countDown();
                    try {
                        while (writing.get()) {
                            List<String> found = ids(index.screen(Identity.named("Luo Qiquan"), 100));
                            assertThat(found).contains("fixed").allMatch(id -> id.equals("fixed") || id.startsWith("luo-"));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            started.await();
            for (int i = 0; i < 45; i++) {
                index.put(entry("luo-" + i, "LUO QI QUAN"));
                index.put(entry("other-" + i, "Trần Văn Bình"));
                if (i % 3 == 1) index.remove("luo-" + (i - 1));
                assertThat(ids(index.screen(Identity.named("罗琦全"), 100))).contains("luo-" + i);
            }
            writing.set(false);
            for (Thread t : screens) t.join();
            assertThat(failures).isEmpty();
            assertThat(index.size()).isEqualTo(1 + 45 + 45 - 15);
        }
    }

    /**
     * Against every entry compared one by one, at several thresholds and with birth dates, sexes, nationalities and
     * document numbers:
     * the index finds the same candidates with the same scores (the blocking bounds lose none).
     */
    @Test
    void findsWhatComparingWithEveryEntryFinds() throws Exception {
        List<String> names = evaluationNames();
        SplittableRandom random = new SplittableRandom(4);
        List<WatchlistEntry> entries = entries(names, random);
        try (NameIndex index = NameIndex.luceneInMemory()) {
            index.replaceAll(entries);
            assertFindsWhatComparingFinds(index, entries, names, random, 30);
        }
    }

    /**
     * The same with the index built change by change: many segments, names whose documents are in one segment and
     * their bearers in others, entries renamed and removed.
     */
    @Test
    void findsWhatComparingWithEveryEntryFindsAfterChanges() throws Exception {
        List<String> names = evaluationNames();
        SplittableRandom random = new SplittableRandom(5);
        List<WatchlistEntry> entries = new ArrayList<>(entries(names, random));
        try (NameIndex index = NameIndex.luceneInMemory()) {
            index.replaceAll(entries.subList(0, entries.size() / 3));
            for (WatchlistEntry e : entries.subList(entries.size() / 3, entries.size())) index.put(e);
            for (int k = 0; k < 60; k++) {
                // namesakes of entries written by the rebuild, in segments of their own
                WatchlistEntry namesake = new WatchlistEntry("namesake" + k,
                        attributes(entries.get(random.nextInt(entries.size() / 3)).identity().name(), random));
                index.put(namesake);
                entries.add(namesake);
            }
            for (int k = 0; k < 40; k++) {
                int i = random.nextInt(entries.size());
                WatchlistEntry renamed = new WatchlistEntry(entries.get(i).id(), entries.get(random.nextInt(entries.size())).identity());
                index.put(renamed);
                entries.set(i, renamed);
                index.remove(entries.remove(random.nextInt(entries.size())).id());
            }
            assertFindsWhatComparingFinds(index, entries, names, random, 15);
        }
    }

    private static void assertFindsWhatComparingFinds(NameIndex index, List<WatchlistEntry> entries, List<String> names,
            SplittableRandom random, int subjects) {
        CrossScriptNameMatcher matcher = (CrossScriptNameMatcher) CrossScriptNameMatcher.shared();
        List<PreparedIdentity> prepared = entries.stream().map(e -> matcher.prepare(e.identity())).toList();
        for (double threshold : new double[] {0.6, 0.8, 0.9}) {
            for (int s = 0; s < subjects; s++) {
                Identity subject = attributes(names.get(random.nextInt(names.size())), random);
                PreparedIdentity ps = matcher.prepare(subject);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    NameMatch m = matcher.compare(ps, prepared.get(i));
                    if (m.score() >= threshold) expected.add(entries.get(i).id());
                }
                assertThat(ids(index.screen(subject, threshold, 10_000)))
                        .as("%s at %.2f", subject, threshold).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /**
     * Subjects screened together, many of them namesakes with other birth dates, sexes, nationalities and numbers, get
     * the very lists (order, scores, evidence) that screening each alone gives: sharing the search of a name changes
     * nothing but the time.
     */
    @Test
    void screensSubjectsTogetherAsOneByOne() throws Exception {
        List<String> names = evaluationNames();
        SplittableRandom random = new SplittableRandom(11);
        List<WatchlistEntry> entries = entries(names, random);
        List<Identity> subjects = new ArrayList<>();
        for (int s = 0; s < 120; s++) {
            // a few names, each repeated: the groups the index searches once
            subjects.add(attributes(names.get(random.nextInt(12) * 7), random));
        }
        try (NameIndex index = NameIndex.luceneInMemory()) {
            index.replaceAll(entries);
            for (double threshold : new double[] {0.6, 0.8}) {
                List<List<Candidate>> together = index.screenAll(subjects, threshold, 5);
                assertThat(together).hasSameSizeAs(subjects);
                for (int s = 0; s < subjects.size(); s++) {
                    List<Candidate> alone = index.screen(subjects.get(s), threshold, 5);
                    assertThat(together.get(s)).as("%s at %.2f", subjects.get(s), threshold).isEqualTo(alone);
                }
                assertThat(together).anySatisfy(found -> assertThat(found).isNotEmpty());
            }
        }
    }

    private static final List<IdNumber> ID_NUMBERS = List.of(
            new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001060000001"), new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001060000002"),
            new IdNumber(IdNumber.Type.CN_RESIDENT_ID, "45010219600101001X"), new IdNumber(IdNumber.Type.PASSPORT, "C1234567"),
            IdNumber.read("001 060 000 001"), new IdNumber(IdNumber.Type.UNKNOWN, "C1234567"));

    private static Identity attributes(String name, SplittableRandom r) {
        BirthDate birth = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> BirthDate.inYear(1960 + r.nextInt(4));
            case 2 -> BirthDate.aroundYear(1960 + r.nextInt(4));
            default -> BirthDate.on(java.time.LocalDate.of(1960 + r.nextInt(4), 1 + r.nextInt(2), 1 + r.nextInt(2)));
        };
        Sex sex = r.nextInt(3) == 0 ? null : r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String nationality = r.nextInt(3) == 0 ? null : r.nextBoolean() ? "VN" : "CN";
        // a few numbers shared by many entries: the index must find those that reach the threshold only through them
        List<IdNumber> numbers = r.nextInt(3) != 0 ? List.of() : List.of(ID_NUMBERS.get(r.nextInt(ID_NUMBERS.size())));
        return new Identity(name, birth, sex, nationality, numbers);
    }
}
