package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.util.BytesRef;
import org.liaison.matching.BirthDate;
import org.liaison.matching.IdNumber;
import org.liaison.matching.Identity;
import org.liaison.matching.Sex;

/**
 * Birth date, sex and nationality of an identity in one {@code long}, so that an index can keep them as a numeric doc
 * value and rebuild the identity of a candidate without stored fields. Bits, low to high: precision (3, 0 = no birth
 * date), day (5), month (4), year (12), sex (2, 0 = unknown), nationality (two letters of 5 bits, 0 = unknown).
 * Document numbers, which few entries carry, are packed apart.
 */
final class PackedAttributes {

    private PackedAttributes() {
    }

    static long pack(Identity identity) {
        long bits = 0;
        BirthDate b = identity.birthDate();
        if (b != null) {
            bits = b.precision().ordinal() + 1 | (long) b.day() << 3 | (long) b.month() << 8 | (long) b.year() << 12;
        }
        if (identity.sex() != null) bits |= (long) (identity.sex().ordinal() + 1) << 24;
        String n = identity.nationality();
        if (n != null) bits |= (long) (n.charAt(0) - 'A' + 1) << 26 | (long) (n.charAt(1) - 'A' + 1) << 31;
        return bits;
    }

    private static final BirthDate.Precision[] PRECISIONS = BirthDate.Precision.values();
    private static final Sex[] SEXES = Sex.values();
    /** Every two-letter code by its packed letters: built once, not once per entry screened. */
    private static final String[] NATIONALITIES = new String[1 << 10];

    static {
        for (int a = 1; a <= 26; a++) {
            for (int b = 1; b <= 26; b++) NATIONALITIES[a << 5 | b] = "" + (char) ('A' + a - 1) + (char) ('A' + b - 1);
        }
    }

    /** Document numbers as {@code TYPE:NUMBER} lines, for a binary doc value. */
    static BytesRef packIdNumbers(List<IdNumber> numbers) {
        StringBuilder b = new StringBuilder();
        for (IdNumber n : numbers) {
            if (!b.isEmpty()) b.append('\n');
            b.append(n.type().name()).append(':').append(n.number());
        }
        return new BytesRef(b);
    }

    static List<IdNumber> idNumbers(BytesRef packed) {
        List<IdNumber> out = new ArrayList<>();
        for (String line : packed.utf8ToString().split("\n")) {
            int colon = line.indexOf(':');
            out.add(new IdNumber(IdNumber.Type.valueOf(line.substring(0, colon)), line.substring(colon + 1)));
        }
        return out;
    }

    static Identity identity(String name, long bits, List<IdNumber> idNumbers) {
        BirthDate birthDate = hasBirthDate(bits) ? new BirthDate(year(bits), month(bits), day(bits), precision(bits)) : null;
        int sex = sex(bits), nationality = nationality(bits);
        return new Identity(name, birthDate, sex == 0 ? null : SEXES[sex - 1], nationality == 0 ? null : NATIONALITIES[nationality], idNumbers);
    }

    static boolean hasBirthDate(long bits) {
        return (bits & 7) != 0;
    }

    static BirthDate.Precision precision(long bits) {
        return PRECISIONS[(int) (bits & 7) - 1];
    }

    static int day(long bits) {
        return (int) (bits >>> 3 & 0x1F);
    }

    static int month(long bits) {
        return (int) (bits >>> 8 & 0xF);
    }

    static int year(long bits) {
        return (int) (bits >>> 12 & 0xFFF);
    }

    /** 0 when unknown. */
    static int sex(long bits) {
        return (int) (bits >>> 24 & 3);
    }

    /** The two letters of the code, 5 bits each; 0 when unknown. */
    static int nationality(long bits) {
        int first = (int) (bits >>> 26 & 0x1F), second = (int) (bits >>> 31 & 0x1F);
        return first == 0 ? 0 : first << 5 | second;
    }
}
