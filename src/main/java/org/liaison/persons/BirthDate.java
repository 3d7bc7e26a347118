package org.liaison.persons;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A birth date as precisely as it is known: a full date, a year and month, a year, or an approximate year.
 *
 * @param month 1-12 for {@link Precision#FULL} and {@link Precision#YEAR_MONTH}, else null
 * @param day   the day of the month for {@link Precision#FULL}, else null
 */
public record BirthDate(Precision precision, Integer year, Integer month, Integer day) {

    /** How far an approximate year may be off: "about 1990" admits 1988 to 1992. */
    public static final int APPROXIMATION_YEARS = 2;

    public enum Precision {
        FULL,
        YEAR_MONTH,
        YEAR,
        APPROXIMATE_YEAR
    }

    public BirthDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(year, "year");
        switch (precision) {
            case FULL -> {
                if (month == null || day == null) {
                    throw new IllegalArgumentException("a full birth date needs month and day; got " + year + "-" + month + "-" + day);
                }
                try {
                    LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day, e);
                }
            }
            case YEAR_MONTH -> {
                if (month == null || month < 1 || month > 12 || day != null) {
                    throw new IllegalArgumentException("a year and month need a month 1-12 and no day; got " + year + "-" + month + "-" + day);
                }
            }
            case YEAR, APPROXIMATE_YEAR -> {
                if (month != null || day != null) {
                    throw new IllegalArgumentException(precision + " takes a year only; got " + year + "-" + month + "-" + day);
                }
            }
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(Precision.FULL, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static BirthDate of(YearMonth month) {
        return new BirthDate(Precision.YEAR_MONTH, month.getYear(), month.getMonthValue(), null);
    }

    public static BirthDate year(int year) {
        return new BirthDate(Precision.YEAR, year, null, null);
    }

    public static BirthDate about(int year) {
        return new BirthDate(Precision.APPROXIMATE_YEAR, year, null, null);
    }

    /** True when a person born on {@code date} fits this birth date at its precision. */
    public boolean admits(LocalDate date) {
        return switch (precision) {
            case FULL -> date.equals(LocalDate.of(year, month, day));
            case YEAR_MONTH -> date.getYear() == year && date.getMonthValue() == month;
            case YEAR -> date.getYear() == year;
            case APPROXIMATE_YEAR -> admitsYear(date.getYear());
        };
    }

    /** True when a person born in {@code otherYear} may fit: the years agree (within the approximation, if any). */
    public boolean admitsYear(int otherYear) {
        return precision == Precision.APPROXIMATE_YEAR ? Math.abs(otherYear - year) <= APPROXIMATION_YEARS : otherYear == year;
    }

    /** The earliest day this birth date can mean. */
    public LocalDate earliest() {
        return switch (precision) {
            case FULL -> LocalDate.of(year, month, day);
            case YEAR_MONTH -> LocalDate.of(year, month, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
            case APPROXIMATE_YEAR -> LocalDate.of(year - APPROXIMATION_YEARS, 1, 1);
        };
    }

    /** ISO-like text at the known precision: {@code 1985-03-14}, {@code 1985-03}, {@code 1985}, {@code ~1985}. */
    public String iso() {
        return switch (precision) {
            case FULL -> LocalDate.of(year, month, day).toString();
            case YEAR_MONTH -> YearMonth.of(year, month).toString();
            case YEAR -> String.valueOf(year);
            case APPROXIMATE_YEAR -> "~" + year;
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
