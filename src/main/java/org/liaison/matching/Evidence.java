package org.liaison.matching;

/**
 * One line of a match explanation. {@code left} and {@code right} are the name parts as written in the two records
 * (empty for attribute lines); {@code detail} is the reading or value that links or separates them. Pages render
 * {@code kind} through the message key {@code matching.evidence.<kind>}; {@link #text()} is the English form used by the
 * CLI and logs.
 */
public record Evidence(Kind kind, String left, String right, String detail) {

    public enum Kind {
        /** Same name part, same spelling. */
        SAME,
        /** Same letters once diacritics (or tone marks) are dropped; one side was written without them. */
        WITHOUT_DIACRITICS,
        /** Same letters, but both sides carry diacritics and they differ: most likely a different name. */
        DIACRITICS_DIFFER,
        /** Same letters, hỏi tone on one side and ngã on the other: a common spelling variant. */
        HOI_NGA,
        /** Traditional and simplified forms of one Han character. */
        HAN_VARIANT,
        /** A Latin name part is the Hán-Việt reading of the Han character. */
        HAN_VIET,
        /** A Latin name part is the pinyin reading of the Han character. */
        PINYIN,
        /** A Vietnamese and a pinyin name part are readings of one Han character. */
        SHARED_CHARACTER,
        /** Different Han characters with the same Mandarin and Hán-Việt readings. */
        HOMOPHONE,
        /** Name parts that do not correspond. */
        DIFFERENT,
        /** A name part with no counterpart in the other name. */
        NO_COUNTERPART,
        /** The parts correspond but stand in another order (other than surname moved to the end). */
        ORDER_DIFFERS,
        BIRTH_DATE_MATCHES,
        BIRTH_YEAR_MATCHES,
        BIRTH_YEAR_CLOSE,
        BIRTH_DATE_DIFFERS,
        SEX_MATCHES,
        SEX_DIFFERS,
        NATIONALITY_MATCHES,
        NATIONALITY_DIFFERS,
        /** The same identity document number. */
        ID_NUMBER_MATCHES,
        /** Different numbers of a document one keeps for life, for two records born on the same day. */
        ID_NUMBER_DIFFERS
    }

    public Evidence {
        left = left == null ? "" : left;
        right = right == null ? "" : right;
        detail = detail == null ? "" : detail;
    }

    public static Evidence of(Kind kind, String detail) {
        return new Evidence(kind, "", "", detail);
    }

    public String text() {
        return switch (kind) {
            case SAME -> left + " = " + right;
            case WITHOUT_DIACRITICS -> left + " ~ " + right + " (without diacritics)";
            case HOI_NGA -> left + " ~ " + right + " (hỏi/ngã spelling variant" + (detail.isEmpty() ? ")" : ", Hán-Việt " + detail + ")");
            case DIACRITICS_DIFFER -> left + " ≠ " + right + (detail.isEmpty() ? " (diacritics differ)" : " (diacritics differ from " + detail + ")");
            case HAN_VARIANT -> left + " ~ " + right + " (traditional/simplified)";
            case HAN_VIET -> left + " ~ " + right + " (Hán-Việt " + detail + ")";
            case PINYIN -> left + " ~ " + right + " (pinyin " + detail + ")";
            case SHARED_CHARACTER -> left + " ~ " + right + " (" + detail + ")";
            case HOMOPHONE -> left + " ≈ " + right + " (different characters, same readings " + detail + ")";
            case DIFFERENT -> left + " ≠ " + right;
            case NO_COUNTERPART -> (left.isEmpty() ? right : left) + ": no counterpart";
            case ORDER_DIFFERS -> "name order differs";
            case BIRTH_DATE_MATCHES -> "birth date matches" + suffix();
            case BIRTH_YEAR_MATCHES -> "birth year matches" + suffix();
            case BIRTH_YEAR_CLOSE -> "birth year close" + suffix();
            case BIRTH_DATE_DIFFERS -> "birth date differs" + suffix();
            case SEX_MATCHES -> "sex matches";
            case SEX_DIFFERS -> "sex differs" + suffix();
            case NATIONALITY_MATCHES -> "nationality matches" + suffix();
            case NATIONALITY_DIFFERS -> "nationality differs" + suffix();
            case ID_NUMBER_MATCHES -> "ID number matches" + suffix();
            case ID_NUMBER_DIFFERS -> "ID number differs" + suffix();
        };
    }

    private String suffix() {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    @Override
    public String toString() {
        return text();
    }
}
