package org.liaison.persons.internal;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries as ISO 3166-1 alpha-3 codes, the form passports and their machine-readable zones use
 * ({@code VNM}, {@code CHN}); names come from the JDK's locale data in the reader's language.
 */
public final class Countries {

    private static final Set<String> ALPHA3 = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Map<String, String> ALPHA2_BY_ALPHA3 = new HashMap<>();
    private static final Map<String, String> ALPHA3_BY_ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3 = Locale.of("", alpha2).getISO3Country();
            ALPHA2_BY_ALPHA3.put(alpha3, alpha2);
            ALPHA3_BY_ALPHA2.put(alpha2, alpha3);
        }
    }

    /** A country for a choice list. */
    public record Country(String code, String name) {
    }

    private Countries() {
    }

    public static boolean isAlpha3(String code) {
        return code != null && ALPHA3.contains(code);
    }

    /** The alpha-3 code for an alpha-2 one ({@code VN} gives {@code VNM}), for telling users what to type. */
    public static Optional<String> alpha3Of(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : ALPHA3_BY_ALPHA2.get(alpha2));
    }

    /** The country's name in {@code locale}, or the code itself when the JDK has no name for it. */
    public static String name(String alpha3, Locale locale) {
        if (alpha3 == null) {
            return "";
        }
        String alpha2 = ALPHA2_BY_ALPHA3.get(alpha3);
        return alpha2 == null ? alpha3 : Locale.of("", alpha2).getDisplayCountry(locale);
    }

    /** Every country, the two partner countries first, the rest by name in the reader's language. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<String> first = Arrays.asList("VNM", "CHN");
        return ALPHA3.stream().filter(ALPHA2_BY_ALPHA3::containsKey)
                .map(c -> new Country(c, name(c, locale)))
                .sorted(Comparator.<Country>comparingInt(c -> first.contains(c.code()) ? first.indexOf(c.code()) : 2)
                        .thenComparing(Country::name, collator))
                .toList();
    }
}
