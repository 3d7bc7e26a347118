package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The matching rules of issue 4, one behaviour per test, through the public API. */
class NameMatcherTest {

    private final NameMatcher matcher = NameMatcher.standard();

    private NameMatch compare(String a, String b) {
        return matcher.compare(a, b);
    }

    // --- Vietnamese -------------------------------------------------------------------------------------------

    @Test
    void matchesVietnameseWithoutDiacriticsInCapitals() {
        NameMatch m = compare("Đoàn Thị Uyên", "DOAN THI UYEN");
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.explanation()).contains("Đoàn ~ DOAN (without diacritics)");
    }

    @Test
    void scoresExactDiacriticsAboveFolded() {
        double exact = compare("Đoàn Thị Uyên", "Đoàn Thị Uyên").score();
        double folded = compare("Đoàn Thị Uyên", "Doan Thi Uyen").score();
        assertThat(exact).isEqualTo(1.0);
        assertThat(folded).isLessThan(exact).isGreaterThanOrEqualTo(NameMatcher.OPERATING_THRESHOLD);
    }

    @Test
    void foldsDStrokeCaseHyphensAndExtraSpaces() {
        assertThat(compare("  đoàn   thị-uyên ", "DOAN THI UYEN").isCandidate()).isTrue();
        assertThat(compare("Đặng Tiểu Bình", "dang tieu binh").isCandidate()).isTrue();
    }

    @Test
    void ignoresWhereTheToneMarkSitsAndIOrY() {
        assertThat(compare("Trương Hòa Bình", "Trương Hoà Bình").score()).isEqualTo(1.0);
        assertThat(compare("Lý Thường Kiệt", "Lí Thường Kiệt").score()).isEqualTo(1.0);
        assertThat(compare("Lê Quý Đôn", "Lê Quí Đôn").score()).isEqualTo(1.0);
    }

    @Test
    void matchesGivenNamesFirstAndSurnameAfterAComma() {
        assertThat(compare("Nguyễn Phú Trọng", "Phu Trong Nguyen").isCandidate()).isTrue();
        assertThat(compare("Nguyễn Xuân Phúc", "NGUYEN, Xuan Phuc").isCandidate()).isTrue();
    }

    @Test
    void matchesCompoundGivenNameWrittenJoinedOrHyphenated() {
        assertThat(compare("Nguyễn Thị Kim Ngân", "Nguyen Thi Kimngan").isCandidate()).isTrue();
        assertThat(compare("Nguyễn Thị Kim Ngân", "Nguyễn Thị Kim-Ngân").score()).isEqualTo(1.0);
    }

    // --- Chinese ----------------------------------------------------------------------------------------------

    @Test
    void foldsTraditionalToSimplified() {
        NameMatch m = compare("羅琦全", "罗琦全");
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.explanation()).contains("羅 ~ 罗 (traditional/simplified)");
    }

    @Test
    void matchesHanToPinyinWithOrWithoutTones() {
        assertThat(compare("罗琦全", "Luo Qiquan").isCandidate()).isTrue();
        assertThat(compare("罗琦全", "Luó Qíquán").score()).isEqualTo(1.0);
        assertThat(compare("邓小平", "Deng4 Xiao3ping2").score()).isEqualTo(1.0);
    }

    @Test
    void matchesCapitalSurnameHyphenatedGivenNameAndGivenNameFirst() {
        assertThat(compare("罗琦全", "LUO Qi-quan").isCandidate()).isTrue();
        assertThat(compare("Luo Qiquan", "Qiquan LUO").isCandidate()).isTrue();
        assertThat(compare("习近平", "Jinping Xi").isCandidate()).isTrue();
    }

    @Test
    void splitsJoinedPinyinSyllables() {
        NameMatch m = compare("ZHURONGJI", "朱镕基");
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.explanation()).contains("ZHU ~ 朱", "RONG ~ 镕", "JI ~ 基");
    }

    @Test
    void readsPolyphonicSurnamesAsSurnames() {
        assertThat(compare("曾庆红", "Zeng Qinghong").explanation()).contains("曾 ~ Zeng (pinyin zēng)");
        assertThat(compare("单霁翔", "Shan Jixiang").explanation()).contains("单 ~ Shan (pinyin shàn)");
        assertThat(compare("解振华", "Xie Zhenhua").isCandidate()).isTrue();
    }

    // --- across scripts ---------------------------------------------------------------------------------------

    @Test
    void explainsVietnameseToHanThroughHanViet() {
        NameMatch m = compare("Đoàn Thị Uyên", "段氏鸳");
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.evidence()).extracting(Evidence::text)
                .containsExactly("Đoàn ~ 段 (Hán-Việt đoàn)", "Thị ~ 氏 (Hán-Việt thị)", "Uyên ~ 鸳 (Hán-Việt uyên)");
    }

    @Test
    void matchesChineseNameToItsVietnameseMediaRendering() {
        assertThat(compare("罗琦全", "La Kỳ Toàn").score()).isEqualTo(1.0);
        assertThat(compare("习近平", "Tập Cận Bình").score()).isEqualTo(1.0);
        assertThat(compare("诸葛亮", "Gia Cát Lượng").isCandidate()).isTrue();
    }

    @Test
    void linksPinyinAndVietnameseThroughASharedCharacter() {
        NameMatch m = compare("Luo Qiquan", "La Kỳ Toàn");
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.explanation()).contains("Luo ~ La (罗: Hán-Việt la, pinyin luō)");
        assertThat(m.score()).isLessThan(compare("罗琦全", "La Kỳ Toàn").score());
    }

    @Test
    void readsARecordWrittenInTwoScriptsByEither() {
        assertThat(compare("段氏鸳 (Đoàn Thị Uyên)", "DOAN THI UYEN").isCandidate()).isTrue();
        assertThat(compare("罗琦全 Luo Qiquan", "La Kỳ Toàn").isCandidate()).isTrue();
        // the characters decide where both records have them; the pinyin would fit 罗奇全 as well
        assertThat(compare("罗琦全 Luo Qiquan", "罗奇全").isCandidate()).isFalse();
    }

    // --- hard non-matches -------------------------------------------------------------------------------------

    @Test
    void rejectsSameMandarinDifferentHanViet() {
        NameMatch m = compare("阮富仲", "阮富中");
        assertThat(m.isCandidate()).isFalse();
        assertThat(m.explanation()).contains("仲 ≠ 中");
    }

    @Test
    void rejectsVietnameseWhoseSyllableIsNotTheHanVietReading() {
        assertThat(compare("Nguyễn Phú Trọng", "阮富仲").isCandidate()).isTrue();
        assertThat(compare("Nguyễn Phú Trung", "阮富仲").isCandidate()).isFalse();
        assertThat(compare("NGUYEN PHU TRUNG", "阮富仲").isCandidate()).isFalse();
    }

    @Test
    void rejectsSameSurnameAndMiddleNameWithDifferentGivenName() {
        NameMatch m = compare("Nguyễn Văn An", "Nguyễn Văn Anh");
        assertThat(m.isCandidate()).isFalse();
        assertThat(m.explanation()).contains("An ≠ Anh");
        assertThat(compare("NGUYEN VAN AN", "NGUYEN VAN ANH").isCandidate()).isFalse();
    }

    @Test
    void rejectsGivenNamesWhoseDiacriticsDiffer() {
        NameMatch m = compare("Nguyễn Văn An", "Nguyễn Văn Ân");
        assertThat(m.isCandidate()).isFalse();
        assertThat(m.explanation()).contains("An ≠ Ân (diacritics differ)");
    }

    @Test
    void rejectsBrothersSharingSurnameAndGenerationCharacter() {
        assertThat(compare("习近平", "习远平").isCandidate()).isFalse();
        assertThat(compare("Ngô Đình Diệm", "Ngô Đình Nhu").isCandidate()).isFalse();
    }

    @Test
    void rejectsANameWithACharacterMore() {
        NameMatch m = compare("李强", "李克强");
        assertThat(m.isCandidate()).isFalse();
        assertThat(m.explanation()).contains("克: no counterpart");
    }

    @Test
    void doesNotLinkTwoVietnameseNamesThroughRareCharacters() {
        // tâm/tẩm and tan are readings of some rare character each; two unmarked Vietnamese names are not pinyin
        assertThat(compare("Le Van Tam", "Le Van Tan").isCandidate()).isFalse();
    }

    @Test
    void readsALatinNameInOneSystemAgainstHan() {
        // LE as pinyin of 乐 with VAN AN as Hán-Việt would be a reading no one writes
        assertThat(compare("LE VAN AN", "乐文安").isCandidate()).isFalse();
        assertThat(compare("LE VAN AN", "黎文安").isCandidate()).isTrue();
    }

    @Test
    void toleratesHoiNgaSpellingVariants() {
        NameMatch m = compare("Lê Minh Khãi", "黎明凯");
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.explanation()).contains("Khãi ~ 凯 (hỏi/ngã spelling variant, Hán-Việt khải)");
    }

    // --- attributes -------------------------------------------------------------------------------------------

    @Test
    void birthYearAndNationalityAddTheirLines() {
        Identity notice = Identity.named("Đoàn Thị Uyên").bornOn(BirthDate.inYear(1985)).withNationality("VN");
        Identity record = Identity.named("段氏鸳").bornOn(BirthDate.on(LocalDate.of(1985, 3, 2))).withNationality("CN");
        NameMatch m = matcher.compare(notice, record);
        assertThat(m.explanation()).contains("birth year matches (1985)", "nationality differs (VN vs CN)");
        assertThat(m.isCandidate()).isTrue();
    }

    @Test
    void differentSexOrDistantBirthYearLowersTheScore() {
        Identity a = Identity.named("Tô Lâm").withSex(Sex.MALE).bornOn(BirthDate.inYear(1957));
        Identity sameName = Identity.named("TO LAM");
        double nameOnly = matcher.compare(a, sameName).score();
        assertThat(matcher.compare(a, sameName.withSex(Sex.FEMALE)).score()).isLessThan(nameOnly);
        assertThat(matcher.compare(a, sameName.bornOn(BirthDate.inYear(1990))).score()).isLessThan(nameOnly);
        assertThat(matcher.compare(a, sameName.bornOn(BirthDate.aroundYear(1958))).explanation()).contains("birth year close");
    }

    // --- identity document numbers ----------------------------------------------------------------------------

    private static final BirthDate BORN = BirthDate.on(LocalDate.of(1986, 4, 12));

    private static Identity withNumber(String name, IdNumber number) {
        return Identity.named(name).bornOn(BORN).withIdNumbers(java.util.List.of(number));
    }

    @Test
    void theSameIdNumberCarriesANameWithAMisspeltGivenName() {
        IdNumber cccd = new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "004086001234");
        Identity notice = withNumber("Hoàng Văn Thắng", cccd);
        Identity record = withNumber("Hoàng Văn Thăng", IdNumber.read("004 086 001 234"));
        NameMatch m = matcher.compare(notice, record);
        assertThat(m.isCandidate()).isTrue();
        assertThat(m.explanation()).contains("ID number matches (004086001234)");
        assertThat(matcher.compare(notice, record.withIdNumbers(java.util.List.of())).isCandidate()).isFalse();
    }

    @Test
    void aNumberReadWithoutItsTypeMatchesTheDocumentItNames() {
        IdNumber resident = new IdNumber(IdNumber.Type.CN_RESIDENT_ID, "45010219860412001X");
        assertThat(IdNumber.read("450102 19860412 001x")).isEqualTo(resident);
        IdNumber fromFile = IdNumber.read("E12345678");
        assertThat(fromFile.type()).isEqualTo(IdNumber.Type.UNKNOWN);
        assertThat(matcher.compare(withNumber("黄志强", new IdNumber(IdNumber.Type.PASSPORT, "E12345678")),
                withNumber("Huang Zhiqiang", fromFile)).explanation()).contains("ID number matches");
    }

    @Test
    void differentLifelongNumbersForOneBirthDateTellTwoPeopleApart() {
        Identity a = withNumber("Nguyễn Văn An", new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001086000111"));
        Identity b = withNumber("Nguyen Van An", new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001086000222"));
        NameMatch m = matcher.compare(a, b);
        assertThat(m.explanation()).contains("ID number differs");
        assertThat(m.isCandidate()).isFalse();
        assertThat(matcher.compare(a, b.withIdNumbers(java.util.List.of())).isCandidate()).isTrue();
    }

    @Test
    void aDifferentPassportOrADifferentBirthDateLeavesTheNumbersAside() {
        Identity a = withNumber("Tô Lâm", new IdNumber(IdNumber.Type.PASSPORT, "B1234567"));
        Identity renewed = withNumber("TO LAM", new IdNumber(IdNumber.Type.PASSPORT, "C7654321"));
        assertThat(matcher.compare(a, renewed).score()).isEqualTo(matcher.compare(a, renewed.withIdNumbers(java.util.List.of())).score());
        Identity c = withNumber("Tô Lâm", new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001057000001"));
        Identity d = withNumber("TO LAM", new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "001057000002")).bornOn(BirthDate.inYear(1986));
        assertThat(matcher.compare(c, d).explanation()).doesNotContain("ID number");
    }

    @Test
    void aSharedNumberDoesNotJoinDifferentNames() {
        IdNumber same = new IdNumber(IdNumber.Type.CN_RESIDENT_ID, "45010219860412001X");
        assertThat(matcher.compare(withNumber("习近平", same), withNumber("李克强", same)).isCandidate()).isFalse();
        assertThat(matcher.compare(withNumber("Nguyễn Văn An", same), withNumber("Trần Thị Mai", same)).isCandidate()).isFalse();
    }

    @Test
    void candidateMeansAtOrAboveTheOperatingThreshold() {
        assertThat(new NameMatch(NameMatcher.OPERATING_THRESHOLD, java.util.List.of()).isCandidate()).isTrue();
        assertThat(new NameMatch(Math.nextDown(NameMatcher.OPERATING_THRESHOLD), java.util.List.of()).isCandidate()).isFalse();
    }

    @Test
    void refusesValuesItCannotCompare() {
        assertThatThrownBy(() -> Identity.named("  ")).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> Identity.named("Tô Lâm").withNationality("Viet Nam")).hasMessageContaining("'VIET NAM'");
        assertThatThrownBy(() -> BirthDate.parse("1985-13")).hasMessageContaining("'1985-13'");
        assertThatThrownBy(() -> BirthDate.parse("31/12/1985")).hasMessageContaining("'31/12/1985'");
        assertThat(BirthDate.parse("~1975")).isEqualTo(BirthDate.aroundYear(1975));
    }
}
