package org.liaison.matching.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading tables built by {@code tools/build-name-tables.py}: Hán-Việt readings (m17n vi-han.mim), Mandarin
 * readings and traditional → simplified folding (Unihan). Loaded once, on first use, so a node starts without them.
 */
final class ReadingTables {

    private static final List<Reading> NONE = List.of();
    private static final List<String> FILES = List.of("variants.tsv", "han-viet.tsv", "mandarin.tsv", "surnames.tsv");

    private final Map<Integer, List<Reading>> hanViet;
    private final Map<Integer, List<Reading>> mandarin;
    private final Map<Integer, Integer> simplified;
    private final Map<Integer, Integer> frequencyRank;
    private final Set<String> pinyinSyllables;
    private final Set<String> hanVietSyllables;
    /** Vietnamese syllable → pinyin syllable → the characters read both ways: see {@link #indexSharedCharacters}. */
    private final Map<String, Map<String, List<SharedCharacter>>> sharedCharacters;
    private final int sharedReadings;
    private final Map<Integer, Reading> surnames;
    final long loadMillis;

    private ReadingTables() {
        long start = System.nanoTime();
        simplified = new HashMap<>(8192);
        read("variants.tsv", (c, v) -> simplified.put(c, v.codePointAt(0)));
        hanViet = new HashMap<>(16384);
        frequencyRank = new HashMap<>(16384);
        Map<String, Reading> interned = new HashMap<>(4096);
        read("han-viet.tsv", (c, v) -> {
            int tab = v.indexOf('\t');
            hanViet.put(c, readings(v.substring(0, tab), interned));
            frequencyRank.put(c, Integer.parseInt(v.substring(tab + 1)));
        });
        mandarin = new HashMap<>(32768);
        read("mandarin.tsv", (c, v) -> mandarin.put(c, readings(v, interned)));
        surnames = new HashMap<>(64);
        read("surnames.tsv", (c, v) -> surnames.put(c, interned.computeIfAbsent(v, Reading::of)));
        hanVietSyllables = new HashSet<>();
        for (List<Reading> rs : hanViet.values()) {
            for (Reading r : rs) {
                hanVietSyllables.add(r.plain());
            }
        }
        pinyinSyllables = new HashSet<>();
        for (List<Reading> rs : mandarin.values()) {
            for (Reading r : rs) {
                pinyinSyllables.add(r.plain());
            }
        }
        // syllabic nasals and interjections would split Vietnamese and pinyin words in odd places
        pinyinSyllables.removeAll(List.of("n", "ng", "m", "hm", "hng", "r", "e", "o", "a", "ei", "yo", "lo"));
        sharedCharacters = indexSharedCharacters();
        sharedReadings = sharedCharacters.values().stream().mapToInt(Map::size).sum();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static final class Holder {
        static final ReadingTables TABLES = new ReadingTables();
    }

    static ReadingTables get() {
        return Holder.TABLES;
    }

    /** Readings repeat across characters (~1,400 pinyin, ~2,000 Hán-Việt syllables): build each key once. */
    private static List<Reading> readings(String v, Map<String, Reading> interned) {
        String[] parts = v.split(" ");
        Reading[] out = new Reading[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = interned.computeIfAbsent(parts[i], Reading::of);
        }
        return List.of(out);
    }

    private interface Row {
        void accept(int character, String value);
    }

    private static void read(String name, Row row) {
        try (InputStream in = open(name)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                int tab = line.indexOf('\t');
                row.accept(line.codePointAt(0), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reading table " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ReadingTables.class.getResourceAsStream("/matching/" + name);
        if (in == null) {
            throw new IllegalStateException("reading table /matching/" + name + " is missing from the classpath");
        }
        return in;
    }

    /**
     * Vietnamese syllable + pinyin syllable → the characters read both ways (la|luo → 罗 …), so that La Kỳ Toàn and
     * Luo Qiquan can be linked without Han characters on either side. Through a character's principal Mandarin
     * reading (kMandarin) and its reading as a surname (曾 zēng, for Tằng ~ Zeng) only: linking through every reading
     * doubled the pinyin syllables a Vietnamese one meets (thi: 12 against 4), and with them the Chinese names a
     * Vietnamese subject must be scored against in a large watchlist, for links no name in the evaluation set needed.
     */
    private Map<String, Map<String, List<SharedCharacter>>> indexSharedCharacters() {
        Map<String, Map<String, List<SharedCharacter>>> index = new HashMap<>(4096);
        for (Map.Entry<Integer, List<Reading>> e : hanViet.entrySet()) {
            int c = e.getKey();
            if (simplified.containsKey(c)) continue; // the simplified form carries the same readings
            List<Reading> py = principalReadings(c);
            if (py.isEmpty()) continue;
            SharedCharacter shared = new SharedCharacter(c, e.getValue(), py);
            for (Reading vi : e.getValue()) {
                for (Reading p : py) {
                    List<SharedCharacter> chars = index.computeIfAbsent(vi.plain(), k -> new HashMap<>(8))
                            .computeIfAbsent(p.plain(), k -> new ArrayList<>(2));
                    if (!chars.contains(shared)) chars.add(shared);
                }
            }
        }
        // most frequent character first: it is the one an explanation should name (罗, not 萝)
        for (Map<String, List<SharedCharacter>> byPinyin : index.values()) {
            byPinyin.replaceAll((py, chars) -> chars.stream()
                    .sorted(java.util.Comparator.comparingInt(sc -> frequencyRank.getOrDefault(sc.character(), 99))).toList());
        }
        return index;
    }

    /** A character read both ways, with its Hán-Việt readings and its principal pinyin ones ({@link #principalReadings}). */
    record SharedCharacter(int character, List<Reading> hanViet, List<Reading> pinyin) {
    }

    /** The simplified form of a Han character (itself when it has none). */
    int simplify(int c) {
        return simplified.getOrDefault(c, c);
    }

    List<Reading> hanViet(int c) {
        List<Reading> r = hanViet.get(c);
        return r != null ? r : hanViet.getOrDefault(simplify(c), NONE);
    }

    /** Mandarin readings, the most common first. */
    List<Reading> mandarin(int c) {
        List<Reading> r = mandarin.get(c);
        return r != null ? r : mandarin.getOrDefault(simplify(c), NONE);
    }

    boolean isPinyinSyllable(String plain) {
        return pinyinSyllables.contains(plain);
    }

    /** A syllable some character is read in Hán-Việt (folded: kim, ngan). */
    boolean isHanVietSyllable(String plain) {
        return hanVietSyllables.contains(plain) && plain.length() > 1;
    }

    List<SharedCharacter> sharedCharacters(String vietnamesePlain, String pinyinPlain) {
        Map<String, List<SharedCharacter>> byPinyin = sharedCharacters.get(vietnamesePlain);
        return byPinyin == null ? List.of() : byPinyin.getOrDefault(pinyinPlain, List.of());
    }

    /** A character's first Mandarin reading and, where it differs, its reading as a surname. */
    List<Reading> principalReadings(int c) {
        List<Reading> py = mandarin.getOrDefault(c, NONE);
        if (py.isEmpty()) return NONE;
        Reading surname = surnames.get(c);
        return surname == null || surname.equals(py.get(0)) ? py.subList(0, 1) : List.of(py.get(0), surname);
    }

    /** Pinyin syllables (folded) of the characters read {@code vietnamesePlain} in Hán-Việt: la → luo, la, ... */
    Set<String> pinyinOfHanViet(String vietnamesePlain) {
        return sharedCharacters.getOrDefault(vietnamesePlain, Map.of()).keySet();
    }

    /**
     * The reading of a character as a name's first character where it differs from its common reading (曾 zēng,
     * 单 shàn, 解 xiè): ICU4J Han-Latin/Names, precomputed by tools/SurnameReadings.java so that a node need not load
     * ICU's transliterators (about 2 s) to read a surname. {@code null} when the common reading applies.
     */
    Reading surnameReading(int c) {
        Reading r = surnames.get(c);
        return r != null ? r : surnames.get(simplify(c));
    }

    /**
     * A checksum of the table files, without loading them: an index whose keys were read from other tables must be
     * rebuilt, since its keys would no longer be the ones a subject is searched under.
     */
    static String fingerprint() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String name : FILES) {
            try (InputStream in = open(name)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read reading table " + name, e);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    String describe() {
        return "Hán-Việt %d characters, Mandarin %d characters, %d traditional→simplified, %d surname readings, %d pinyin syllables, %d shared readings; loaded in %d ms"
                .formatted(hanViet.size(), mandarin.size(), simplified.size(), surnames.size(), pinyinSyllables.size(),
                        sharedReadings, loadMillis);
    }
}
