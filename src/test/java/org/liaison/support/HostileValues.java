package org.liaison.support;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Hostile values for fuzzing what users and API clients send: random and oversized text, Unicode edge cases, numbers
 * and dates that are not numbers and dates, and the encodings that carry them (form fields, JSON strings, CSV files).
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** Text no form or API field should fail on: anything from random characters to 100,000-character fields. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                weighted(3, Arbitraries.strings().all().ofMaxLength(40)),
                weighted(2, oversized()),
                weighted(3, unicodeEdgeCases()),
                weighted(1, Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1_000).ofMaxLength(20_000)),
                weighted(2, injections()),
                weighted(1, Arbitraries.of("", " ", "\t\n", "\u00a0", "\u3000", "\u200b")));
    }

    /** What goes where a whole number is expected: letters, signs, overflow, fractions, other digits. */
    public static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.of("abc", "-1", "0", "-0", "1.5", "1e309", "NaN", "Infinity", "0x10", "１２３", " 7 ", "",
                        "-9223372036854775808", "9223372036854775807", "9223372036854775808",
                        "99999999999999999999999999999999", "2147483648", "-2147483649", "1,000", "٣"),
                Arbitraries.longs().map(l -> Long.toString(l)),
                text());
    }

    /** What goes where a date is expected: impossible, extreme and differently written dates. */
    public static Arbitrary<String> date() {
        return Arbitraries.oneOf(
                Arbitraries.of("0000-00-00", "9999-12-31", "0001-01-01", "2024-02-30", "2023-13-01", "2023-00-10",
                        "abcd-ef-gh", "-999999999-01-01", "+1000000000-01-01", "31/12/2024", "2024-1-1", "",
                        "2024-05-01T25:00", "1900-01-01", "2100-01-01", "２０２４-０１-０１", "2024-05-01\u0000"),
                text());
    }

    /** Path ids that name nothing: unknown, negative, overflowing, not ids at all (all safe in a URL path). */
    public static Arbitrary<String> unknownId() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-1", "999999999", "9223372036854775808", "abc", "null",
                        "00000000-0000-0000-0000-000000000000", "6f1c2a9e-0000-4000-8000-000000000000", "%20",
                        "%F0%9F%91%AE", "%E1%BB%85", "1e3", "x".repeat(3_000)),
                Arbitraries.create(java.util.UUID::randomUUID).map(u -> u.toString()));
    }

    /** Characters that break naive handling of text: combining marks, direction overrides, NUL, lone surrogates. */
    public static Arbitrary<String> unicodeEdgeCases() {
        return Arbitraries.of(
                "e" + "\u0301".repeat(500), "Nguye\u0302\u0303n", "Z\u0351\u0352\u0353\u0354a\u0355\u0356l\u0357g\u0358o",
                "\u202eNguyễn\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "\u202d段氏鸳\u202c", "\ufeffBOM",
                "a\u0000b", "\u0000", "\ud800", "x\udc00y", "\udbff\udfff", "\ud83d",
                "👮‍♀️🇻🇳🇨🇳", "🧑🏽‍🚒".repeat(200), "\u0007\u001b[31m", "\r\nSet-Cookie: x=y", "\u2028\u2029",
                "\uffff\ufffe", "𠜎𠜱𠝹𠱓", "İı", "ß".repeat(1000));
    }

    /** Oversized text, beyond any column. */
    public static Arbitrary<String> oversized() {
        return Arbitraries.integers().between(256, 100_000)
                .flatMap(n -> Arbitraries.of("x", "ễ", "龘", "🇻🇳", "a ").map(unit -> unit.repeat(n / unit.length())));
    }

    private static Arbitrary<String> injections() {
        return Arbitraries.of("'; DROP TABLE person; --", "<script>alert(1)</script>", "${7*7}", "#{7*7}",
                "__${T(java.lang.Runtime).getRuntime()}__::.x", "%s%n%n", "{0}{1}", "'{0}'", "../../etc/passwd",
                "\" OR \"1\"=\"1", "=cmd|' /C calc'!A0", "*)(uid=*", "[[${7*7}]]");
    }

    /** An arbitrary with its weight, for {@link Arbitraries#frequencyOf}. */
    public static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> a) {
        return Tuple.of(weight, a);
    }

    /**
     * A form field as {@code application/x-www-form-urlencoded} carries it. Lone surrogates, which UTF-8 cannot
     * encode, go as their CESU-8 bytes (an invalid UTF-8 sequence), as a hostile client would send them.
     */
    public static String formEncode(String s) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && n == 1) {
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)));
            } else if (cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_.*".indexOf(cp) >= 0)) {
                out.append((char) cp);
            } else if (cp == ' ') {
                out.append('+');
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            }
            i += n;
        }
        return out.toString();
    }

    /** A JSON string literal; control characters and lone surrogates go as {@code \\uXXXX} escapes. */
    public static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || lone) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
