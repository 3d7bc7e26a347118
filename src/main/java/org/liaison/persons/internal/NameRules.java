package org.liaison.persons.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonName;

/**
 * What a name in each script may contain, and the folded form the persons list searches in. Deliberately not
 * name matching (that is the matching module's work): the list search only ignores case, diacritics and đ/d.
 */
public final class NameRules {

    static final int MAX_LENGTH = 200;

    private NameRules() {
    }

    /** The name as stored: NFC (Vietnamese typed with combining marks becomes precomposed), single spaces. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Why {@code text} cannot be a name in {@code script}, or empty. */
    public static Optional<Explanation> problem(String text, NameScript script) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of(Explanation.of("persons.validation.tooLong", String.valueOf(MAX_LENGTH)));
        }
        boolean letter = false;
        for (int i = 0, n = 1; i < text.length(); n++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String shown = new String(Character.toChars(c));
            if (isSeparator(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (script == NameScript.HAN) {
                if (s != Character.UnicodeScript.HAN) {
                    return Optional.of(Explanation.of("persons.validation.name.hanOnly", String.valueOf(n), shown));
                }
            } else if (s == Character.UnicodeScript.HAN) {
                return Optional.of(Explanation.of("persons.validation.name.hanInOtherScript", String.valueOf(n), shown));
            } else if (Character.isDigit(c)) {
                // pinyin may carry tone numbers (Luo2 Qi2quan2); no other name has digits
                if (script != NameScript.PINYIN || c < '1' || c > '5') {
                    return Optional.of(Explanation.of("persons.validation.name.character", String.valueOf(n), shown));
                }
                continue;
            } else if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.INHERITED) {
                return Optional.of(Explanation.of("persons.validation.name.character", String.valueOf(n), shown));
            } else if (script == NameScript.LATIN && (c > 0x7F)) {
                return Optional.of(Explanation.of("persons.validation.name.latinDiacritics", String.valueOf(n), shown));
            }
            letter = true;
        }
        if (!letter) {
            return Optional.of(Explanation.of("persons.validation.name.noLetters"));
        }
        return Optional.empty();
    }

    /** Lower case, without diacritics, đ as d, single spaces; Han characters stay as they are. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            sb.appendCodePoint(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The name to show first; see {@link PersonName#displayName(List, Locale)}. */
    public static PersonName displayName(List<PersonName> names, Locale locale) {
        return PersonName.displayName(names, locale);
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u00B7' || c == ',';
    }
}
