package org.liaison.matching.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.liaison.matching.BirthDate;
import org.liaison.matching.BirthDate.Precision;
import org.liaison.matching.Evidence;
import org.liaison.matching.Evidence.Kind;
import org.liaison.matching.IdNumber;
import org.liaison.matching.Identity;

/**
 * Birth date, sex, nationality and identity document numbers nudge a name score; they never make a match on their own.
 * Records from the other side of the border often carry a year off by one (lunar-year ages) and a nationality copied
 * from the wrong document, so those cost little; a different sex or a birth year well apart costs more. The same
 * document number is strong evidence: with it a name that shares two of three parts reaches the threshold (a record
 * with a misspelt given name); two numbers of a lifelong document (CCCD, 居民身份证) for records born on the same day
 * are evidence against, enough to leave out all but an identical name. A passport's number changes with each passport,
 * so a different one says nothing.
 */
final class AttributeComparison {

    static final double SAME_DAY = 0.05;
    static final double SAME_YEAR = 0.03;
    static final double YEAR_OFF_BY_ONE = -0.02;
    static final double DATE_DIFFERS = -0.15;
    static final double DAY_DIFFERS = -0.05;
    static final double SEX_DIFFERS = -0.20;
    static final double SAME_NATIONALITY = 0.01;
    static final double NATIONALITY_DIFFERS = -0.02;
    static final double SAME_ID_NUMBER = 0.25;
    static final double ID_NUMBER_DIFFERS = -0.25;

    private AttributeComparison() {
    }

    /**
     * The most that {@link #compare} can add for this subject against an identity that shares none of its document
     * numbers: what an index may allow for when it decides which names are worth scoring (it finds the entries sharing
     * a number by the number, allowing {@link #SAME_ID_NUMBER} more).
     */
    static double maxBonus(Identity subject) {
        double bonus = 0;
        if (subject.birthDate() != null) {
            bonus += switch (subject.birthDate().precision()) {
                case DAY -> SAME_DAY;
                case MONTH, YEAR -> SAME_YEAR;
                case APPROXIMATE_YEAR -> 0;
            };
        }
        if (subject.nationality() != null) bonus += SAME_NATIONALITY;
        return bonus;
    }

    /** The adjustment to add to the name score; lines go to {@code evidence}, none when it is {@code null}. */
    static double compare(Identity a, Identity b, Consumer<Evidence> evidence) {
        double adjustment = 0;
        if (a.birthDate() != null && b.birthDate() != null) {
            adjustment += birth(a.birthDate(), b.birthDate(), evidence);
        }
        if (a.sex() != null && b.sex() != null) {
            if (a.sex() == b.sex()) {
                note(evidence, Kind.SEX_MATCHES, () -> "");
            } else {
                note(evidence, Kind.SEX_DIFFERS, () -> a.sex().name().toLowerCase() + " vs " + b.sex().name().toLowerCase());
                adjustment += SEX_DIFFERS;
            }
        }
        if (a.nationality() != null && b.nationality() != null) {
            if (a.nationality().equals(b.nationality())) {
                note(evidence, Kind.NATIONALITY_MATCHES, () -> a.nationality());
                adjustment += SAME_NATIONALITY;
            } else {
                note(evidence, Kind.NATIONALITY_DIFFERS, () -> a.nationality() + " vs " + b.nationality());
                adjustment += NATIONALITY_DIFFERS;
            }
        }
        adjustment += idNumbers(a, b, evidence);
        return adjustment;
    }

    /** Whether the two share a document number (of types that may be the same document). */
    static boolean shareIdNumber(Identity a, Identity b) {
        return sharedIdNumber(a, b) != null;
    }

    private static IdNumber sharedIdNumber(Identity a, Identity b) {
        for (IdNumber x : a.idNumbers()) {
            for (IdNumber y : b.idNumbers()) {
                if (x.number().equals(y.number()) && x.comparableWith(y)) return x;
            }
        }
        return null;
    }

    private static double idNumbers(Identity a, Identity b, Consumer<Evidence> evidence) {
        if (a.idNumbers().isEmpty() || b.idNumbers().isEmpty()) return 0;
        IdNumber same = sharedIdNumber(a, b);
        if (same != null) {
            note(evidence, Kind.ID_NUMBER_MATCHES, same::number);
            return SAME_ID_NUMBER;
        }
        if (!bornOnTheSameDay(a.birthDate(), b.birthDate())) return 0;
        for (IdNumber x : a.idNumbers()) {
            for (IdNumber y : b.idNumbers()) {
                if (x.type() == y.type() && x.type().lifelong()) {
                    // without the numbers: the line may reach the partner, who was not given this record's number
                    note(evidence, Kind.ID_NUMBER_DIFFERS, () -> "");
                    return ID_NUMBER_DIFFERS;
                }
            }
        }
        return 0;
    }

    private static boolean bornOnTheSameDay(BirthDate a, BirthDate b) {
        return a != null && b != null && a.precision() == Precision.DAY && a.equals(b);
    }

    /** One line of evidence, its detail built only when someone reads it. */
    private static void note(Consumer<Evidence> evidence, Kind kind, Supplier<String> detail) {
        if (evidence != null) evidence.accept(Evidence.of(kind, detail.get()));
    }

    private static double birth(BirthDate a, BirthDate b, Consumer<Evidence> evidence) {
        int years = Math.abs(a.year() - b.year());
        boolean approximate = a.precision() == Precision.APPROXIMATE_YEAR || b.precision() == Precision.APPROXIMATE_YEAR;
        if (approximate) {
            if (years <= BirthDate.APPROXIMATE_YEARS) {
                note(evidence, Kind.BIRTH_YEAR_CLOSE, () -> a + " vs " + b);
                return 0;
            }
            note(evidence, Kind.BIRTH_DATE_DIFFERS, () -> a + " vs " + b);
            return DATE_DIFFERS;
        }
        if (years == 1) {
            note(evidence, Kind.BIRTH_YEAR_CLOSE, () -> a + " vs " + b);
            return YEAR_OFF_BY_ONE;
        }
        if (years > 1) {
            note(evidence, Kind.BIRTH_DATE_DIFFERS, () -> a + " vs " + b);
            return DATE_DIFFERS;
        }
        boolean bothMonth = a.precision() != Precision.YEAR && b.precision() != Precision.YEAR;
        if (bothMonth && a.month() != b.month()) {
            note(evidence, Kind.BIRTH_DATE_DIFFERS, () -> a + " vs " + b);
            return DAY_DIFFERS;
        }
        if (a.precision() == Precision.DAY && b.precision() == Precision.DAY) {
            if (a.day() == b.day()) {
                note(evidence, Kind.BIRTH_DATE_MATCHES, () -> a.toString());
                return SAME_DAY;
            }
            note(evidence, Kind.BIRTH_DATE_DIFFERS, () -> a + " vs " + b);
            return DAY_DIFFERS;
        }
        note(evidence, Kind.BIRTH_YEAR_MATCHES, () -> Integer.toString(a.year()));
        return SAME_YEAR;
    }
}
