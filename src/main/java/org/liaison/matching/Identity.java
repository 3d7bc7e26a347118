package org.liaison.matching;

import java.util.List;
import java.util.Locale;

/**
 * What screening compares: a name as written (any script) and, where known, birth date, sex and nationality
 * (ISO 3166 alpha-2 code, e.g. {@code VN}, {@code CN}), and the numbers of identity documents. Absent attributes are
 * {@code null} (no numbers: empty) and neither help nor hurt.
 */
public record Identity(String name, BirthDate birthDate, Sex sex, String nationality, List<IdNumber> idNumbers) {

    public Identity(String name, BirthDate birthDate, Sex sex, String nationality) {
        this(name, birthDate, sex, nationality, List.of());
    }

    public Identity {
        idNumbers = idNumbers == null ? List.of() : List.copyOf(idNumbers);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an identity needs a name, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (nationality != null) {
            nationality = nationality.strip().toUpperCase(Locale.ROOT);
            if (nationality.isEmpty()) {
                nationality = null;
            } else if (nationality.length() != 2 || !isLetter(nationality.charAt(0)) || !isLetter(nationality.charAt(1))) {
                throw new IllegalArgumentException("nationality must be an ISO 3166 alpha-2 code such as VN or CN, got '" + nationality + "'");
            }
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static Identity named(String name) {
        return new Identity(name, null, null, null);
    }

    public Identity bornOn(BirthDate date) {
        return new Identity(name, date, sex, nationality, idNumbers);
    }

    public Identity withSex(Sex value) {
        return new Identity(name, birthDate, value, nationality, idNumbers);
    }

    public Identity withNationality(String code) {
        return new Identity(name, birthDate, sex, code, idNumbers);
    }

    public Identity withIdNumbers(List<IdNumber> numbers) {
        return new Identity(name, birthDate, sex, nationality, numbers);
    }
}
