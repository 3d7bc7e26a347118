package org.liaison.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.matching.BirthDate;
import org.liaison.matching.Identity;
import org.liaison.matching.Sex;

/**
 * Reads a subject to screen from text, as typed in the search box or found in a CSV row: a name, and optionally a
 * birth date ({@code 1975-03-14}, {@code 1975-03}, {@code 1975}, {@code ~1975}), a sex ({@code M}/{@code F} or
 * {@code MALE}/{@code FEMALE}) and a nationality (ISO 3166 alpha-3 {@code VNM} or alpha-2 {@code VN}). Each problem
 * names its field.
 */
final class SubjectFields {

    static final int MAX_NAME = 200;

    /** The field names problems are reported under: the form's, or the CSV's columns. */
    record Names(String name, String birthDate, String sex, String nationality) {
        static final Names FORM = new Names("name", "birthDate", "sex", "nationality");
        static final Names CSV = new Names("name", "birth_date", "sex", "nationality");
    }

    /** The subject, or the problems (then {@code identity} is null). */
    record Result(Identity identity, List<ScreeningRefused.Problem> problems) {
    }

    private SubjectFields() {
    }

    static Result read(String name, String birthDate, String sex, String nationality, Names fields) {
        List<ScreeningRefused.Problem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.add(problem(fields.name(), "screening.validation.required"));
        } else if (n.length() > MAX_NAME) {
            problems.add(problem(fields.name(), "screening.validation.tooLong", String.valueOf(MAX_NAME)));
        } else if (n.indexOf('\uFFFD') >= 0) {
            problems.add(problem(fields.name(), "screening.validation.notUtf8"));
        }
        BirthDate birth = null;
        if (!blank(birthDate)) {
            try {
                birth = BirthDate.parse(birthDate);
            } catch (IllegalArgumentException e) {
                problems.add(problem(fields.birthDate(), "screening.validation.birthDate", birthDate.strip()));
            }
        }
        Sex s = null;
        if (!blank(sex)) {
            s = switch (sex.strip().toUpperCase(Locale.ROOT)) {
                // as the CSV reader of the screen command takes them: also as Vietnamese and Chinese forms write it
                case "M", "MALE", "NAM", "男" -> Sex.MALE;
                case "F", "FEMALE", "NỮ", "NU", "女" -> Sex.FEMALE;
                default -> {
                    problems.add(problem(fields.sex(), "screening.validation.sex", sex.strip()));
                    yield null;
                }
            };
        }
        String country = null;
        if (!blank(nationality)) {
            country = Identities.alpha2(nationality).orElse(null);
            if (country == null) {
                problems.add(problem(fields.nationality(), "screening.validation.nationality", nationality.strip()));
            }
        }
        return problems.isEmpty() ? new Result(new Identity(n, birth, s, country), List.of()) : new Result(null, problems);
    }

    private static ScreeningRefused.Problem problem(String field, String key, Object... args) {
        return new ScreeningRefused.Problem(field, Text.of(key, args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
