package org.liaison.persons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.persons.BirthDate;
import org.liaison.persons.DocumentType;
import org.liaison.persons.Sex;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Identity numbers as officers type them: valid Vietnamese citizen IDs and Chinese resident IDs (invented, with
 * correct check characters) are read for what they encode; invalid ones are refused with the position and the
 * reason, in the reader's language; what a valid number encodes is compared with the record it is on.
 */
class IdNumbersTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages/persons");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static String english(IdNumberReading reading) {
        return MESSAGES.getMessage(reading.problem().orElseThrow(), Locale.ENGLISH);
    }

    static String text(Explanation e, Locale locale) {
        return MESSAGES.getMessage(e, locale);
    }

    // --- Vietnamese citizen ID (CCCD) ---

    @Test
    void readsProvinceCenturySexAndBirthYearFromACitizenId() {
        // 004 Cao Bằng, 1 = woman born in the 20th century, 88 = 1988
        IdNumberReading r = VietnameseCitizenIds.read("004188012345", TODAY);

        assertThat(r.isValid()).isTrue();
        assertThat(r.regionName()).isEqualTo("Cao Bằng");
        assertThat(r.sex()).isEqualTo(Sex.FEMALE);
        assertThat(r.birth()).isEqualTo(BirthDate.year(1988));
    }

    @ParameterizedTest
    @CsvSource({
            "020079004321, 020, MALE, 1979",   // Lạng Sơn, 0 = man, 20th century
            "001205000001, 001, MALE, 2005",   // Hà Nội, 2 = man, 21st century
            "079303123456, 079, FEMALE, 2003", // Hồ Chí Minh, 3 = woman, 21st century
    })
    void theFourthDigitGivesCenturyAndSex(String number, String province, Sex sex, int year) {
        IdNumberReading r = VietnameseCitizenIds.read(number, TODAY);

        assertThat(r.regionCode()).isEqualTo(province);
        assertThat(r.sex()).isEqualTo(sex);
        assertThat(r.birth().year()).isEqualTo(year);
    }

    @Test
    void spacesAsOnTheCardAreIgnored() {
        assertThat(VietnameseCitizenIds.read(" 004 188 012 345 ", TODAY).number()).isEqualTo("004188012345");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            00418801234     | A Vietnamese citizen ID has 12 digits; this one has 11.
            0041880123456   | A Vietnamese citizen ID has 12 digits; this one has 13.
            0041880I2345    | Character 8 is “I”; only digits belong there.
            003188012345    | Digits 1–3 are 003, which is no Vietnamese province code (Cao Bằng is 004).
            004430012345    | Digit 4 (4) and digits 5–6 (30) give the birth year 2130, which is in the future.
            004226012345    | Digit 4 (2) and digits 5–6 (26) give the birth year 2026, which is in the future.
            004888012345    | Digit 4 (8) and digits 5–6 (88) give the birth year 1888, more than 130 years ago.
            """)
    void refusesAnInvalidCitizenIdSayingWhichDigitAndWhy(String number, String explanation) {
        IdNumberReading r = VietnameseCitizenIds.read(number, TODAY);

        assertThat(r.isValid()).isFalse();
        assertThat(english(r)).isEqualTo(explanation);
    }

    // --- Chinese resident ID ---

    @Test
    void readsAreaBirthDateAndSexFromAResidentId() {
        // 450102 Nanning (Guangxi), born 1985-03-14, sequence 123: odd, a man; check character 4
        IdNumberReading r = ChineseResidentIds.read("450102198503141234", TODAY);

        assertThat(r.isValid()).isTrue();
        assertThat(r.regionCode()).isEqualTo("450102");
        assertThat(r.regionName()).isEqualTo("广西");
        assertThat(r.birth()).isEqualTo(BirthDate.of(LocalDate.of(1985, 3, 14)));
        assertThat(r.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void acceptsTheCheckCharacterXInEitherCase() {
        // sequence 104: even, a woman; the check sum leaves 2, written X
        assertThat(ChineseResidentIds.read("45010219850314104X", TODAY).sex()).isEqualTo(Sex.FEMALE);
        IdNumberReading lower = ChineseResidentIds.read("45010219850314104x", TODAY);
        assertThat(lower.isValid()).isTrue();
        assertThat(lower.number()).isEqualTo("45010219850314104X");
        // the example number of the standard itself, GB 11643-1999
        assertThat(ChineseResidentIds.read("11010519491231002X", TODAY).isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            450102198503141233  | The check character (character 18) should be 4, is 3: a digit was mistyped or two digits swapped.
            450102198503141043  | The check character (character 18) should be X, is 3: a digit was mistyped or two digits swapped.
            450102198503141A34  | Character 16 is “A”; only digits belong there.
            45010219850314123Y  | Character 18 is “Y”; the check character is a digit or X.
            45010219850314123   | A Chinese resident ID has 18 characters; this one has 17.
            450102850314123     | This is a 15-digit first-generation ID number; enter the 18-character number.
            990102198503141234  | Digits 1–2 are 99, which is no Chinese province code (Guangxi is 45).
            450102198513141234  | Digits 11–12 give the birth month 13; a month is 01 to 12.
            450102200502290019  | Digits 13–14 give the birth day 29, but 2005-02 has 28 days.
            450102203001011234  | Digits 7–14 give the birth date 2030-01-01, which is in the future.
            450102188001011234  | Digits 7–14 give the birth date 1880-01-01, more than 130 years ago.
            """)
    void refusesAnInvalidResidentIdSayingWhichCharacterAndWhy(String number, String explanation) {
        IdNumberReading r = ChineseResidentIds.read(number, TODAY);

        assertThat(r.isValid()).isFalse();
        assertThat(english(r)).isEqualTo(explanation);
    }

    @Test
    void explainsAWrongCheckCharacterInVietnameseAndChineseToo() {
        IdNumberReading r = ChineseResidentIds.read("450102198503141043", TODAY);

        assertThat(text(r.problem().orElseThrow(), Locale.forLanguageTag("vi")))
                .isEqualTo("Ký tự kiểm tra (ký tự thứ 18) phải là X, nhưng là 3: có chữ số bị gõ sai hoặc bị đảo chỗ.");
        assertThat(text(r.problem().orElseThrow(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("校验码（第 18 位）应为 X，实为 3：有数字输错或相邻数字颠倒。");
    }

    /** Any single mistyped digit changes the MOD 11-2 check character, so the typo is caught. */
    @Test
    void catchesEverySingleDigitTypoInARandomValidNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int round = 0; round < 200; round++) {
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
            String first17 = "450681" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String valid = first17 + ChineseResidentIds.checkCharacter(first17);
            assertThat(ChineseResidentIds.read(valid, TODAY).isValid()).as(valid).isTrue();

            int at = random.nextInt(17);
            char digit = valid.charAt(at);
            char other = (char) ('0' + (digit - '0' + 1 + random.nextInt(9)) % 10);
            String typo = valid.substring(0, at) + other + valid.substring(at + 1);
            assertThat(ChineseResidentIds.read(typo, TODAY).isValid()).as("typo %s of %s", typo, valid).isFalse();
        }
    }

    // --- passports ---

    @Test
    void passportNumbersAreFreeFormatLettersAndDigits() {
        assertThat(IdNumbers.read(DocumentType.PASSPORT, "c 4821907", TODAY).number()).isEqualTo("C4821907");
        assertThat(english(IdNumbers.read(DocumentType.PASSPORT, "C48-21907", TODAY)))
                .isEqualTo("Character 4 is “-”; a passport number has letters and digits only.");
        assertThat(english(IdNumbers.read(DocumentType.PASSPORT, "C4", TODAY)))
                .isEqualTo("A passport number has 3 to 20 letters and digits; this one has 2.");
    }

    // --- what a valid number says against the record ---

    @Test
    void aResidentIdThatAgreesWithTheRecordRaisesNothing() {
        IdNumberReading r = ChineseResidentIds.read("450102198503141234", TODAY);

        assertThat(IdNumbers.conflicts(DocumentType.CN_RESIDENT_ID, r, BirthDate.of(LocalDate.of(1985, 3, 14)),
                Sex.MALE, "CHN")).isEmpty();
        // a record that knows less agrees as long as what it knows fits
        assertThat(IdNumbers.conflicts(DocumentType.CN_RESIDENT_ID, r, BirthDate.year(1985), Sex.UNKNOWN, null)).isEmpty();
        assertThat(IdNumbers.conflicts(DocumentType.CN_RESIDENT_ID, r, BirthDate.about(1987), Sex.MALE, "CHN")).isEmpty();
    }

    @Test
    void showsWhereAResidentIdDisagreesWithTheRecord() {
        IdNumberReading r = ChineseResidentIds.read("450102198311052034", TODAY);

        List<Explanation> conflicts = IdNumbers.conflicts(DocumentType.CN_RESIDENT_ID, r,
                BirthDate.of(java.time.YearMonth.of(1983, 12)), Sex.FEMALE, "VNM");

        assertThat(conflicts).extracting(c -> text(c, Locale.ENGLISH)).containsExactly(
                "The number encodes Male; the record says Female.",
                "The number encodes birth 1983-11-05; the record says 1983-12.",
                "This is a Chinese resident ID, but the record’s nationality is VNM.");
        assertThat(conflicts).extracting(c -> text(c, Locale.forLanguageTag("vi"))).first()
                .isEqualTo("Số giấy tờ ghi giới tính Nam; hồ sơ ghi Nữ.");
    }

    @Test
    void aCitizenIdGivesOnlyTheYearSoOnlyTheYearIsCompared() {
        IdNumberReading r = VietnameseCitizenIds.read("004188012345", TODAY);

        assertThat(IdNumbers.conflicts(DocumentType.VN_CITIZEN_ID, r, BirthDate.of(LocalDate.of(1988, 5, 12)),
                Sex.FEMALE, "VNM")).isEmpty();
        assertThat(IdNumbers.conflicts(DocumentType.VN_CITIZEN_ID, r, BirthDate.about(1990), Sex.FEMALE, "VNM")).isEmpty();
        assertThat(IdNumbers.conflicts(DocumentType.VN_CITIZEN_ID, r, BirthDate.about(1991), Sex.FEMALE, "VNM"))
                .extracting(c -> text(c, Locale.ENGLISH))
                .containsExactly("The number encodes birth 1988; the record says about 1991.");
    }

    @Test
    void anInvalidNumberIsExplainedNotComparedAgain() {
        IdNumberReading r = ChineseResidentIds.read("450102198503141233", TODAY);

        assertThat(IdNumbers.conflicts(DocumentType.CN_RESIDENT_ID, r, BirthDate.year(1970), Sex.FEMALE, "VNM")).isEmpty();
    }
}
