package org.liaison.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An identity document's number as screening compares it: normalised (no spaces, hyphens, dots or slashes; upper
 * case) and of a {@link Type}. The same number of a compatible type is strong evidence of the same person; a different
 * number of the same lifelong type, for two records born on the same day, is evidence against.
 */
public record IdNumber(Type type, String number) {

    public enum Type {
        /** Vietnamese 12-digit citizen identity number (CCCD): one for life. */
        VN_CITIZEN_ID(true),
        /** Chinese 18-character resident identity number (GB 11643): one for life. */
        CN_RESIDENT_ID(true),
        /** A passport: renewed under a new number, so a different one says nothing. */
        PASSPORT(false),
        /** A number whose document is not known (a screening file's {@code id_number} in no known format). */
        UNKNOWN(false);

        private final boolean lifelong;

        Type(boolean lifelong) {
            this.lifelong = lifelong;
        }

        /** Whether a person keeps this number for life, so that two numbers of this type name two persons. */
        public boolean lifelong() {
            return lifelong;
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./]");
    private static final Pattern VN_CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern CN_RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

    public IdNumber {
        if (type == null) {
            throw new IllegalArgumentException("an id number needs a type");
        }
        number = number == null ? "" : normalise(number);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("an id number cannot be empty");
        }
    }

    /** Spaces, hyphens, dots and slashes dropped, upper case: {@code 079 185-000 123} is {@code 079185000123}. */
    public static String normalise(String raw) {
        return SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * A number written without its document type (a screening file's {@code id_number}): 12 digits read as a
     * Vietnamese citizen id, 17 digits and a check character as a Chinese resident id, anything else as {@link
     * Type#UNKNOWN}.
     */
    public static IdNumber read(String raw) {
        String n = normalise(raw);
        if (VN_CITIZEN_ID.matcher(n).matches()) return new IdNumber(Type.VN_CITIZEN_ID, n);
        if (CN_RESIDENT_ID.matcher(n).matches()) return new IdNumber(Type.CN_RESIDENT_ID, n);
        return new IdNumber(Type.UNKNOWN, n);
    }

    /** Whether two numbers may be the same document's: same type, or one of unknown type. */
    public boolean comparableWith(IdNumber other) {
        return type == other.type || type == Type.UNKNOWN || other.type == Type.UNKNOWN;
    }

    @Override
    public String toString() {
        return number;
    }
}
