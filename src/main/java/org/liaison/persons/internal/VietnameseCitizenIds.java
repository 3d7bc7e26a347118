package org.liaison.persons.internal;

import java.time.LocalDate;
import java.util.Map;
import org.liaison.persons.BirthDate;
import org.liaison.persons.Sex;

/**
 * Reads a Vietnamese 12-digit citizen identity number (CCCD, Circular 07/2016/TT-BCA): digits 1-3 the province
 * of birth registration, digit 4 the century of birth and the sex, digits 5-6 the last two digits of the birth
 * year, digits 7-12 a random number. There is no check digit, so a typo in the last six digits cannot be seen.
 */
public final class VietnameseCitizenIds {

    static final int LENGTH = 12;
    /** Nobody alive was born longer ago than this; a number saying so has a wrong century digit. */
    static final int OLDEST_AGE = 130;

    /** The 63 province codes of the circular (codes issued before the 2025 merger of provinces stay valid). */
    static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("001", "Hà Nội"), Map.entry("002", "Hà Giang"), Map.entry("004", "Cao Bằng"),
            Map.entry("006", "Bắc Kạn"), Map.entry("008", "Tuyên Quang"), Map.entry("010", "Lào Cai"),
            Map.entry("011", "Điện Biên"), Map.entry("012", "Lai Châu"), Map.entry("014", "Sơn La"),
            Map.entry("015", "Yên Bái"), Map.entry("017", "Hòa Bình"), Map.entry("019", "Thái Nguyên"),
            Map.entry("020", "Lạng Sơn"), Map.entry("022", "Quảng Ninh"), Map.entry("024", "Bắc Giang"),
            Map.entry("025", "Phú Thọ"), Map.entry("026", "Vĩnh Phúc"), Map.entry("027", "Bắc Ninh"),
            Map.entry("030", "Hải Dương"), Map.entry("031", "Hải Phòng"), Map.entry("033", "Hưng Yên"),
            Map.entry("034", "Thái Bình"), Map.entry("035", "Hà Nam"), Map.entry("036", "Nam Định"),
            Map.entry("037", "Ninh Bình"), Map.entry("038", "Thanh Hóa"), Map.entry("040", "Nghệ An"),
            Map.entry("042", "Hà Tĩnh"), Map.entry("044", "Quảng Bình"), Map.entry("045", "Quảng Trị"),
            Map.entry("046", "Thừa Thiên Huế"), Map.entry("048", "Đà Nẵng"), Map.entry("049", "Quảng Nam"),
            Map.entry("051", "Quảng Ngãi"), Map.entry("052", "Bình Định"), Map.entry("054", "Phú Yên"),
            Map.entry("056", "Khánh Hòa"), Map.entry("058", "Ninh Thuận"), Map.entry("060", "Bình Thuận"),
            Map.entry("062", "Kon Tum"), Map.entry("064", "Gia Lai"), Map.entry("066", "Đắk Lắk"),
            Map.entry("067", "Đắk Nông"), Map.entry("068", "Lâm Đồng"), Map.entry("070", "Bình Phước"),
            Map.entry("072", "Tây Ninh"), Map.entry("074", "Bình Dương"), Map.entry("075", "Đồng Nai"),
            Map.entry("077", "Bà Rịa - Vũng Tàu"), Map.entry("079", "Hồ Chí Minh"), Map.entry("080", "Long An"),
            Map.entry("082", "Tiền Giang"), Map.entry("083", "Bến Tre"), Map.entry("084", "Trà Vinh"),
            Map.entry("086", "Vĩnh Long"), Map.entry("087", "Đồng Tháp"), Map.entry("089", "An Giang"),
            Map.entry("091", "Kiên Giang"), Map.entry("092", "Cần Thơ"), Map.entry("093", "Hậu Giang"),
            Map.entry("094", "Sóc Trăng"), Map.entry("095", "Bạc Liêu"), Map.entry("096", "Cà Mau"));

    private VietnameseCitizenIds() {
    }

    /** Reads {@code raw} (spaces are ignored) as of {@code today}, which bounds the birth year. */
    public static IdNumberReading read(String raw, LocalDate today) {
        String number = IdNumbers.withoutSpaces(raw);
        if (number.length() != LENGTH) {
            return IdNumberReading.invalid(number, "persons.idcheck.vn.length", String.valueOf(number.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!IdNumbers.isAsciiDigit(number.charAt(i))) {
                return IdNumberReading.invalid(number, "persons.idcheck.notDigit", String.valueOf(i + 1),
                        String.valueOf(number.charAt(i)));
            }
        }
        String province = number.substring(0, 3);
        if (!PROVINCES.containsKey(province)) {
            return IdNumberReading.invalid(number, "persons.idcheck.vn.province", province);
        }
        int code = number.charAt(3) - '0';
        // 0/1: 20th century, 2/3: 21st, 4/5: 22nd, 6/7: 23rd, 8/9: 19th; even male, odd female
        int century = code >= 8 ? 1800 : 1900 + (code / 2) * 100;
        int year = century + Integer.parseInt(number.substring(4, 6));
        Sex sex = code % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        if (year > today.getYear()) {
            return IdNumberReading.invalid(number, "persons.idcheck.vn.yearFuture", String.valueOf(code),
                    number.substring(4, 6), String.valueOf(year));
        }
        if (year < today.getYear() - OLDEST_AGE) {
            return IdNumberReading.invalid(number, "persons.idcheck.vn.yearTooOld", String.valueOf(code),
                    number.substring(4, 6), String.valueOf(year));
        }
        return IdNumberReading.valid(number, BirthDate.year(year), sex, province, PROVINCES.get(province));
    }
}
