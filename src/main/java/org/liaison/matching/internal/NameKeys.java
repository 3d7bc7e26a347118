package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keys under which a name part is found, in three spaces shared by all scripts: the Han character itself
 * ({@code h段}), its Hán-Việt readings ({@code vdoan}) and its pinyin readings ({@code pduan}). A Latin part is its own
 * letters in the Hán-Việt and pinyin spaces, and a Vietnamese syllable also the pinyin of the characters it reads
 * (La → {@code pluo}), so that any two parts the scorer could pair share a key.
 */
final class NameKeys {

    private NameKeys() {
    }

    /** The keys of one name part and how much the part weighs in a score ({@link NamePart#weight()}). */
    record PartKeys(Set<String> keys, double weight) {
    }

    /** One way of reading a name: its parts' keys, in order. */
    record Way(List<PartKeys> parts) {

        /** Twice the sum of the part weights: an integer, since parts weigh 1 or 0.5. */
        int halfWeights() {
            double sum = 0;
            for (PartKeys p : parts) sum += p.weight();
            return (int) Math.round(2 * sum);
        }
    }

    /** Per way of reading the name, the keys of each of its parts. */
    static List<Way> of(List<ParsedName> readings, ReadingTables tables) {
        List<Way> out = new ArrayList<>();
        for (ParsedName n : readings) {
            for (List<NamePart> parts : n.alternatives()) {
                List<PartKeys> keys = new ArrayList<>(parts.size());
                for (NamePart part : parts) {
                    keys.add(new PartKeys(keys(part, tables), part.weight()));
                }
                out.add(new Way(keys));
            }
        }
        return out;
    }

    static Set<String> keys(NamePart part, ReadingTables tables) {
        Set<String> keys = new HashSet<>();
        if (part instanceof NamePart.Han h) {
            keys.add("h" + Character.toString(h.simplified()));
            tables.hanViet(h.simplified()).forEach(r -> keys.add("v" + r.plain()));
            tables.mandarin(h.simplified()).forEach(r -> keys.add("p" + r.plain()));
            Reading surname = tables.surnameReading(h.simplified());
            if (surname != null) keys.add("p" + surname.plain());
        } else if (part instanceof NamePart.Latin l) {
            keys.add("v" + l.plain());
            keys.add("p" + l.plain());
            tables.pinyinOfHanViet(l.plain()).forEach(p -> keys.add("p" + p));
        }
        return keys;
    }
}
