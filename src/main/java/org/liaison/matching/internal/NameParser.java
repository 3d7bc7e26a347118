package org.liaison.matching.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Splits a name as written into {@link NamePart}s: Han characters one by one, Latin words into syllables. */
final class NameParser {

    /** More ways to read one name than this are not worth scoring. */
    private static final int MAX_ALTERNATIVES = 8;
    private static final String PINYIN_TONE_MARKS = "\u0304\u0301\u030C\u0300"; // tones 1..4

    /**
     * Words kept read (see {@link Word}): about 800 bytes each on the heap; the 1,000,000 synthetic names of the
     * benchmark hold 20,400 distinct words (16 MB). Words met after that many are read each time.
     */
    private static final int MAX_WORDS = 30_000;

    private final ReadingTables tables;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    NameParser(ReadingTables tables) {
        this.tables = tables;
    }

    /**
     * The ways to read a name as written: one, or for a record that gives a name in two scripts at once
     * (段氏鸳 Đoàn Thị Uyên) the Han and the Latin name each on its own.
     */
    List<ParsedName> readings(String name) {
        ParsedName whole = parse(name);
        if (whole.script() != ParsedName.Script.MIXED) return List.of(whole);
        StringBuilder han = new StringBuilder(), latin = new StringBuilder();
        name.codePoints().forEach(cp -> (Character.isIdeographic(cp) ? han : latin).appendCodePoint(cp));
        return List.of(parse(han.toString()), parse(latin.toString()));
    }

    ParsedName parse(String name) {
        // NFKC: full-width letters (ＸＩ) and compatibility ideographs become the ordinary ones
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        List<List<List<NamePart>>> slots = new ArrayList<>();
        boolean[] pinyinWords = {true}; // every Latin word so far is pinyin, whole or split
        StringBuilder word = new StringBuilder();
        boolean han = false, latin = false, vietnameseMarks = false, pinyinMarks = false;
        boolean firstHan = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                flush(word, -1, slots, pinyinWords);
                slots.add(List.of(List.of(new NamePart.Han(new String(Character.toChars(cp)), tables.simplify(cp), firstHan))));
                firstHan = false;
                han = true;
            } else if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
                latin = true;
            } else if (cp >= '1' && cp <= '5' && !word.isEmpty()) {
                flush(word, cp - '0', slots, pinyinWords); // pinyin with tone numbers: jin4ping2
                pinyinMarks = true;
            } else {
                flush(word, -1, slots, pinyinWords);
            }
            i += len;
        }
        flush(word, -1, slots, pinyinWords);
        String nfd = Normalizer.normalize(s.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        boolean marked = pinyinMarks;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            vietnameseMarks |= LatinSpelling.isVietnameseOnly(c);
            pinyinMarks |= LatinSpelling.isPinyinOnly(c);
            marked |= c == 'đ' || (c >= '\u0300' && c <= '\u036F');
        }
        ParsedName.Script script = han && latin ? ParsedName.Script.MIXED
                : han ? ParsedName.Script.HAN
                : vietnameseMarks ? ParsedName.Script.VIETNAMESE
                : pinyinMarks ? ParsedName.Script.PINYIN
                : ParsedName.Script.LATIN;
        boolean pinyinLike = latin && pinyinWords[0];
        return new ParsedName(name, combine(slots), marked, script, pinyinLike);
    }

    /** Ends the current Latin word; a word that reads as joined pinyin syllables also gets its splits as alternatives. */
    private void flush(StringBuilder word, int toneDigit, List<List<List<NamePart>>> slots, boolean[] pinyinWords) {
        if (word.isEmpty()) return;
        String w = word.toString();
        word.setLength(0);
        if (toneDigit >= 0) {
            // tone numbers: the exact key takes the mark the number stands for (5 and 0 are the neutral tone)
            String letters = LatinSpelling.exact(w.replace('v', 'ü').replace('V', 'ü'));
            String exact = toneDigit >= 1 && toneDigit <= 4 ? letters + "|" + PINYIN_TONE_MARKS.charAt(toneDigit - 1) : letters;
            slots.add(List.of(List.of(NamePart.Latin.of(w, exact))));
            return;
        }
        Word read = words.get(w);
        if (read == null) {
            read = read(w);
            if (words.size() < MAX_WORDS) words.putIfAbsent(w, read);
        }
        pinyinWords[0] &= read.pinyin();
        slots.add(read.runs());
    }

    /**
     * A Latin word's readings: whole, or each way it splits into syllables; {@code pinyin} when it is pinyin whole or
     * split. Names are made of few words, so each is read once and kept.
     */
    private record Word(List<List<NamePart>> runs, boolean pinyin) {
    }

    private Word read(String w) {
        List<List<NamePart>> runs = new ArrayList<>();
        NamePart.Latin whole = NamePart.Latin.of(w, LatinSpelling.exact(w));
        runs.add(List.of(whole));
        // A word that is a syllable of either language stays whole (Quang, Xian) unless two tone marks show two
        // syllables (líān). Otherwise it may be joined pinyin (Qiquan, Zhian) or, failing that or with Vietnamese
        // marks, joined Vietnamese (Kimngân).
        boolean vietnamese = hasVietnameseMarks(w);
        boolean oneSyllable = (tables.isPinyinSyllable(whole.plain()) || tables.isHanVietSyllable(whole.plain())) && toneMarks(w) < 2;
        List<List<String>> splits = oneSyllable || vietnamese ? List.of() : split(w, tables::isPinyinSyllable, false);
        boolean pinyin = !vietnamese && (tables.isPinyinSyllable(whole.plain()) || !splits.isEmpty());
        if (!oneSyllable && splits.isEmpty()) splits = split(w, tables::isHanVietSyllable, true);
        for (List<String> split : splits) {
            runs.add(split.stream().map(p -> (NamePart) NamePart.Latin.of(p, LatinSpelling.exact(p))).toList());
        }
        return new Word(List.copyOf(runs), pinyin);
    }

    /** Every way to read the name: one run chosen per slot. */
    private static List<List<NamePart>> combine(List<List<List<NamePart>>> slots) {
        List<List<NamePart>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (List<List<NamePart>> runs : slots) {
            List<List<NamePart>> next = new ArrayList<>();
            for (List<NamePart> prefix : out) {
                for (int r = 0; r < runs.size() && next.size() < MAX_ALTERNATIVES; r++) {
                    // the last run extends the prefix itself: a name read one way is built without a copy
                    List<NamePart> l = r == runs.size() - 1 ? prefix : new ArrayList<>(prefix);
                    l.addAll(runs.get(r));
                    next.add(l);
                }
            }
            out = next;
        }
        return out.stream().map(List::copyOf).toList();
    }

    /**
     * Splits of a Latin word into syllables of one inventory (pinyin: Qiquan → Qi·quan, ZHURONGJI → ZHU·RONG·JI;
     * Hán-Việt: Kimngân → Kim·ngân) with the fewest syllables, keeping the word's own letters and marks. Empty when
     * the word does not split. Pinyin y always starts a syllable (Xiaoying), Vietnamese y is a vowel (Nguyễn), hence
     * {@code yIsVowel}: joined Vietnamese needs two vowel groups.
     */
    List<List<String>> split(String w, java.util.function.Predicate<String> syllable, boolean yIsVowel) {
        StringBuilder plain = new StringBuilder(w.length());
        List<Integer> at = new ArrayList<>(w.length());
        for (int i = 0; i < w.length(); i++) {
            char p = LatinSpelling.plainLetter(w.charAt(i));
            if (p != 0) {
                plain.append(p);
                at.add(i);
            }
        }
        String p = plain.toString();
        if ((yIsVowel ? vowelGroups(p, true) : vowelGroups(p, false)) < (yIsVowel ? 2 : 1) || p.length() > 30) return List.of();
        int n = p.length();
        // fewest syllables covering p[0..i), and the split points reaching it
        int[] best = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        List<List<Integer>> from = new ArrayList<>();
        for (int i = 0; i <= n; i++) from.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) continue;
            for (int j = i + 1; j <= Math.min(n, i + 7); j++) {
                if (!syllable.test(p.substring(i, j))) continue;
                if (best[i] + 1 < best[j]) {
                    best[j] = best[i] + 1;
                    from.get(j).clear();
                }
                if (best[i] + 1 == best[j]) from.get(j).add(i);
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) return List.of();
        List<List<Integer>> cuts = new ArrayList<>();
        collect(n, from, new ArrayList<>(), cuts);
        List<List<String>> out = new ArrayList<>();
        for (List<Integer> c : cuts) {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k + 1 < c.size(); k++) {
                int start = at.get(c.get(k));
                int end = c.get(k + 1) == n ? w.length() : at.get(c.get(k + 1));
                parts.add(w.substring(start, end));
            }
            out.add(parts);
        }
        return out;
    }

    private static void collect(int j, List<List<Integer>> from, List<Integer> suffix, List<List<Integer>> out) {
        if (out.size() >= 4) return;
        if (j == 0) {
            List<Integer> c = new ArrayList<>();
            c.add(0);
            for (int k = suffix.size() - 1; k >= 0; k--) c.add(suffix.get(k));
            out.add(c);
            return;
        }
        for (int i : from.get(j)) {
            suffix.add(j);
            collect(i, from, suffix, out);
            suffix.remove(suffix.size() - 1);
        }
    }

    private static boolean hasVietnameseMarks(String w) {
        String d = Normalizer.normalize(w.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        for (int i = 0; i < d.length(); i++) {
            if (LatinSpelling.isVietnameseOnly(d.charAt(i))) return true;
        }
        return false;
    }

    private static int toneMarks(String w) {
        String d = Normalizer.normalize(w, Normalizer.Form.NFD);
        int n = 0;
        for (int i = 0; i < d.length(); i++) {
            if (LatinSpelling.isToneMark(d.charAt(i))) n++;
        }
        return n;
    }

    private static int vowelGroups(String plain, boolean yIsVowel) {
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean v = "aeiouv".indexOf(c) >= 0 || yIsVowel && c == 'y';
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups;
    }
}
