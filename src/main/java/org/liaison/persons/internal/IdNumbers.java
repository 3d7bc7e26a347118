package org.liaison.persons.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.persons.BirthDate;
import org.liaison.persons.DocumentType;
import org.liaison.persons.Sex;

/**
 * Reads identity numbers of every document type, and compares what a number encodes with the person record
 * that carries it. A number that breaks its format is refused when entered; a number whose birth date or sex
 * disagrees with the record is kept and the disagreement is shown, because either side may be the wrong one.
 */
public final class IdNumbers {

    static final int PASSPORT_MIN = 3;
    static final int PASSPORT_MAX = 20;

    private IdNumbers() {
    }

    public static IdNumberReading read(DocumentType type, String raw, LocalDate today) {
        return switch (type) {
            case VN_CITIZEN_ID -> VietnameseCitizenIds.read(raw, today);
            case CN_RESIDENT_ID -> ChineseResidentIds.read(raw, today);
            case PASSPORT -> readPassport(raw);
        };
    }

    /** Passport numbers are free format: letters and digits, of a plausible length; they encode nothing we read. */
    static IdNumberReading readPassport(String raw) {
        String number = withoutSpaces(raw).toUpperCase(Locale.ROOT);
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!isAsciiDigit(c) && (c < 'A' || c > 'Z')) {
                return IdNumberReading.invalid(number, "persons.idcheck.passport.character", String.valueOf(i + 1),
                        String.valueOf(c));
            }
        }
        if (number.length() < PASSPORT_MIN || number.length() > PASSPORT_MAX) {
            return IdNumberReading.invalid(number, "persons.idcheck.passport.length", String.valueOf(number.length()));
        }
        return IdNumberReading.valid(number, null, null, null, null);
    }

    /**
     * Where a valid number disagrees with the record: the birth date or sex it encodes, or the country that issues
     * it against the record's nationality. Nothing for an invalid number (its problem is shown instead).
     */
    public static List<Explanation> conflicts(DocumentType type, IdNumberReading reading, BirthDate birth, Sex sex,
                                              String nationality) {
        List<Explanation> found = new ArrayList<>();
        if (!reading.isValid()) {
            return found;
        }
        if (reading.sex() != null && sex != null && sex != Sex.UNKNOWN && reading.sex() != sex) {
            found.add(Explanation.of("persons.conflict.sex", Explanation.sex(reading.sex()), Explanation.sex(sex)));
        }
        if (reading.birth() != null && birth != null && !fits(birth, reading.birth())) {
            found.add(Explanation.of("persons.conflict.birth", Explanation.birth(reading.birth()), Explanation.birth(birth)));
        }
        if (type.fixedIssuer() != null && nationality != null && !type.fixedIssuer().equals(nationality)) {
            found.add(Explanation.of("persons.conflict.nationality", Explanation.term("persons.documentType." + type),
                    nationality));
        }
        return found;
    }

    /** True when the recorded birth date can be the encoded one (a full date, or a year for Vietnamese IDs). */
    static boolean fits(BirthDate recorded, BirthDate encoded) {
        return encoded.precision() == BirthDate.Precision.FULL
                ? recorded.admits(encoded.earliest())
                : recorded.admitsYear(encoded.year());
    }

    static String withoutSpaces(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
