package org.liaison.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The demo's reports and requests between Cao Bang's and Guangxi's counterpart divisions and border districts,
 * after the source articles: drug routes near the border districts and gates, a fugitive sought in Guangxi, a
 * telecom-fraud suspect, an identity check, one request overdue and one declined. Officers who are not demo users
 * have invented names. Ids are fixed, so each node's copy of a shared item has the sender's ids.
 */
final class DemoCooperation {

    private DemoCooperation() {
    }

    /** The demo supervisor who assigns and passes on items on each node. */
    static String supervisor(String agency) {
        return agency.equals("VN-CB") ? "cb.supervisor" : "gx.supervisor";
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A person as the sender's record shows them (the persons module's demo records). */
    record Person(String key, String label) {
        UUID id() {
            return uuid("person:" + key);
        }
    }

    static final Person MAI = new Person("vn-mai", "Hoàng Thị Mai / HOANG THI MAI / 黄氏梅 · 1988-05-12 · VNM");
    static final Person TUAN = new Person("vn-tuan", "Nông Văn Tuấn / Tuấn Còi · ~1990 · VNM");
    static final Person QIN = new Person("cn-qin", "覃海生 / Qín Hǎishēng / QIN HAISHENG / Đàm Hải Sinh · 1986-07-21 · CHN");
    static final Person SON = new Person("cn-son", "Nguyễn Văn Sơn / NGUYEN VAN SON / 阮文山 · 1990 · VNM");

    /**
     * @param daysAgo  when it was sent; {@code lang} is the writer's language
     * @param forwards units ({@code AGENCY:CODE}) each side passed the report on to, on its own node
     */
    record ReportSeed(String key, String from, String fromUnit, String to, String toUnit, String author, String by,
                      String lang, Drafts.Report draft, List<Person> persons, double daysAgo, String assignee,
                      List<String> forwards) {
        UUID id() {
            return uuid("report:" + key);
        }
    }

    /** An entry in a thread: who (agency, name) said what, when. */
    record EntrySeed(String key, String agency, String actorName, EntryKind kind, String text, double daysAgo) {
        UUID id() {
            return uuid("entry:" + key);
        }
    }

    /** @param deadlineDays the reply time the request was sent with */
    record RequestSeed(String key, String from, String fromUnit, String to, String toUnit, String author, String by,
                       Drafts.Request draft, List<Person> persons, double daysAgo, double deadlineDays,
                       List<EntrySeed> entries, String assignee) {
        UUID id() {
            return uuid("request:" + key);
        }
    }

    private static Drafts.Report report(String title, String body, String area, String placeUnit, String gate,
                                        String placeText, String reliability, String accuracy, List<String> conditions,
                                        String other) {
        return new Drafts.Report(title, body, area, null, placeUnit, gate, placeText, null, null, reliability, accuracy,
                conditions, other, List.of(), List.of());
    }

    private static Drafts.Request request(String type, String title, String body, String urgency) {
        return new Drafts.Request(type, title, body, null, urgency, null, null, null, List.of(), List.of());
    }

    static final List<ReportSeed> REPORTS = List.of(
            new ReportSeed("vn-route-tra-linh", "VN-CB", "CB-PC04", "CN-GX", "GX-JD", "Nông Thị Hoa", "cb.officer", "vi",
                    report("Tuyến vận chuyển ma túy qua khu vực cửa khẩu Trà Lĩnh",
                            "Nguồn tin cơ sở cho biết một nhóm đối tượng dùng xe tải chở nông sản để vận chuyển ma túy tổng "
                                    + "hợp từ khu vực Long Bang (Tĩnh Tây) sang Trùng Khánh qua đường mòn gần cửa khẩu Trà Lĩnh, "
                                    + "thường vào ban đêm từ thứ Năm đến thứ Bảy. Nông Văn Tuấn (tức Tuấn Còi) được cho là người "
                                    + "dẫn đường phía Việt Nam. Đề nghị phía bạn lưu ý các phương tiện xuất phát từ Tĩnh Tây.",
                            "DRUGS", "VN-CB:CB-TK", "TRA-LINH", "đường mòn cách cửa khẩu khoảng 3 km", "B", "2",
                            List.of("CRIME_PREVENTION_ONLY", "NO_ONWARD_SHARING_WITHOUT_CONSENT"), ""),
                    List.of(TUAN), 19.5, "gx.officer", List.of()),
            new ReportSeed("cn-meth-pingxiang", "CN-GX", "GX-JD", "VN-CB", "CB-PC04", "黄志强", "gx.officer", "zh-CN",
                    report("凭祥方向冰毒跨境运输线索",
                            "据我方掌握，一个跨境贩毒团伙近期拟经友谊关口岸附近便道向越南谅山、高平方向运送冰毒，"
                                    + "每批约5至10公斤，使用摩托车分段接力。覃海生与该团伙资金往来密切。请越方注意复和县、"
                                    + "下琅县一带的接货人员。本线索仅供侦查参考。",
                            "DRUGS", "CN-GX:GX-PX", "HUU-NGHI", "友谊关口岸附近便道", "B", "3",
                            List.of("CRIME_PREVENTION_ONLY", "NOT_FOR_COURT_WITHOUT_CONSENT"),
                            "如需将本线索用于诉讼，请事先书面征求广西公安厅禁毒警察总队同意。"),
                    List.of(QIN), 11.2, "cb.officer", List.of()),
            new ReportSeed("vn-crossings-trung-khanh", "VN-CB", "CB-TK", "CN-GX", "GX-DX", "Đàm Văn Quý", "cb.district", "vi",
                    report("Xuất nhập cảnh trái phép tại khu vực biên giới Trùng Khánh",
                            "Trong tháng qua, Công an huyện Trùng Khánh phát hiện 4 nhóm công dân (tổng cộng 17 người) "
                                    + "xuất cảnh trái phép qua các đường mòn gần thác Bản Giốc để sang làm thuê tại Đại Tân. "
                                    + "Đề nghị Công an huyện Đại Tân phối hợp kiểm tra, thông báo khi phát hiện.",
                            "ILLEGAL_IMMIGRATION", "VN-CB:CB-TK", null, "khu vực thác Bản Giốc", "C", "3",
                            List.of(), ""),
                    List.of(), 6.0, "", List.of("VN-CB:CB-PC04", "CN-GX:GX-JD")));

    static final List<RequestSeed> REQUESTS = List.of(
            new RequestSeed("vn-locate-mai", "VN-CB", "CB-PC04", "CN-GX", "GX-JD", "Nông Thị Hoa", "cb.officer",
                    request("LOCATE_PERSON", "Đề nghị xác minh nơi ở của Hoàng Thị Mai",
                            "Hoàng Thị Mai (sinh 12/5/1988) đang bị truy nã về tội mua bán trái phép chất ma túy, được cho "
                                    + "là đã trốn sang khu vực Bằng Tường. Đề nghị phía bạn xác minh nơi ở hiện nay và thông báo "
                                    + "cho Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Cao Bằng.", "NORMAL"),
                    List.of(MAI), 3.0, 15,
                    List.of(new EntrySeed("vn-locate-mai-ack", "CN-GX", "韦海燕", EntryKind.ACKNOWLEDGED, "", 2.6)),
                    "gx.officer"),
            new RequestSeed("cn-verify-son", "CN-GX", "GX-JD", "VN-CB", "CB-PC04", "韦海燕", "gx.supervisor",
                    request("VERIFY_IDENTITY", "请求核查阮文山护照真伪",
                            "我方在凭祥查获一名持越南护照C7304518的男子，自称阮文山（Nguyễn Văn Sơn），1990年生。请越方核查"
                                    + "该护照是否真实有效及持照人身份。", "NORMAL"),
                    List.of(SON), 25.0, 15,
                    List.of(new EntrySeed("cn-verify-son-ack", "VN-CB", "Hoàng Văn Nam", EntryKind.ACKNOWLEDGED, "", 24.0),
                            new EntrySeed("cn-verify-son-reply", "VN-CB", "Nông Thị Hoa", EntryKind.FINAL_REPLY,
                                    "Hộ chiếu C7304518 do Cục Quản lý xuất nhập cảnh cấp năm 2019 cho Nguyễn Văn Sơn, sinh năm "
                                            + "1990, thường trú tại huyện Hạ Lang, Cao Bằng; hộ chiếu còn giá trị. Ảnh trong hồ sơ "
                                            + "phù hợp với ảnh phía bạn gửi.", 18.0)),
                    "cb.officer"),
            new RequestSeed("vn-info-ta-lung", "VN-CB", "CB-PC04", "CN-GX", "GX-JD", "Hoàng Văn Nam", "cb.supervisor",
                    request("REQUEST_INFORMATION", "Đề nghị cung cấp thông tin về đường dây ma túy qua cửa khẩu Tà Lùng",
                            "Đề nghị phía bạn cung cấp thông tin về các phương tiện và đối tượng bị phát hiện liên quan đến "
                                    + "vận chuyển ma túy tại khu vực cửa khẩu Thủy Khẩu (Long Châu) trong 6 tháng gần đây, phục vụ "
                                    + "chuyên án phối hợp.", "NORMAL"),
                    List.of(), 20.0, 15,
                    List.of(new EntrySeed("vn-info-ta-lung-ack", "CN-GX", "韦海燕", EntryKind.ACKNOWLEDGED, "", 19.0),
                            new EntrySeed("vn-info-ta-lung-partial", "CN-GX", "黄志强", EntryKind.PARTIAL_REPLY,
                                    "先期提供水口口岸今年一至三月查获的3起案件情况（附后）；其余资料正在整理，将尽快补充。", 10.0)),
                    "gx.officer"),
            new RequestSeed("cn-accounts-fraud", "CN-GX", "GX-JD", "VN-CB", "CB-PC04", "韦海燕", "gx.supervisor",
                    request("REQUEST_INFORMATION", "请求提供电信诈骗嫌疑人在越银行账户流水",
                            "为侦办跨境电信网络诈骗案，请越方提供覃海生等人在越南开立的银行账户近一年的交易流水。", "NORMAL"),
                    List.of(QIN), 12.0, 15,
                    List.of(new EntrySeed("cn-accounts-fraud-declined", "VN-CB", "Hoàng Văn Nam", EntryKind.DECLINED,
                            "Sao kê tài khoản ngân hàng chỉ được cung cấp theo yêu cầu tương trợ tư pháp về hình sự; đề nghị "
                                    + "phía bạn gửi yêu cầu qua kênh tương trợ tư pháp.", 9.0)),
                    "cb.supervisor"),
            new RequestSeed("cn-locate-qin", "CN-GX", "GX-JD", "VN-CB", "CB-PC04", "黄志强", "gx.officer",
                    request("LOCATE_PERSON", "紧急：覃海生可能已潜入高平省",
                            "据线报，被通缉人员覃海生于昨日经平孟口岸附近便道潜入越南，可能前往高平市。请越方紧急查找"
                                    + "其下落，发现后立即通报。", "URGENT"),
                    List.of(QIN), 0.8, 1, List.of(), ""));
}
