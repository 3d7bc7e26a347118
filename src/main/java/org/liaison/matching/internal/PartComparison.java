package org.liaison.matching.internal;

import java.util.List;

import org.liaison.matching.Evidence;
import org.liaison.matching.Evidence.Kind;

/**
 * Compares one name part with another across scripts. The similarities are ranks, not probabilities: exact spelling
 * above spelling without diacritics above a link through a shared Han character; diacritics that both sides wrote and
 * that differ (An / Ân, Thu / Thư) count as a different name part, as do different Han characters (仲 / 中) even where
 * Mandarin reads them alike.
 */
final class PartComparison {

    static final double EXACT = 1.0;
    static final double WITHOUT_MARKS = 0.95;
    static final double SECONDARY_READING = 0.9;
    static final double SHARED_CHARACTER = 0.85;
    /** Hỏi and ngã: merged in southern and central speech and often swapped in writing (Sỹ / Sĩ). */
    static final double HOI_NGA = 0.9;
    /** Different characters read alike in both languages: a hint, far from a match (阮富仲 is not 阮富中). */
    static final double HOMOPHONE = 0.25;
    static final double MARKS_DIFFER = 0.2;

    private final ReadingTables tables;

    PartComparison(ReadingTables tables) {
        this.tables = tables;
    }

    PartMatch compare(NamePart a, ParsedName na, NamePart b, ParsedName nb) {
        if (a instanceof NamePart.Han ha && b instanceof NamePart.Han hb) return han(ha, hb);
        if (a instanceof NamePart.Han ha && b instanceof NamePart.Latin lb) return hanLatin(ha, lb, nb, false);
        if (a instanceof NamePart.Latin la && b instanceof NamePart.Han hb) return hanLatin(hb, la, na, true);
        return latin((NamePart.Latin) a, na, (NamePart.Latin) b, nb);
    }

    private PartMatch han(NamePart.Han a, NamePart.Han b) {
        if (a.simplified() == b.simplified()) {
            Kind kind = a.written().equals(b.written()) ? Kind.SAME : Kind.HAN_VARIANT;
            return new PartMatch(EXACT, new Evidence(kind, a.written(), b.written(), ""));
        }
        // different characters: only a true homophone in both languages earns anything (鸳/渊 yuān uyên), never 仲/中
        List<Reading> pa = tables.mandarin(a.simplified()), pb = tables.mandarin(b.simplified());
        if (!pa.isEmpty() && !pb.isEmpty() && pa.get(0).exact().equals(pb.get(0).exact())) {
            for (Reading va : tables.hanViet(a.simplified())) {
                for (Reading vb : tables.hanViet(b.simplified())) {
                    if (va.exact().equals(vb.exact())) {
                        return new PartMatch(HOMOPHONE, new Evidence(Kind.HOMOPHONE, a.written(), b.written(),
                                pa.get(0).written() + " / " + va.written()));
                    }
                }
            }
        }
        return new PartMatch(0, new Evidence(Kind.DIFFERENT, a.written(), b.written(), ""));
    }

    private PartMatch hanLatin(NamePart.Han h, NamePart.Latin l, ParsedName latinName, boolean latinFirst) {
        PartMatch viet = latinName.mayBeVietnamese() ? hanViet(h, l, latinName, latinFirst) : null;
        PartMatch pinyin = latinName.mayBePinyin() ? pinyin(h, l, latinName, latinFirst) : null;
        // equal scores: name the reading the Latin name is written in (hong ~ 红 is hóng in Zeng Qinghong)
        PartMatch found = latinName.pinyinLike() ? best(pinyin, viet) : best(viet, pinyin);
        if (found != null && !found.isNone()) return found;
        String left = latinFirst ? l.written() : h.written(), right = latinFirst ? h.written() : l.written();
        return new PartMatch(0, new Evidence(Kind.DIFFERENT, left, right, ""));
    }

    private PartMatch hanViet(NamePart.Han h, NamePart.Latin l, ParsedName latinName, boolean latinFirst) {
        PartMatch best = null;
        for (Reading r : tables.hanViet(h.simplified())) {
            best = best(best, readingMatch(r, l, latinName.marked(), EXACT, WITHOUT_MARKS, Kind.HAN_VIET, h, latinFirst));
        }
        return best;
    }

    private PartMatch pinyin(NamePart.Han h, NamePart.Latin l, ParsedName latinName, boolean latinFirst) {
        List<Reading> readings = tables.mandarin(h.simplified());
        Reading principal = principalPinyin(h, readings);
        PartMatch best = principal == null ? null
                : readingMatch(principal, l, latinName.marked(), EXACT, WITHOUT_MARKS, Kind.PINYIN, h, latinFirst);
        for (Reading r : readings) {
            best = best(best, readingMatch(r, l, latinName.marked(), EXACT, SECONDARY_READING, Kind.PINYIN, h, latinFirst));
        }
        return best;
    }

    private static PartMatch readingMatch(Reading r, NamePart.Latin l, boolean marked, double exact, double folded, Kind kind,
                                          NamePart.Han h, boolean latinFirst) {
        Spelling sp = spelling(r, l, marked);
        if (sp == Spelling.OTHER) return null;
        String left = latinFirst ? l.written() : h.written(), right = latinFirst ? h.written() : l.written();
        return switch (sp) {
            case EXACT -> new PartMatch(exact, new Evidence(kind, left, right, r.written()));
            case UNMARKED -> new PartMatch(folded, new Evidence(kind, left, right, r.written()));
            case HOI_NGA -> new PartMatch(HOI_NGA, new Evidence(Kind.HOI_NGA, left, right, r.written()));
            default -> new PartMatch(MARKS_DIFFER, new Evidence(Kind.DIACRITICS_DIFFER, left, right, r.written()));
        };
    }

    /** A name's first character read as a surname (曾 zēng, 单 shàn), any other its first Mandarin reading. */
    private Reading principalPinyin(NamePart.Han h, List<Reading> readings) {
        if (h.surnamePosition()) {
            Reading s = tables.surnameReading(h.simplified());
            if (s != null) return s;
        }
        return readings.isEmpty() ? null : readings.get(0);
    }

    /** How a reading and a Latin syllable with the same letters compare in their marks. */
    enum Spelling { EXACT, UNMARKED, HOI_NGA, MARKS_DIFFER, OTHER }

    /** UNMARKED when the Latin name carries no marks at all, so that its bare letters say nothing about them. */
    private static Spelling spelling(Reading r, NamePart.Latin l, boolean latinNameMarked) {
        if (!r.plain().equals(l.plain())) return Spelling.OTHER;
        if (r.exact().equals(l.exact())) return Spelling.EXACT;
        if (!latinNameMarked) return Spelling.UNMARKED;
        return hoiNga(r.exact(), l.exact()) ? Spelling.HOI_NGA : Spelling.MARKS_DIFFER;
    }

    /** Same letters, one with the hỏi tone (hook above) and the other with ngã (tilde). */
    static boolean hoiNga(String exactA, String exactB) {
        int a = exactA.indexOf('|'), b = exactB.indexOf('|');
        if (a < 0 || b < 0 || a != b || !exactA.regionMatches(0, exactB, 0, a)) return false;
        String ta = exactA.substring(a + 1), tb = exactB.substring(b + 1);
        return ta.equals("\u0309") && tb.equals("\u0303") || ta.equals("\u0303") && tb.equals("\u0309");
    }

    private PartMatch latin(NamePart.Latin a, ParsedName na, NamePart.Latin b, ParsedName nb) {
        boolean acrossLanguages = na.script() == ParsedName.Script.VIETNAMESE && nb.script() == ParsedName.Script.PINYIN
                || na.script() == ParsedName.Script.PINYIN && nb.script() == ParsedName.Script.VIETNAMESE;
        PartMatch direct = null;
        if (a.plain().equals(b.plain())) {
            if (a.exact().equals(b.exact())) {
                return new PartMatch(EXACT, new Evidence(Kind.SAME, a.written(), b.written(), ""));
            }
            if (!acrossLanguages) {
                if (!na.marked() || !nb.marked()) {
                    return new PartMatch(WITHOUT_MARKS, new Evidence(Kind.WITHOUT_DIACRITICS, a.written(), b.written(), ""));
                }
                return hoiNga(a.exact(), b.exact())
                        ? new PartMatch(HOI_NGA, new Evidence(Kind.HOI_NGA, a.written(), b.written(), ""))
                        : new PartMatch(MARKS_DIFFER, new Evidence(Kind.DIACRITICS_DIFFER, a.written(), b.written(), ""));
            }
            // Lý / Lǐ: a Vietnamese and a pinyin spelling that happen to share letters; prefer the character below
            direct = new PartMatch(SECONDARY_READING, new Evidence(Kind.WITHOUT_DIACRITICS, a.written(), b.written(), ""));
        }
        PartMatch shared = best(sharedCharacter(a, na, b, nb, false), sharedCharacter(b, nb, a, na, true));
        PartMatch found = best(direct, shared);
        return found != null ? found : new PartMatch(0, new Evidence(Kind.DIFFERENT, a.written(), b.written(), ""));
    }

    private static PartMatch best(PartMatch x, PartMatch y) {
        if (x == null) return y;
        if (y == null) return x;
        return y.similarity() > x.similarity() ? y : x;
    }

    /** {@code vi} as a Hán-Việt reading and {@code py} as a pinyin reading of one character (La ~ Luo through 罗). */
    private PartMatch sharedCharacter(NamePart.Latin vi, ParsedName viName, NamePart.Latin py, ParsedName pyName, boolean swapped) {
        if (!viName.readsAsVietnamese() || !pyName.readsAsPinyin()) return null;
        // every character scores the same: the first that reads both ways, the most frequent, is the one named
        for (ReadingTables.SharedCharacter shared : tables.sharedCharacters(vi.plain(), py.plain())) {
            Reading v = matching(shared.hanViet(), vi, viName.marked());
            Reading p = matching(shared.pinyin(), py, pyName.marked());
            if (v == null || p == null) continue;
            double s = SHARED_CHARACTER
                    * Math.min(viName.marked() ? EXACT : WITHOUT_MARKS, pyName.marked() ? EXACT : WITHOUT_MARKS);
            String detail = new String(Character.toChars(shared.character())) + ": Hán-Việt " + v.written() + ", pinyin " + p.written();
            return new PartMatch(s, swapped
                    ? new Evidence(Kind.SHARED_CHARACTER, py.written(), vi.written(), detail)
                    : new Evidence(Kind.SHARED_CHARACTER, vi.written(), py.written(), detail));
        }
        return null;
    }

    private static Reading matching(List<Reading> readings, NamePart.Latin l, boolean marked) {
        for (Reading r : readings) {
            if (r.plain().equals(l.plain()) && (!marked || r.exact().equals(l.exact()))) return r;
        }
        return null;
    }
}
