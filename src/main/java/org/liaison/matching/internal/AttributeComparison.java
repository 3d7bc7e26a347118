package org.liaison.matching.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.liaison.matching.BirthDate;
import org.liaison.matching.BirthDate.Precision;
import org.liaison.matching.Evidence;
import org.liaison.matching.Evidence.Kind;
import org.liaison.matching.Identity;

/**
 * Birth date, sex and nationality nudge a name score; they never make a match on their own. Records from the other
 * side of the border often carry a year off by one (lunar-year ages) and a nationality copied from the wrong
 * document, so those cost little; a different sex or a birth year well apart costs more.
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

    private AttributeComparison() {
    }

    /**
     * The most that {@link #compare} can add for this subject whatever the other identity: what an index may allow for
     * when it decides which names are worth scoring.
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
        return adjustment;
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
