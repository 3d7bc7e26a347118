package org.liaison.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A birth date as precise as the record knows it: a full date, a month, a year, or an approximate year
 * ("about 1975", taken as ±{@value #APPROXIMATE_YEARS} years).
 */
public record BirthDate(int year, int month, int day, Precision precision) {

    public static final int APPROXIMATE_YEARS = 2;

    public enum Precision { DAY, MONTH, YEAR, APPROXIMATE_YEAR }

    public BirthDate {
        if (precision == null) {
            throw new IllegalArgumentException("a birth date needs a precision");
        }
        if (year < 1850 || year > 2200) {
            throw new IllegalArgumentException("birth year out of range: " + year);
        }
        try {
            switch (precision) {
                case DAY -> LocalDate.of(year, month, day);
                case MONTH -> {
                    YearMonth.of(year, month);
                    if (day != 0) throw new IllegalArgumentException("a month-precision date has no day, got " + day);
                }
                default -> {
                    if (month != 0 || day != 0) {
                        throw new IllegalArgumentException("a year-precision date has no month or day, got " + month + "-" + day);
                    }
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day, e);
        }
    }

    public static BirthDate on(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
    }

    public static BirthDate inMonth(int year, int month) {
        return new BirthDate(year, month, 0, Precision.MONTH);
    }

    public static BirthDate inYear(int year) {
        return new BirthDate(year, 0, 0, Precision.YEAR);
    }

    public static BirthDate aroundYear(int year) {
        return new BirthDate(year, 0, 0, Precision.APPROXIMATE_YEAR);
    }

    /** Parses {@code 1975-03-14}, {@code 1975-03}, {@code 1975} or {@code ~1975}. */
    public static BirthDate parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.startsWith("~")) return aroundYear(Integer.parseInt(s.substring(1).strip()));
            if (s.matches("\\d{4}")) return inYear(Integer.parseInt(s));
            if (s.matches("\\d{4}-\\d{2}")) return inMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return on(LocalDate.parse(s));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a birth date: '" + text + "' (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("not a birth date: '" + text + "' (expected 1975-03-14, 1975-03, 1975 or ~1975)");
    }

    @Override
    public String toString() {
        // years are four digits (see the constructor); built by hand, as screening writes it for every candidate
        return switch (precision) {
            case DAY -> year + "-" + twoDigits(month) + "-" + twoDigits(day);
            case MONTH -> year + "-" + twoDigits(month);
            case YEAR -> Integer.toString(year);
            case APPROXIMATE_YEAR -> "~" + year;
        };
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
