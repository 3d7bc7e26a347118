package org.liaison.screening.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.liaison.matching.BirthDate;
import org.liaison.matching.IdNumber;
import org.liaison.matching.Identity;
import org.liaison.matching.Sex;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonSnapshot;

/**
 * A person record as the matcher sees it: one {@link Identity} per name, each with the person's birth date, sex,
 * nationality and document numbers (persons keep ISO 3166 alpha-3 codes, the matcher compares alpha-2 ones).
 */
public final class Identities {

    private static final Map<String, String> ALPHA2_BY_ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2_BY_ALPHA3.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
    }

    private Identities() {
    }

    /** One identity per name, in the record's order. */
    static List<Identity> of(PersonSnapshot p) {
        return p.names().stream().map(n -> of(p, n)).toList();
    }

    static Identity of(PersonSnapshot p, PersonName name) {
        return new Identity(name.text(), birth(p.birthDate()), sex(p.sex()), alpha2(p.nationality()).orElse(null),
                idNumbers(p.documents()));
    }

    /** The record's identity documents as the matcher scores them. */
    static List<IdNumber> idNumbers(List<IdentityDocument> documents) {
        return documents.stream().map(d -> new IdNumber(switch (d.type()) {
            case VN_CITIZEN_ID -> IdNumber.Type.VN_CITIZEN_ID;
            case CN_RESIDENT_ID -> IdNumber.Type.CN_RESIDENT_ID;
            case PASSPORT -> IdNumber.Type.PASSPORT;
        }, d.number())).toList();
    }

    /** The same birth date at the same precision; null when unknown or outside the years the matcher knows. */
    static BirthDate birth(org.liaison.persons.BirthDate b) {
        if (b == null) {
            return null;
        }
        try {
            return switch (b.precision()) {
                case FULL -> new BirthDate(b.year(), b.month(), b.day(), BirthDate.Precision.DAY);
                case YEAR_MONTH -> BirthDate.inMonth(b.year(), b.month());
                case YEAR -> BirthDate.inYear(b.year());
                case APPROXIMATE_YEAR -> BirthDate.aroundYear(b.year());
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Sex sex(org.liaison.persons.Sex s) {
        return switch (s == null ? org.liaison.persons.Sex.UNKNOWN : s) {
            case MALE -> Sex.MALE;
            case FEMALE -> Sex.FEMALE;
            case UNKNOWN -> null;
        };
    }

    /** The alpha-2 code of a country given as alpha-3 ({@code VNM}) or alpha-2 ({@code VN}); empty when unknown. */
    public static Optional<String> alpha2(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() == 2) {
            return ALPHA2_BY_ALPHA3.containsValue(c) ? Optional.of(c) : Optional.empty();
        }
        return Optional.ofNullable(ALPHA2_BY_ALPHA3.get(c));
    }
}
