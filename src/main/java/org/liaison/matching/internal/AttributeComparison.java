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
        Birth outcome = birth(a.year(), a.month(), a.day(), a.precision(), b.year(), b.month(), b.day(), b.precision());
        note(evidence, outcome.kind, () -> switch (outcome) {
            case DAY_MATCHES -> a.toString();
            case YEAR_MATCHES -> Integer.toString(a.year());
            default -> a + " vs " + b;
        });
        return outcome.adjustment;
    }

    /** How two birth dates compare: the line of evidence, and what it adds. */
    private enum Birth {
        CLOSE_YEAR(Kind.BIRTH_YEAR_CLOSE, 0),
        YEAR_OFF(Kind.BIRTH_YEAR_CLOSE, YEAR_OFF_BY_ONE),
        YEARS_APART(Kind.BIRTH_DATE_DIFFERS, DATE_DIFFERS),
        DAYS_APART(Kind.BIRTH_DATE_DIFFERS, DAY_DIFFERS),
        DAY_MATCHES(Kind.BIRTH_DATE_MATCHES, SAME_DAY),
        YEAR_MATCHES(Kind.BIRTH_YEAR_MATCHES, SAME_YEAR);

        final Kind kind;
        final double adjustment;

        Birth(Kind kind, double adjustment) {
            this.kind = kind;
            this.adjustment = adjustment;
        }
    }

    private static Birth birth(int yearA, int monthA, int dayA, Precision a, int yearB, int monthB, int dayB, Precision b) {
        int years = Math.abs(yearA - yearB);
        if (a == Precision.APPROXIMATE_YEAR || b == Precision.APPROXIMATE_YEAR) {
            return years <= BirthDate.APPROXIMATE_YEARS ? Birth.CLOSE_YEAR : Birth.YEARS_APART;
        }
        if (years == 1) return Birth.YEAR_OFF;
        if (years > 1) return Birth.YEARS_APART;
        if (a != Precision.YEAR && b != Precision.YEAR && monthA != monthB) return Birth.DAYS_APART;
        if (a == Precision.DAY && b == Precision.DAY) return dayA == dayB ? Birth.DAY_MATCHES : Birth.DAYS_APART;
        return Birth.YEAR_MATCHES;
    }

    /**
     * What {@link #compare} adds for two identities without document numbers, from their {@link PackedAttributes}
     * bits: an index scores each bearer of a common name this way without building its identity.
     */
    static double compare(long a, long b) {
        double adjustment = 0;
        if (PackedAttributes.hasBirthDate(a) && PackedAttributes.hasBirthDate(b)) {
            adjustment += birth(PackedAttributes.year(a), PackedAttributes.month(a), PackedAttributes.day(a), PackedAttributes.precision(a),
                    PackedAttributes.year(b), PackedAttributes.month(b), PackedAttributes.day(b), PackedAttributes.precision(b)).adjustment;
        }
        int sexA = PackedAttributes.sex(a), sexB = PackedAttributes.sex(b);
        if (sexA != 0 && sexB != 0 && sexA != sexB) adjustment += SEX_DIFFERS;
        int nationalityA = PackedAttributes.nationality(a), nationalityB = PackedAttributes.nationality(b);
        if (nationalityA != 0 && nationalityB != 0) {
            adjustment += nationalityA == nationalityB ? SAME_NATIONALITY : NATIONALITY_DIFFERS;
        }
        return adjustment;
    }
}
