package org.liaison.matching.internal;

import java.util.List;

/**
 * A name split into syllables. A Latin word that reads as joined pinyin syllables (Qiquan, ZHURONGJI) is split; where
 * it splits more than one way each way is kept as an alternative reading of the whole name.
 *
 * @param marked whether any Latin part carries diacritics or tone marks: then an unmarked part means "no marks", not
 *               "marks unknown"
 * @param script which readings a Latin name can be: Vietnamese only (ư, ơ, ệ…), pinyin only (ā, ǎ, ü, tone digits), or
 *               either
 * @param pinyinLike every Latin word is pinyin, whole or split (Zeng Qinghong): explanations then name the pinyin reading
 *                   first where Hán-Việt would fit as well
 */
record ParsedName(String written, List<List<NamePart>> alternatives, boolean marked, Script script, boolean pinyinLike) {

    enum Script { HAN, VIETNAMESE, PINYIN, LATIN, MIXED }

    ParsedName readAs(Script reading) {
        return new ParsedName(written, alternatives, marked, reading, pinyinLike);
    }

    boolean mayBeVietnamese() {
        return script == Script.VIETNAMESE || script == Script.LATIN || script == Script.MIXED;
    }

    boolean mayBePinyin() {
        return script == Script.PINYIN || script == Script.LATIN || script == Script.MIXED;
    }

    /**
     * Stricter than {@link #mayBeVietnamese()}, for linking two Latin names through a character: a name with
     * Vietnamese marks, or an unmarked one with a word that is not pinyin (Nguyen, Thi). Two unmarked Vietnamese names
     * must not be linked syllable by syllable through rare characters (Tam ~ Tan through 蕈).
     */
    boolean readsAsVietnamese() {
        return script == Script.VIETNAMESE || script == Script.LATIN && !pinyinLike;
    }

    /** A name with pinyin-only marks, or whose every word is pinyin (Luo Qiquan, ZHURONGJI). */
    boolean readsAsPinyin() {
        return script == Script.PINYIN || script == Script.LATIN && pinyinLike;
    }
}
