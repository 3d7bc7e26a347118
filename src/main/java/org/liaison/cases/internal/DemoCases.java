package org.liaison.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The demo's joint cases, after the source articles: a drug-trafficking case along Cao Bang's Trung Khanh border
 * district with heroin and methamphetamine seizures (one of Guangxi's proposals accepted, one rejected), the hunt
 * for a drug suspect who fled to Guangxi, Guangxi's human-trafficking case with a proposal of Cao Bang's waiting,
 * and a closed case Cao Bang kept to itself. The people are the demo persons (invented); their names are written
 * here as the holding node sends them, and the seeder checks them against the records there. Ids are fixed, so the
 * partner's copy has the originator's ids.
 */
final class DemoCases {

    private DemoCases() {
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a demo report or request, as the cooperation module's demo seed makes it (same scheme, same key). */
    private static String record(String key) {
        return uuid(key).toString();
    }

    /** A demo person, as the persons module seeds it (same key, so the same id). */
    record Person(String key, String heldBy, String role, String names) {
        UUID id() {
            return uuid("person:" + key);
        }
    }

    record SeizureSeed(String key, String drugType, String quantity, String unit, String place, int seizedDaysAgo,
                       String agency) {
        SeizureDraft draft(LocalDate today) {
            return new SeizureDraft(drugType, quantity, unit, place, today.minusDays(seizedDaysAgo).toString(), agency);
        }
    }

    /** What happened to a case, in order; {@code by} is an officer of the agency that did it. */
    sealed interface Step {
        int daysAgo();

        String by();
    }

    record AddSeizure(int daysAgo, String by, SeizureSeed seizure) implements Step {
    }

    record LinkPerson(int daysAgo, String by, Person person) implements Step {
    }

    record Share(int daysAgo, String by, String agency) implements Step {
    }

    record ProposeSeizure(int daysAgo, String by, String key, SeizureSeed seizure, String note) implements Step {
    }

    record ProposeCore(int daysAgo, String by, String key, CaseDraft draft, String note) implements Step {
    }

    record Decide(int daysAgo, String by, String proposalKey, boolean accept, String reason) implements Step {
    }

    record Edit(int daysAgo, String by, CaseDraft draft) implements Step {
    }

    /** A task of one side; {@code status} OPEN, IN_PROGRESS or DONE. */
    record Task(String agency, String title, String owner, int dueInDays, String status) {
    }

    record Link(String agency, String kind, String reference) {
    }

    record CaseSeed(String key, String agency, String openedBy, int openedDaysAgo, CaseDraft draft, List<Step> steps,
                    List<Task> tasks, List<Link> links) {
        UUID id() {
            return uuid("case:" + key);
        }

        /** The partner the case was shared with, or null. */
        String sharedWith() {
            return steps.stream().filter(Share.class::isInstance).map(s -> ((Share) s).agency()).findFirst().orElse(null);
        }
    }

    static final Person LUO = new Person("vn-luo", "VN-CB", "SUSPECT", "罗振邦 · Luó Zhènbāng · La Chấn Bang");
    static final Person MAI = new Person("vn-mai", "VN-CB", "SUSPECT", "Hoàng Thị Mai · HOANG THI MAI · 黄氏梅");
    static final Person TUAN = new Person("vn-tuan", "VN-CB", "SUSPECT", "Nông Văn Tuấn · Tuấn Còi");
    static final Person SON = new Person("cn-son", "CN-GX", "SUSPECT", "Nguyễn Văn Sơn · NGUYEN VAN SON · 阮文山");
    static final Person LIANG = new Person("cn-liang", "CN-GX", "SUSPECT", "梁秀芬 · Liáng Xiùfēn · Lương Tú Phân");

    private static final List<String> TRUNG_KHANH_UNITS = List.of("VN-CB/CB-PC04", "VN-CB/CB-TK", "CN-GX/GX-JD",
            "CN-GX/GX-DX");
    private static final String TRUNG_KHANH_VI =
            "Chuyên án 612T: đường dây vận chuyển heroin và ma túy tổng hợp qua biên giới huyện Trùng Khánh";
    private static final String TRUNG_KHANH_ZH = "612T专案：经重庆县边境运输海洛因和合成毒品团伙案";
    private static final String TRUNG_KHANH_SUMMARY = "Đường dây do La Chấn Bang cầm đầu đưa heroin từ Quảng Tây qua "
            + "đường mòn xã Đàm Thủy về Cao Bằng và đưa ma túy tổng hợp theo chiều ngược lại. Phòng Cảnh sát điều tra "
            + "tội phạm về ma túy Cao Bằng và Phòng Cảnh sát phòng chống ma túy Quảng Tây trao đổi thông tin qua Văn "
            + "phòng Liên lạc biên giới, phối hợp theo dõi tại huyện Trùng Khánh và huyện Đại Tân.";

    private static final String SON_VI = "Vụ Nguyễn Văn Sơn và đồng bọn mua bán phụ nữ Việt Nam sang Quảng Tây";
    private static final String SON_ZH = "阮文山等人拐卖越南籍妇女案";
    private static final String SON_SUMMARY = "防城港市公安局侦办的拐卖妇女案：犯罪嫌疑人阮文山伙同梁秀芬，以介绍工作为名将"
            + "越南籍妇女经边境小道带入广西。请越方协助核实被拐妇女身份并查找在越同伙。";
    private static final String TUAN_VI = "Truy bắt Nông Văn Tuấn trốn khỏi nơi giam giữ";
    private static final String TUAN_ZH = "追捕脱逃人员侬文俊";
    private static final String TUAN_SUMMARY =
            "Nông Văn Tuấn trốn khỏi nhà tạm giữ Công an huyện Trùng Khánh. Đã bắt giữ tại xã Đàm Thủy.";

    static final List<CaseSeed> CASES = List.of(
            new CaseSeed("trung-khanh-drugs", "VN-CB", "cb.officer", 60,
                    new CaseDraft("DRUGS", TRUNG_KHANH_VI, TRUNG_KHANH_ZH, TRUNG_KHANH_SUMMARY, null, TRUNG_KHANH_UNITS),
                    List.of(
                            new AddSeizure(58, "cb.officer", new SeizureSeed("tk-heroin", "HEROIN", "1.2", "KG",
                                    "Xã Đàm Thủy, huyện Trùng Khánh, Cao Bằng", 58, "VN-CB")),
                            new LinkPerson(57, "cb.officer", LUO),
                            new LinkPerson(57, "cb.officer", MAI),
                            new Share(55, "cb.supervisor", "CN-GX"),
                            new ProposeSeizure(31, "gx.officer", "tk-tablets", new SeizureSeed("tk-tablets",
                                    "METHAMPHETAMINE_TABLETS", "6000", "TABLETS", "广西大新县硕龙镇", 32, "CN-GX"),
                                    "大新县公安局在硕龙镇查获麻古6000粒，经查与本案团伙有关。"),
                            new Decide(30, "cb.supervisor", "tk-tablets", true, ""),
                            new ProposeCore(20, "gx.officer", "tk-longzhou", new CaseDraft("DRUGS", TRUNG_KHANH_VI,
                                    TRUNG_KHANH_ZH, TRUNG_KHANH_SUMMARY, "OPEN",
                                    List.of("VN-CB/CB-PC04", "VN-CB/CB-TK", "CN-GX/GX-JD", "CN-GX/GX-DX", "CN-GX/GX-LZ")),
                                    "线人反映该团伙在龙州县设有中转仓库，建议龙州县公安局参与。"),
                            new Decide(18, "cb.supervisor", "tk-longzhou", false,
                                    "Chưa có căn cứ cho thấy đường dây hoạt động tại huyện Long Châu; đề nghị bổ sung "
                                            + "khi có kết quả xác minh."),
                            new AddSeizure(12, "cb.officer", new SeizureSeed("tk-ice", "CRYSTAL_METHAMPHETAMINE", "850",
                                    "G", "Cửa khẩu quốc tế Trà Lĩnh, Cao Bằng", 12, "VN-CB"))),
                    List.of(new Task("VN-CB", "Xác minh các tài khoản nhận tiền của đường dây", "cb.officer", 7,
                                    "IN_PROGRESS"),
                            new Task("VN-CB", "Tổng hợp kết quả giám định mẫu heroin và ma túy đá thu giữ",
                                    "cb.supervisor", 14, "OPEN"),
                            new Task("CN-GX", "核查大新县硕龙镇落脚点及接应人员", "gx.officer", 10, "OPEN")),
                    List.of(new Link("VN-CB", "REPORT", record("report:vn-route-tra-linh")),
                            new Link("VN-CB", "REQUEST", record("request:vn-info-ta-lung")),
                            new Link("CN-GX", "REQUEST", record("request:vn-info-ta-lung")))),
            new CaseSeed("mai-fugitive", "VN-CB", "cb.officer", 38,
                    new CaseDraft("FUGITIVE_HUNTING", "Truy bắt Hoàng Thị Mai, đối tượng mua bán ma túy bỏ trốn sang Quảng Tây",
                            "追捕涉毒潜逃人员黄氏梅（已逃往广西）",
                            "Hoàng Thị Mai bị truy nã theo quyết định số 18/QĐ-CSĐT về tội mua bán trái phép chất ma túy, "
                                    + "đã bỏ trốn qua biên giới sang Quảng Tây. Đề nghị phía Quảng Tây xác minh nơi ở, "
                                    + "bắt giữ và bàn giao tại cửa khẩu Tà Lùng – Thủy Khẩu.",
                            null, List.of("VN-CB/CB-BLO", "VN-CB/CB-CSDT", "CN-GX/GX-BLO", "CN-GX/GX-LZ")),
                    List.of(new LinkPerson(38, "cb.officer", MAI), new Share(37, "cb.officer", "CN-GX")),
                    List.of(new Task("VN-CB", "Chuẩn bị hồ sơ bàn giao tại cửa khẩu Tà Lùng", "cb.officer", 20, "OPEN"),
                            new Task("CN-GX", "在龙州县核查黄氏梅落脚点", "gx.officer", 5, "IN_PROGRESS")),
                    List.of()),
            new CaseSeed("son-trafficking", "CN-GX", "gx.officer", 20,
                    new CaseDraft("HUMAN_TRAFFICKING", SON_VI, SON_ZH, SON_SUMMARY,
                            null, List.of("CN-GX/GX-PSB", "CN-GX/GX-BLO", "VN-CB/CB-BLO")),
                    List.of(new LinkPerson(20, "gx.officer", SON), new LinkPerson(20, "gx.officer", LIANG),
                            new Share(19, "gx.supervisor", "VN-CB"),
                            new ProposeCore(3, "cb.officer", "son-ha-lang", new CaseDraft("HUMAN_TRAFFICKING", SON_VI, SON_ZH, SON_SUMMARY,
                                    "OPEN", List.of("CN-GX/GX-PSB", "CN-GX/GX-BLO", "VN-CB/CB-BLO", "VN-CB/CB-HL")),
                                    "Công an huyện Hạ Lang đã tiếp nhận trình báo của gia đình một nạn nhân; đề nghị "
                                            + "đưa đơn vị này vào chuyên án.")),
                    List.of(new Task("CN-GX", "整理被拐妇女名单并提交越方核实", "gx.officer", 4, "OPEN"),
                            new Task("VN-CB", "Xác minh danh tính các nạn nhân qua Công an xã", "cb.officer", 9, "OPEN")),
                    List.of(new Link("CN-GX", "REQUEST", record("request:cn-verify-son")))),
            new CaseSeed("tuan-escape", "VN-CB", "cb.supervisor", 95,
                    new CaseDraft("FUGITIVE_HUNTING", TUAN_VI, TUAN_ZH, TUAN_SUMMARY, null, List.of("VN-CB/CB-TK")),
                    List.of(new LinkPerson(95, "cb.supervisor", TUAN),
                            new Edit(30, "cb.supervisor", new CaseDraft("FUGITIVE_HUNTING", TUAN_VI,
                                    TUAN_ZH, TUAN_SUMMARY, "CLOSED", List.of("VN-CB/CB-TK")))),
                    List.of(), List.of()));
}
