package org.liaison.handovers.internal;

import static org.liaison.handovers.internal.DemoHandovers.CB_OFFICER;
import static org.liaison.handovers.internal.DemoHandovers.CB_SUPERVISOR;
import static org.liaison.handovers.internal.DemoHandovers.GX_OFFICER;
import static org.liaison.handovers.internal.DemoHandovers.GX_SUPERVISOR;
import static org.liaison.handovers.internal.DemoHandovers.at;
import static org.liaison.handovers.internal.DemoHandovers.lines;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty handovers module with {@link DemoHandovers}' history, the same on both nodes (the
 * record is shared: each node holds it whole). Every stage goes through the record's own verbs, with the side that
 * owns it, so a seed that breaks the ownership table stops the node at start. Nothing is sent.
 */
@Component
@Order(40)
class HandoverSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HandoverSeeder.class);
    private static final String VN = "VN-CB";
    private static final String CN = "CN-GX";

    private final NodeProperties node;
    private final HandoverRecords handovers;

    HandoverSeeder(NodeProperties node, HandoverRecords handovers) {
        this.node = node;
        this.handovers = handovers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || handovers.count() > 0 || !List.of(VN, CN).contains(node.agency())) {
            return;
        }
        handovers.saveAll(List.of(modelCase(), drugDealer(), economicSuspect(), maiLocated(), qinProposed()));
        handovers.saveAll(History2017.handovers());
        log.info("Seeded the demo handovers for {}", node.agency());
    }

    /** On Cao Bang's information Guangxi arrested her in August and handed her over on 20 September at Tà Lùng. */
    static Handover modelCase() {
        LocalDate day = DemoHandovers.last(MonthDay.of(9, 20));
        Handover h = Handover.request(DemoHandovers.id("huyen"), VN, CN, DemoHandovers.notice("vn-huyen-drugs"),
                DemoHandovers.person("vn-huyen"),
                "Đối tượng truy nã đặc biệt nguy hiểm, cư trú tại huyện Tràng Định, tỉnh Lạng Sơn, bỏ trốn sang Quảng Tây; "
                        + "đề nghị xác minh, bắt giữ và bàn giao.", List.of(), CB_OFFICER, at(day.minusDays(54), 10, 0));
        h.recordLocated(Side.HOLDING, new Located(day.minusDays(45), "龙州县水口镇",
                "根据高平省公安厅提供的线索，发现其在水口镇一出租屋居住。"), GX_OFFICER, at(day.minusDays(45), 16, 20));
        h.recordDetention(Side.HOLDING, new Detention(day.minusDays(37), "龙州县水口镇", "龙州县公安局"),
                at(day.minusDays(37), 21, 40), GX_OFFICER, at(day.minusDays(37), 23, 5));
        h.recordCustody(Side.HOLDING, new CustodyEntry(at(day.minusDays(36), 9, 0), "龙州县看守所", "农建军",
                "龙州县公安局", "龙州县看守所", "刑事拘留", CN), GX_OFFICER, at(day.minusDays(36), 9, 30));
        h.propose(Side.HOLDING, new Proposal("TA-LUNG", at(day, 9, 30),
                lines("Thiếu tá Nông Thị Hoa — Phòng Cảnh sát điều tra tội phạm về ma túy",
                        "Đại úy Hoàng Văn Bình — Văn phòng Liên lạc biên giới Cao Bằng"),
                lines("黄志强 一级警长 — 广西公安厅禁毒警察总队", "农建军 — 龙州县公安局"),
                lines("Giấy chứng minh / 身份证件 (1)", "Điện thoại di động / 手机 (1)",
                        "Biên bản bắt giữ / 抓获经过材料")), GX_SUPERVISOR, at(day.minusDays(6), 10, 0));
        h.agree(Side.HOLDING, GX_SUPERVISOR, at(day.minusDays(6), 10, 5));
        h.agree(Side.REQUESTING, CB_SUPERVISOR, at(day.minusDays(5), 8, 40));
        h.recordCustody(Side.HOLDING, new CustodyEntry(at(day, 7, 30), "龙州县看守所", "黄志强", "龙州县看守所",
                "广西公安厅禁毒警察总队押解组", "押解至水口口岸", CN), GX_OFFICER, at(day, 7, 35));
        h.confirm(Side.HOLDING, paper(CN, Side.HOLDING, at(day, 9, 30), lines("黄志强", "农建军"),
                "越南身份证件原件；通缉令照片", "情绪稳定，无外伤", lines("身份证件 (1)", "手机 (1)", "抓获经过材料"),
                GX_OFFICER, at(day, 11, 0)), GX_OFFICER, at(day, 11, 0));
        h.confirm(Side.REQUESTING, paper(VN, Side.REQUESTING, at(day, 9, 35),
                lines("Thiếu tá Nông Thị Hoa", "Đại úy Hoàng Văn Bình"),
                "Giấy tờ tùy thân gốc; đối chiếu ảnh trên quyết định truy nã", "Sức khỏe bình thường, không có thương tích",
                lines("Giấy chứng minh (1)", "Điện thoại di động (1)", "Biên bản bắt giữ"), CB_OFFICER, at(day, 11, 10)),
                CB_OFFICER, at(day, 11, 10));
        h.recordCustody(Side.REQUESTING, new CustodyEntry(at(day, 14, 0), "Trại tạm giam Công an tỉnh Cao Bằng",
                "Đại úy Hoàng Văn Bình", "Tổ áp giải Phòng PC04", "Trại tạm giam Công an tỉnh Cao Bằng", "", VN),
                CB_OFFICER, at(day, 14, 10));
        h.close(Side.REQUESTING, CB_SUPERVISOR, at(day, 16, 0));
        return h;
    }

    /** A Vietnamese drug dealer handed to Viet Nam at Pingxiang (Hữu Nghị) in August. */
    static Handover drugDealer() {
        LocalDate day = DemoHandovers.last(MonthDay.of(8, 24));
        Handover h = Handover.request(DemoHandovers.id("khanh"), VN, CN, DemoHandovers.notice("vn-khanh-drugs"),
                DemoHandovers.person("vn-khanh"), "Đối tượng cầm đầu đường dây mua bán heroin qua biên giới; đề nghị bàn giao.",
                List.of(), CB_OFFICER, at(day.minusDays(40), 9, 0));
        h.recordDetention(Side.HOLDING, new Detention(day.minusDays(30), "凭祥市友谊镇", "凭祥市公安局"),
                at(day.minusDays(30), 15, 0), GX_OFFICER, at(day.minusDays(30), 18, 0));
        h.propose(Side.HOLDING, new Proposal("HUU-NGHI", at(day, 10, 0), lines("Trung tá Hoàng Văn Nam"),
                lines("韦海燕 副支队长"), lines("Hộ chiếu / 护照 (1)", "Tang vật: 120 g heroin (niêm phong) / 涉案毒品 120 克（封存）")),
                GX_SUPERVISOR, at(day.minusDays(5), 9, 0));
        h.agree(Side.HOLDING, GX_SUPERVISOR, at(day.minusDays(5), 9, 5));
        h.agree(Side.REQUESTING, CB_SUPERVISOR, at(day.minusDays(4), 14, 0));
        h.confirm(Side.HOLDING, paper(CN, Side.HOLDING, at(day, 10, 0), lines("韦海燕"), "越南护照", "身体状况良好",
                lines("护照 (1)", "涉案毒品 120 克（封存）"), GX_SUPERVISOR, at(day, 12, 0)), GX_SUPERVISOR, at(day, 12, 0));
        h.confirm(Side.REQUESTING, paper(VN, Side.REQUESTING, at(day, 10, 5), lines("Trung tá Hoàng Văn Nam"),
                "Hộ chiếu; đối chiếu ảnh", "Bình thường", lines("Hộ chiếu (1)", "Tang vật 120 g heroin (niêm phong)"),
                CB_SUPERVISOR, at(day, 12, 30)), CB_SUPERVISOR, at(day, 12, 30));
        h.close(Side.REQUESTING, CB_SUPERVISOR, at(day, 15, 0));
        return h;
    }

    /** An economic suspect who fled to Viet Nam, handed to China at Pingxiang on 18 October. */
    static Handover economicSuspect() {
        LocalDate day = DemoHandovers.last(MonthDay.of(10, 18));
        Handover h = Handover.request(DemoHandovers.id("wei"), CN, VN, DemoHandovers.notice("cn-wei-fraud"),
                DemoHandovers.person("cn-wei"), "集资诈骗案主要犯罪嫌疑人，潜逃越南，请求协助查找、抓捕并移交。", List.of(),
                GX_OFFICER, at(day.minusDays(45), 10, 0));
        h.recordLocated(Side.HOLDING, new Located(day.minusDays(30), "Phường Sông Hiến, thành phố Cao Bằng",
                "Thuê nhà dưới tên giả."), CB_OFFICER, at(day.minusDays(30), 17, 0));
        h.recordDetention(Side.HOLDING, new Detention(day.minusDays(21), "Phường Sông Hiến, thành phố Cao Bằng",
                "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng"), at(day.minusDays(21), 6, 30), CB_OFFICER,
                at(day.minusDays(21), 9, 0));
        h.propose(Side.HOLDING, new Proposal("HUU-NGHI", at(day, 9, 0), lines("韦海燕 副支队长", "黄志强 一级警长"),
                lines("Trung tá Hoàng Văn Nam", "Thiếu tá Nông Thị Hoa"), lines("Hộ chiếu / 护照 (1)",
                "Sổ sách kế toán thu giữ / 扣押的账册 (3)")), CB_SUPERVISOR, at(day.minusDays(7), 10, 0));
        h.agree(Side.REQUESTING, GX_SUPERVISOR, at(day.minusDays(6), 9, 0));
        h.agree(Side.HOLDING, CB_SUPERVISOR, at(day.minusDays(6), 15, 0));
        h.confirm(Side.HOLDING, paper(VN, Side.HOLDING, at(day, 9, 0), lines("Trung tá Hoàng Văn Nam", "Thiếu tá Nông Thị Hoa"),
                "Hộ chiếu Trung Quốc; đối chiếu ảnh", "Sức khỏe bình thường", lines("Hộ chiếu (1)", "Sổ sách kế toán (3)"),
                CB_SUPERVISOR, at(day, 11, 0)), CB_SUPERVISOR, at(day, 11, 0));
        h.confirm(Side.REQUESTING, paper(CN, Side.REQUESTING, at(day, 9, 10), lines("韦海燕", "黄志强"),
                "中国护照；居民身份证号码核对一致", "身体状况良好", lines("护照 (1)", "账册 (3)"), GX_SUPERVISOR,
                at(day, 11, 30)), GX_SUPERVISOR, at(day, 11, 30));
        h.close(Side.REQUESTING, GX_SUPERVISOR, at(day, 16, 0));
        return h;
    }

    /** Under way: Guangxi has found Hoàng Thị Mai but not yet arrested her. */
    static Handover maiLocated() {
        LocalDate today = DemoHandovers.today();
        Handover h = Handover.request(DemoHandovers.id("mai"), VN, CN, DemoHandovers.notice("vn-mai-drugs"),
                DemoHandovers.person("vn-mai"), "Đối tượng bỏ trốn sang Quảng Tây; đề nghị xác minh, bắt giữ và bàn giao.",
                List.of(), CB_OFFICER, at(today.minusDays(38), 9, 30));
        h.recordLocated(Side.HOLDING, new Located(today.minusDays(6), "凭祥市", "在凭祥市一农贸市场附近发现其踪迹。"),
                GX_OFFICER, at(today.minusDays(6), 17, 0));
        return h;
    }

    /** Under way: Cao Bang detained 覃海生 and proposed Trà Lĩnh; Cao Bang agreed, Guangxi has not yet. */
    static Handover qinProposed() {
        LocalDate today = DemoHandovers.today();
        Handover h = Handover.request(DemoHandovers.id("qin"), CN, VN, DemoHandovers.notice("cn-qin-fraud"),
                DemoHandovers.person("cn-qin"), "电信网络诈骗犯罪嫌疑人，潜逃越南，请求协助抓捕并移交。", List.of(), GX_OFFICER,
                at(today.minusDays(23), 10, 0));
        h.recordDetention(Side.HOLDING, new Detention(today.minusDays(9), "Xã Đàm Thủy, huyện Trùng Khánh",
                "Công an huyện Trùng Khánh"), at(today.minusDays(9), 5, 45), CB_OFFICER, at(today.minusDays(9), 8, 0));
        h.propose(Side.HOLDING, new Proposal("TRA-LINH", at(today.plusDays(5), 9, 0), lines("黄志强 一级警长"),
                lines("Thiếu tá Nông Thị Hoa"), lines("Điện thoại di động / 手机 (2)", "Thẻ SIM / 电话卡 (14)")),
                CB_OFFICER, at(today.minusDays(2), 10, 0));
        h.agree(Side.HOLDING, CB_SUPERVISOR, at(today.minusDays(2), 10, 30));
        return h;
    }

    /** A confirmation entered from the paper file: no electronic signature. */
    private static HandoverConfirmation paper(String agency, Side side, long executedMs, String officers, String seen,
                                              String condition, String items, String by, long recordedMs) {
        return new HandoverConfirmation(agency, side, executedMs, officers, seen, PhotoCheck.MATCHES, condition, items,
                by, recordedMs, "");
    }
}
