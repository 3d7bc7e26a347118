package org.liaison.persons.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.liaison.persons.BirthDate;
import org.liaison.persons.Sex;

/**
 * Reads a Chinese 18-character resident identity number (GB 11643-1999): a 6-digit administrative area code
 * (the first two digits are the province), the birth date as YYYYMMDD, a 3-digit sequence whose last digit is
 * odd for men and even for women, and a check character computed by ISO 7064 MOD 11-2 ({@code X} stands for 10).
 */
public final class ChineseResidentIds {

    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Province-level codes (GB/T 2260), with 71 and 83 for Taiwan and 81/82 for Hong Kong and Macao residents. */
    static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("11", "北京"), Map.entry("12", "天津"), Map.entry("13", "河北"), Map.entry("14", "山西"),
            Map.entry("15", "内蒙古"), Map.entry("21", "辽宁"), Map.entry("22", "吉林"), Map.entry("23", "黑龙江"),
            Map.entry("31", "上海"), Map.entry("32", "江苏"), Map.entry("33", "浙江"), Map.entry("34", "安徽"),
            Map.entry("35", "福建"), Map.entry("36", "江西"), Map.entry("37", "山东"), Map.entry("41", "河南"),
            Map.entry("42", "湖北"), Map.entry("43", "湖南"), Map.entry("44", "广东"), Map.entry("45", "广西"),
            Map.entry("46", "海南"), Map.entry("50", "重庆"), Map.entry("51", "四川"), Map.entry("52", "贵州"),
            Map.entry("53", "云南"), Map.entry("54", "西藏"), Map.entry("61", "陕西"), Map.entry("62", "甘肃"),
            Map.entry("63", "青海"), Map.entry("64", "宁夏"), Map.entry("65", "新疆"), Map.entry("71", "台湾"),
            Map.entry("81", "香港"), Map.entry("82", "澳门"), Map.entry("83", "台湾"));

    private ChineseResidentIds() {
    }

    /** Reads {@code raw} (spaces are ignored, a lower-case x is taken as X) as of {@code today}. */
    public static IdNumberReading read(String raw, LocalDate today) {
        String number = IdNumbers.withoutSpaces(raw).toUpperCase(Locale.ROOT);
        if (number.length() == 15 && number.chars().allMatch(c -> IdNumbers.isAsciiDigit((char) c))) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.firstGeneration");
        }
        if (number.length() != LENGTH) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.length", String.valueOf(number.length()));
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!IdNumbers.isAsciiDigit(number.charAt(i))) {
                return IdNumberReading.invalid(number, "persons.idcheck.notDigit", String.valueOf(i + 1),
                        String.valueOf(number.charAt(i)));
            }
        }
        char given = number.charAt(LENGTH - 1);
        if (!IdNumbers.isAsciiDigit(given) && given != 'X') {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.checkCharacterForm", String.valueOf(given));
        }
        String province = number.substring(0, 2);
        if (!PROVINCES.containsKey(province)) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.province", province);
        }
        String digits = number.substring(6, 14);
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        if (month < 1 || month > 12) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.month", digits.substring(4, 6));
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.day", digits.substring(6, 8), yearMonth.toString(),
                    String.valueOf(yearMonth.lengthOfMonth()));
        }
        LocalDate born = LocalDate.of(year, month, day);
        if (born.isAfter(today)) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.dateFuture", born.toString());
        }
        if (born.getYear() < today.getYear() - VietnameseCitizenIds.OLDEST_AGE) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.dateTooOld", born.toString());
        }
        char expected = checkCharacter(number.substring(0, LENGTH - 1));
        if (given != expected) {
            return IdNumberReading.invalid(number, "persons.idcheck.cn.checkCharacter", String.valueOf(expected),
                    String.valueOf(given));
        }
        Sex sex = (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return IdNumberReading.valid(number, BirthDate.of(born), sex, number.substring(0, 6), PROVINCES.get(province));
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
