package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys under which a name part is found, so that any two parts the scorer could pair share a key: a subject part's
 * {@link Side#SUBJECT} keys meet an entry part's {@link Side#ENTRY} keys. Indexed and searched keys differ so that
 * parts meet only where the scorer could link them, and each link has its own space:
 * <ul>
 * <li>{@code h}: the same Han character (traditional folded to simplified);
 * <li>{@code y}: Han characters read alike in Mandarin and in Hán-Việt (鸳 / 渊, a weak link), not 仲 / 中;
 * <li>{@code v}: the same letters of two Latin parts (Đoàn, DOAN), and a Han character's Hán-Việt reading when
 * searched for a Latin entry;
 * <li>{@code V}, {@code P}: a Han entry's Hán-Việt and pinyin readings, searched with a Latin subject's letters;
 * {@code p}: a Latin entry that may be pinyin, searched with a Han subject's pinyin readings;
 * <li>{@code l}, {@code q}: a Vietnamese and a pinyin syllable read from one character (La ~ Luo through 罗): a name
 * read as pinyin is indexed under its letters in {@code l} and searches them in {@code q}; a name read as Vietnamese is
 * indexed under the pinyin of the characters its syllables read in {@code q} ({@code qluo}) and searches them in
 * {@code l}.
 * </ul>
 * So two names read as Vietnamese never meet through the pinyin of rare characters (Lê and Thị share the reading yí),
 * nor two Han names through a reading alone: links the scorer never makes, which would only cost scoring time.
 */
final class NameKeys {

    /** Keys are indexed for an entry and searched for a subject. */
    enum Side { ENTRY, SUBJECT }

    /** The pinyin keys of a Vietnamese syllable in {@code l} or {@code q}: some thousands, built once each. */
    private static final Map<String, Set<String>> THROUGH_CHARACTERS = new ConcurrentHashMap<>();

    private NameKeys() {
    }

    private static Set<String> throughCharacters(String space, String vietnamesePlain, ReadingTables tables) {
        return THROUGH_CHARACTERS.computeIfAbsent(space + vietnamesePlain, k -> {
            Set<String> keys = new HashSet<>();
            tables.pinyinOfHanViet(vietnamesePlain).forEach(p -> keys.add(space + p));
            return Set.copyOf(keys);
        });
    }

    /** The keys of one name part and how much the part weighs in a score ({@link NamePart#weight()}). */
    record PartKeys(Set<String> keys, double weight) {
    }

    /** One way of reading a name: its parts' keys, in order. */
    record Way(List<PartKeys> parts) {
    }

    /** Per way of reading the name, the keys of each of its parts. */
    static List<Way> of(List<ParsedName> readings, ReadingTables tables, Side side) {
        List<Way> out = new ArrayList<>();
        for (ParsedName n : readings) {
            for (List<NamePart> parts : n.alternatives()) {
                List<PartKeys> keys = new ArrayList<>(parts.size());
                for (NamePart part : parts) {
                    keys.add(new PartKeys(keys(part, n, tables, side), part.weight()));
                }
                out.add(new Way(keys));
            }
        }
        return out;
    }

    /** Whether a key, of either side, is one that Han entry parts are indexed under ({@code h}, {@code y}, {@code V}, {@code P}). */
    static boolean meetsHanEntry(String key) {
        char space = key.charAt(0);
        return space == 'h' || space == 'y' || space == 'V' || space == 'P';
    }

    static Set<String> keys(NamePart part, ParsedName name, ReadingTables tables, Side side) {
        Set<String> keys = new HashSet<>();
        boolean entry = side == Side.ENTRY;
        if (part instanceof NamePart.Han h) {
            int c = h.simplified();
            keys.add("h" + Character.toString(c));
            List<Reading> mandarin = tables.mandarin(c);
            if (!mandarin.isEmpty()) {
                tables.hanViet(c).forEach(r -> keys.add("y" + mandarin.get(0).exact() + "/" + r.exact()));
            }
            tables.hanViet(c).forEach(r -> keys.add((entry ? "V" : "v") + r.plain()));
            mandarin.forEach(r -> keys.add((entry ? "P" : "p") + r.plain()));
            Reading surname = tables.surnameReading(c);
            if (surname != null) keys.add((entry ? "P" : "p") + surname.plain());
        } else if (part instanceof NamePart.Latin l) {
            keys.add("v" + l.plain());
            if (entry) {
                if (name.mayBePinyin()) keys.add("p" + l.plain());
                if (name.readsAsPinyin()) keys.add("l" + l.plain());
                if (name.readsAsVietnamese()) keys.addAll(throughCharacters("q", l.plain(), tables));
            } else {
                if (name.mayBeVietnamese()) keys.add("V" + l.plain());
                if (name.mayBePinyin()) keys.add("P" + l.plain());
                if (name.readsAsPinyin()) keys.add("q" + l.plain());
                if (name.readsAsVietnamese()) keys.addAll(throughCharacters("l", l.plain(), tables));
            }
        }
        return keys;
    }
}
