package org.liaison.persons.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;

/**
 * The demo's person records and wanted notices. The people are invented (real software does not ship real
 * people's names as test data); their identity numbers are made up to the real formats, with valid check
 * characters. Ids are fixed so the copy of a notice on the partner node has the issuer's ids, as if it had been
 * shared before.
 */
final class DemoPersons {

    private DemoPersons() {
    }

    /** @param recordedOn when the record was entered, for the old ones due for retention review; null for today */
    record PersonSeed(String key, String agency, List<PersonDraft.Name> names, String sex, PersonDraft.Birth birth,
                      String nationality, List<PersonDraft.Document> documents, LocalDate recordedOn) {

        PersonSeed(String key, String agency, List<PersonDraft.Name> names, String sex, PersonDraft.Birth birth,
                   String nationality, List<PersonDraft.Document> documents) {
            this(key, agency, names, sex, birth, nationality, documents, null);
        }

        PersonId id() {
            return new PersonId(uuid("person:" + key));
        }

        PersonDraft draft() {
            return new PersonDraft(names, sex, birth, nationality, documents);
        }
    }

    /**
     * @param sharedWith the partner that already holds a copy, or null when the notice is still the issuer's alone
     * @param daysAgo    when it was issued
     */
    record NoticeSeed(String key, String personKey, String charges, String crimeArea, String issuingAuthority,
                      String warrantReference, String dangerWarnings, String handlingCode, String status,
                      String statusReason, String sharedWith, int daysAgo, int closedDaysAgo) {

        /** A notice closed, if at all, a third of its age ago. */
        NoticeSeed(String key, String personKey, String charges, String crimeArea, String issuingAuthority,
                   String warrantReference, String dangerWarnings, String handlingCode, String status,
                   String statusReason, String sharedWith, int daysAgo) {
            this(key, personKey, charges, crimeArea, issuingAuthority, warrantReference, dangerWarnings, handlingCode,
                    status, statusReason, sharedWith, daysAgo, daysAgo / 3);
        }

        WantedNoticeId id() {
            return new WantedNoticeId(uuid("notice:" + key));
        }
    }

    /**
     * Days since the last {@code day} before today: the demo's handovers happened on fixed days of the year (the
     * model case on 20 September), and the notices they executed close on those days. The handovers module
     * counts from the same days.
     */
    static int daysSinceLast(MonthDay day) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate last = day.atYear(today.getYear());
        if (!last.isBefore(today)) {
            last = last.minusYears(1);
        }
        return (int) ChronoUnit.DAYS.between(last, today);
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static PersonDraft.Name name(String text, String script, String kind) {
        return new PersonDraft.Name(text, script, kind);
    }

    private static PersonDraft.Document doc(String type, String number, String country) {
        return new PersonDraft.Document(type, number, country);
    }

    static final List<PersonSeed> PERSONS = List.of(
            // Cao Bang's records
            new PersonSeed("vn-mai", "VN-CB", List.of(
                    name("Hoàng Thị Mai", "VIETNAMESE", "PRIMARY"),
                    name("HOANG THI MAI", "LATIN", "AS_ON_DOCUMENT"),
                    name("黄氏梅", "HAN", "ALIAS")),
                    "FEMALE", new PersonDraft.Birth("FULL", 1988, 5, 12), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "004188012345", null))),
            new PersonSeed("vn-duc", "VN-CB", List.of(
                    name("Lương Văn Đức", "VIETNAMESE", "PRIMARY"),
                    name("LUONG VAN DUC", "LATIN", "AS_ON_DOCUMENT"),
                    name("Đức Béo", "VIETNAMESE", "ALIAS"),
                    name("梁文德", "HAN", "ALIAS")),
                    "MALE", new PersonDraft.Birth("YEAR", 1979, null, null), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "020079004321", null), doc("PASSPORT", "C4821907", "VNM"))),
            new PersonSeed("vn-tuan", "VN-CB", List.of(
                    name("Nông Văn Tuấn", "VIETNAMESE", "PRIMARY"),
                    name("Tuấn Còi", "VIETNAMESE", "ALIAS")),
                    "MALE", new PersonDraft.Birth("APPROXIMATE_YEAR", 1990, null, null), "VNM", List.of()),
            // a Chinese national in Cao Bang's records; the month of birth noted by the border post disagrees
            // with the resident ID, which the record page shows
            new PersonSeed("vn-luo", "VN-CB", List.of(
                    name("罗振邦", "HAN", "PRIMARY"),
                    name("Luó Zhènbāng", "PINYIN", "PRIMARY"),
                    name("La Chấn Bang", "VIETNAMESE", "ALIAS")),
                    "MALE", new PersonDraft.Birth("YEAR_MONTH", 1983, 12, null), "CHN",
                    List.of(doc("CN_RESIDENT_ID", "450102198311052034", null))),
            // a Chinese national working at a Hà Quảng mine, noted by the border post only under the Vietnamese
            // reading of his name: the screening finds him behind Guangxi's notice for 农志强
            new PersonSeed("vn-cuong", "VN-CB", List.of(
                    name("Nông Chí Cường", "VIETNAMESE", "PRIMARY")),
                    "MALE", new PersonDraft.Birth("YEAR", 1984, null, null), "CHN", List.of()),
            // a namesake of the alias on Guangxi's notice for 覃海生 (Đàm Hải Sinh), a generation older: a hit an
            // officer dismissed
            new PersonSeed("vn-dam", "VN-CB", List.of(
                    name("Đàm Hải Sinh", "VIETNAMESE", "PRIMARY"),
                    name("DAM HAI SINH", "LATIN", "AS_ON_DOCUMENT")),
                    "MALE", new PersonDraft.Birth("FULL", 1961, 2, 14), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "004061003827", null))),
            new PersonSeed("vn-trieu", "VN-CB", List.of(
                    name("Triệu Văn Hùng", "VIETNAMESE", "PRIMARY"),
                    name("TRIEU VAN HUNG", "LATIN", "AS_ON_DOCUMENT")),
                    "MALE", new PersonDraft.Birth("YEAR", 1987, null, null), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "004087006152", null))),
            // Guangxi's records
            new PersonSeed("cn-qin", "CN-GX", List.of(
                    name("覃海生", "HAN", "PRIMARY"),
                    name("Qín Hǎishēng", "PINYIN", "PRIMARY"),
                    name("QIN HAISHENG", "LATIN", "AS_ON_DOCUMENT"),
                    name("Đàm Hải Sinh", "VIETNAMESE", "ALIAS")),
                    "MALE", new PersonDraft.Birth("FULL", 1986, 7, 21), "CHN",
                    List.of(doc("CN_RESIDENT_ID", "450681198607211017", null))),
            new PersonSeed("cn-liang", "CN-GX", List.of(
                    name("梁秀芬", "HAN", "PRIMARY"),
                    name("Liáng Xiùfēn", "PINYIN", "PRIMARY"),
                    name("Lương Tú Phân", "VIETNAMESE", "ALIAS")),
                    "FEMALE", new PersonDraft.Birth("YEAR", 1992, null, null), "CHN",
                    List.of(doc("CN_RESIDENT_ID", "450603199208070021", null), doc("PASSPORT", "E58120347", "CHN"))),
            // a Vietnamese national in Guangxi's records
            new PersonSeed("cn-son", "CN-GX", List.of(
                    name("Nguyễn Văn Sơn", "VIETNAMESE", "PRIMARY"),
                    name("NGUYEN VAN SON", "LATIN", "AS_ON_DOCUMENT"),
                    name("阮文山", "HAN", "ALIAS")),
                    "MALE", new PersonDraft.Birth("YEAR", 1990, null, null), "VNM",
                    List.of(doc("PASSPORT", "C7304518", "VNM"))),
            // the people of the demo's completed handovers (see the handovers module's demo)
            new PersonSeed("vn-huyen", "VN-CB", List.of(
                    name("Đàm Thị Huyền", "VIETNAMESE", "PRIMARY"),
                    name("DAM THI HUYEN", "LATIN", "AS_ON_DOCUMENT"),
                    name("谭氏玄", "HAN", "ALIAS")),
                    "FEMALE", new PersonDraft.Birth("YEAR", 1979, null, null), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "020179003518", null))),
            new PersonSeed("vn-khanh", "VN-CB", List.of(
                    name("Triệu Văn Khánh", "VIETNAMESE", "PRIMARY"),
                    name("TRIEU VAN KHANH", "LATIN", "AS_ON_DOCUMENT"),
                    name("赵文庆", "HAN", "ALIAS")),
                    "MALE", new PersonDraft.Birth("YEAR", 1984, null, null), "VNM",
                    List.of(doc("VN_CITIZEN_ID", "004084006127", null))),
            new PersonSeed("cn-wei", "CN-GX", List.of(
                    name("韦国栋", "HAN", "PRIMARY"),
                    name("Wéi Guódòng", "PINYIN", "PRIMARY"),
                    name("WEI GUODONG", "LATIN", "AS_ON_DOCUMENT"),
                    name("Vi Quốc Đống", "VIETNAMESE", "ALIAS")),
                    "MALE", new PersonDraft.Birth("FULL", 1982, 3, 14), "CHN",
                    List.of(doc("CN_RESIDENT_ID", "450103198203140033", null))),
            new PersonSeed("cn-nong", "CN-GX", List.of(
                    name("农志强", "HAN", "PRIMARY"),
                    name("Nóng Zhìqiáng", "PINYIN", "PRIMARY")),
                    "MALE", new PersonDraft.Birth("FULL", 1984, 3, 9), "CHN",
                    List.of(doc("CN_RESIDENT_ID", "451481198403091359", null))),
            // Vietnamese nationals in Guangxi's records, written in Han characters as Chinese police write them:
            // the screening finds them behind Cao Bang's notices for Hoàng Thị Mai and Triệu Văn Hùng
            new PersonSeed("cn-huang", "CN-GX", List.of(
                    name("黄氏梅", "HAN", "PRIMARY")),
                    "FEMALE", new PersonDraft.Birth("FULL", 1988, 5, 12), "VNM", List.of()),
            new PersonSeed("cn-zhao", "CN-GX", List.of(
                    name("赵文雄", "HAN", "PRIMARY")),
                    "MALE", new PersonDraft.Birth("YEAR", 1987, null, null), "VNM", List.of()),
            // old records for the retention page: each node has a notice from 2022 due for its three-yearly review
            // and a record entered in 2020 that nothing uses any more, due for review after five years
            new PersonSeed("vn-ninh", "VN-CB", List.of(
                    name("Nịnh Văn Thắng", "VIETNAMESE", "PRIMARY"),
                    name("NINH VAN THANG", "LATIN", "AS_ON_DOCUMENT")),
                    "MALE", new PersonDraft.Birth("YEAR", 1976, null, null), "VNM", List.of(),
                    LocalDate.of(2022, 10, 14)),
            new PersonSeed("vn-sam", "VN-CB", List.of(
                    name("Sầm Thị Lý", "VIETNAMESE", "PRIMARY"),
                    name("SAM THI LY", "LATIN", "AS_ON_DOCUMENT")),
                    "FEMALE", new PersonDraft.Birth("YEAR", 1968, null, null), "VNM", List.of(),
                    LocalDate.of(2020, 3, 9)),
            // the same name as Guangxi's 陆永福 read in Hán-Việt, born twenty years later: a hit Cao Bang dismissed
            new PersonSeed("vn-luc", "VN-CB", List.of(
                    name("Lục Vĩnh Phúc", "VIETNAMESE", "PRIMARY"),
                    name("LUC VINH PHUC", "LATIN", "AS_ON_DOCUMENT")),
                    "MALE", new PersonDraft.Birth("YEAR", 1991, null, null), "VNM", List.of(),
                    LocalDate.of(2024, 5, 20)),
            new PersonSeed("cn-lu", "CN-GX", List.of(
                    name("陆永福", "HAN", "PRIMARY"),
                    name("Lù Yǒngfú", "PINYIN", "PRIMARY")),
                    "MALE", new PersonDraft.Birth("YEAR", 1972, null, null), "CHN", List.of(),
                    LocalDate.of(2022, 6, 8)),
            new PersonSeed("cn-mo", "CN-GX", List.of(
                    name("莫秀兰", "HAN", "PRIMARY"),
                    name("Mò Xiùlán", "PINYIN", "PRIMARY")),
                    "FEMALE", new PersonDraft.Birth("YEAR", 1965, null, null), "CHN", List.of(),
                    LocalDate.of(2019, 11, 2)));

    static final List<NoticeSeed> NOTICES = List.of(
            new NoticeSeed("vn-mai-drugs", "vn-mai",
                    "Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự); bỏ trốn sang Quảng Tây.",
                    "DRUGS", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "18/QĐ-CSĐT",
                    "Có thể mang dao; từng chống người thi hành công vụ.", "LAW_ENFORCEMENT_ONLY", "ACTIVE", "",
                    "CN-GX", 40),
            new NoticeSeed("vn-duc-fraud", "vn-duc",
                    "Lừa đảo chiếm đoạt tài sản (Điều 174 Bộ luật Hình sự).",
                    "ECONOMIC_CRIME", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "07/QĐ-CSĐT", "",
                    "NO_ONWARD_SHARING", "ACTIVE", "", null, 12),
            new NoticeSeed("vn-tuan-escape", "vn-tuan",
                    "Trốn khỏi nơi giam giữ (Điều 386 Bộ luật Hình sự).",
                    "FUGITIVE_HUNTING", "Công an huyện Trùng Khánh", "03/QĐ-CSĐT", "",
                    "OWN_AGENCY_ONLY", "EXECUTED", "Đã bắt giữ tại xã Đàm Thủy.", null, 90),
            new NoticeSeed("cn-qin-fraud", "cn-qin",
                    "诈骗罪（《刑法》第二百六十六条），组织跨境电信网络诈骗。",
                    "TELECOM_FRAUD", "广西壮族自治区公安厅刑事侦查总队", "桂公刑捕字〔2025〕第0317号", "",
                    "LAW_ENFORCEMENT_ONLY", "ACTIVE", "", "VN-CB", 25),
            new NoticeSeed("cn-son-trafficking", "cn-son",
                    "拐卖妇女罪（《刑法》第二百四十条）。",
                    "HUMAN_TRAFFICKING", "防城港市公安局", "防公刑捕字〔2025〕第0042号", "曾持刀拒捕。",
                    "NO_ONWARD_SHARING", "ACTIVE", "", null, 8),
            // the model case: on Cao Bang's information Guangxi arrested her in August and handed her over on
            // 20 September
            new NoticeSeed("vn-huyen-drugs", "vn-huyen",
                    "Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự); cư trú tại huyện Tràng Định, tỉnh Lạng Sơn, "
                            + "bỏ trốn sang Quảng Tây.",
                    "DRUGS", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "11/QĐ-CSĐT",
                    "Đối tượng đặc biệt nguy hiểm; có thể chống trả quyết liệt.", "LAW_ENFORCEMENT_ONLY", "EXECUTED",
                    "Quảng Tây bàn giao tại cửa khẩu Tà Lùng ngày 20/9.", "CN-GX",
                    daysSinceLast(MonthDay.of(9, 20)) + 75, daysSinceLast(MonthDay.of(9, 20))),
            new NoticeSeed("vn-khanh-drugs", "vn-khanh",
                    "Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự); đường dây heroin qua biên giới.",
                    "DRUGS", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "29/QĐ-CSĐT", "", "LAW_ENFORCEMENT_ONLY",
                    "EXECUTED", "Quảng Tây bàn giao tại cửa khẩu Hữu Nghị (Bằng Tường).", "CN-GX",
                    daysSinceLast(MonthDay.of(8, 24)) + 60, daysSinceLast(MonthDay.of(8, 24))),
            new NoticeSeed("cn-wei-fraud", "cn-wei",
                    "集资诈骗罪（《刑法》第一百九十二条），潜逃越南。",
                    "ECONOMIC_CRIME", "南宁市公安局", "南公经捕字〔2026〕第0158号", "", "LAW_ENFORCEMENT_ONLY",
                    "EXECUTED", "越方在凭祥友谊关口岸移交。", "VN-CB",
                    daysSinceLast(MonthDay.of(10, 18)) + 50, daysSinceLast(MonthDay.of(10, 18))),
            new NoticeSeed("cn-nong-drugs", "cn-nong",
                    "走私、贩卖毒品罪（《刑法》第三百四十七条），经凭祥口岸运输海洛因。",
                    "DRUGS", "崇左市公安局", "崇公刑捕字〔2025〕第0158号", "",
                    "LAW_ENFORCEMENT_ONLY", "ACTIVE", "", "VN-CB", 6),
            new NoticeSeed("vn-trieu-firearms", "vn-trieu",
                    "Mua bán trái phép vũ khí quân dụng (Điều 304 Bộ luật Hình sự).",
                    "FIREARMS", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "29/QĐ-CSĐT",
                    "Có thể mang súng.", "NO_ONWARD_SHARING", "ACTIVE", "", "CN-GX", 4),
            // issued in 2022 and still in force: due for the three-yearly retention review
            new NoticeSeed("vn-ninh-smuggling", "vn-ninh",
                    "Buôn lậu (Điều 188 Bộ luật Hình sự); vận chuyển hàng cấm qua đường mòn khu vực Trà Lĩnh.",
                    "ECONOMIC_CRIME", "Công an huyện Trùng Khánh", "14/QĐ-CSĐT", "", "OWN_AGENCY_ONLY", "ACTIVE", "",
                    null, daysSince(LocalDate.of(2022, 10, 14))),
            new NoticeSeed("cn-lu-smuggling", "cn-lu",
                    "走私普通货物罪（《刑法》第一百五十三条）。",
                    "ECONOMIC_CRIME", "百色市公安局", "百公刑捕字〔2022〕第0091号", "", "LAW_ENFORCEMENT_ONLY", "ACTIVE", "",
                    "VN-CB", daysSince(LocalDate.of(2022, 6, 8))));

    static int daysSince(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(day, LocalDate.now(ZoneOffset.UTC));
    }

    static PersonSeed person(String key) {
        return PERSONS.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
