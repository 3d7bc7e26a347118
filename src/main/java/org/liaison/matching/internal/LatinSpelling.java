package org.liaison.matching.internal;

import java.text.Normalizer;

/**
 * Keys of one Latin syllable. {@code plain} drops every diacritic and tone (Đoàn, DOAN → doan); {@code exact} keeps
 * the letters with their vowel marks and the tone apart from where it was placed (hòa = hoà, Lý = Lí), so that an
 * exact diacritic match can score above a folded one.
 */
final class LatinSpelling {

    private LatinSpelling() {
    }

    static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323' // Vietnamese
                || c == '\u0304' || c == '\u030C'; // pinyin macron, caron (acute and grave are shared)
    }

    /** Marks that only Vietnamese uses: hook above, tilde, dot below, circumflex, breve, horn; đ. */
    static boolean isVietnameseOnly(char c) {
        return c == '\u0309' || c == '\u0303' || c == '\u0323' || c == '\u0302' || c == '\u0306' || c == '\u031B' || c == 'đ';
    }

    /** Marks that only pinyin uses: macron, caron, diaeresis (ü). */
    static boolean isPinyinOnly(char c) {
        return c == '\u0304' || c == '\u030C' || c == '\u0308';
    }

    /** Plain letters of Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese ệ, ữ…), built once. */
    private static final char[] PLAIN = new char[0x1F00];

    static {
        for (char c = 0; c < PLAIN.length; c++) {
            if (c == 'đ' || c == 'Đ') {
                PLAIN[c] = 'd';
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = Character.toLowerCase(d.charAt(0));
            PLAIN[c] = base >= 'a' && base <= 'z' ? base : 0;
        }
    }

    /** One character folded to a plain lower-case ASCII letter, or 0 when it is not a letter. */
    static char plainLetter(char c) {
        return c < PLAIN.length ? PLAIN[c] : 0;
    }

    static String plain(String syllable) {
        StringBuilder sb = new StringBuilder(syllable.length());
        for (int i = 0; i < syllable.length(); i++) {
            char p = plainLetter(syllable.charAt(i));
            if (p != 0) sb.append(p);
        }
        return foldVariants(sb.toString()).replace('ü', 'u');
    }

    /** Letters with their vowel marks, then the tone mark (if any) after a '|'. */
    static String exact(String syllable) {
        String d = Normalizer.normalize(syllable.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(d.length());
        StringBuilder tone = new StringBuilder(1);
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (isToneMark(c)) tone.append(c);
            else letters.append(c);
        }
        String l = foldVariants(Normalizer.normalize(letters, Normalizer.Form.NFC));
        return tone.isEmpty() ? l : l + "|" + tone;
    }

    /**
     * Spellings that name the same syllable: Vietnamese i/y after a consonant or qu (Lý = Lí, Quý = Quí, but Thụy ≠
     * Thụi), pinyin ü written v or yu in passports (lü = lv = lyu).
     */
    static String foldVariants(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == 'y' && (n == 1 || !isVowel(s.charAt(n - 2)) || s.endsWith("quy"))) {
            s = s.substring(0, n - 1) + "i";
        }
        if (s.length() >= 2 && (s.charAt(0) == 'l' || s.charAt(0) == 'n')) {
            String rest = s.substring(1);
            if (rest.startsWith("yu") && !rest.startsWith("yun")) s = s.charAt(0) + "ü" + rest.substring(2);
            else if (rest.startsWith("v")) s = s.charAt(0) + "ü" + rest.substring(1);
        }
        return s;
    }

    private static boolean isVowel(char c) {
        return "aeiouyăâêôơưü".indexOf(c) >= 0;
    }
}
