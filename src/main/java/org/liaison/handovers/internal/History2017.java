package org.liaison.handovers.internal;

import static org.liaison.handovers.internal.DemoHandovers.CB_OFFICER;
import static org.liaison.handovers.internal.DemoHandovers.CB_SUPERVISOR;
import static org.liaison.handovers.internal.DemoHandovers.GX_OFFICER;
import static org.liaison.handovers.internal.DemoHandovers.GX_SUPERVISOR;
import static org.liaison.handovers.internal.DemoHandovers.at;
import static org.liaison.handovers.internal.DemoHandovers.lines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The handovers of 1 January - 31 October 2017 behind the published figures: 23 fugitives handed over to China and
 * 15 to Viet Nam, each a closed record of its own entered from the paper file. The people are invented and were
 * never entered in the persons records of this system (the wanted notices of 2017 were kept on paper), so their
 * names are in the grounds and their person and notice ids point to nothing.
 */
final class History2017 {

    private static final String VN = "VN-CB";
    private static final String CN = "CN-GX";
    private static final List<String> GATES = List.of("TA-LUNG", "TRA-LINH", "SOC-GIANG", "HUU-NGHI");

    private static final List<String> TO_CHINA = List.of("李建华", "王志刚", "张海涛", "刘永强", "陈国平", "杨立新",
            "黄文军", "赵明亮", "周小龙", "吴德胜", "徐建国", "孙卫东", "马俊杰", "朱宏伟", "胡志勇", "郭振华", "何家辉",
            "高云峰", "林少华", "罗金生", "梁启明", "宋海波", "谢文彬");
    private static final List<String> TO_VIET_NAM = List.of("Nguyễn Văn Tùng", "Trần Thị Lan", "Lê Văn Hải",
            "Phạm Đức Thắng", "Hoàng Văn Toàn", "Vũ Thị Hằng", "Đặng Văn Lực", "Bùi Quang Huy", "Đỗ Văn Sơn",
            "Nông Văn Dũng", "Lương Thị Thu", "Triệu Văn Khải", "Đàm Văn Quyết", "Lý Văn Cường", "Ma Thị Nhung");
    private static final List<String> CHINESE_GROUNDS = List.of("涉嫌走私毒品罪", "涉嫌诈骗罪", "涉嫌组织他人偷越国境罪",
            "涉嫌故意伤害罪", "涉嫌拐卖妇女罪");
    private static final List<String> VIETNAMESE_GROUNDS = List.of("tội mua bán trái phép chất ma túy",
            "tội lừa đảo chiếm đoạt tài sản", "tội mua bán người", "tội cố ý gây thương tích");

    private History2017() {
    }

    static List<Handover> handovers() {
        List<Handover> all = new ArrayList<>();
        for (int i = 0; i < TO_CHINA.size(); i++) {
            String name = TO_CHINA.get(i);
            all.add(closed("to-cn-" + i, CN, VN, day(i, TO_CHINA.size()), GATES.get(i % GATES.size()),
                    name + "，" + CHINESE_GROUNDS.get(i % CHINESE_GROUNDS.size()) + "，潜逃越南高平省，请求协助抓捕并移交。"));
        }
        for (int i = 0; i < TO_VIET_NAM.size(); i++) {
            String name = TO_VIET_NAM.get(i);
            all.add(closed("to-vn-" + i, VN, CN, day(i, TO_VIET_NAM.size()).plusDays(3), GATES.get((i + 1) % GATES.size()),
                    "Đối tượng " + name + " bị truy nã về " + VIETNAMESE_GROUNDS.get(i % VIETNAMESE_GROUNDS.size())
                            + ", bỏ trốn sang Quảng Tây; đề nghị bắt giữ và bàn giao."));
        }
        return all;
    }

    /** The {@code i}-th of {@code n} handovers, spread evenly from 10 January to 20 October 2017. */
    private static LocalDate day(int i, int n) {
        LocalDate first = LocalDate.of(2017, 1, 10);
        return first.plusDays((long) i * 280 / n);
    }

    private static Handover closed(String key, String requesting, String holding, LocalDate day, String gate,
                                   String grounds) {
        boolean toChina = requesting.equals(CN);
        String reqOfficer = toChina ? GX_OFFICER : CB_OFFICER;
        String reqSupervisor = toChina ? GX_SUPERVISOR : CB_SUPERVISOR;
        String holdOfficer = toChina ? CB_OFFICER : GX_OFFICER;
        String holdSupervisor = toChina ? CB_SUPERVISOR : GX_SUPERVISOR;
        String vnEscort = "Đại úy Hoàng Văn Bình — Văn phòng Liên lạc biên giới Cao Bằng";
        String cnEscort = "黄志强 一级警长 — 广西公安厅";
        Handover h = Handover.request(DemoHandovers.id("2017-" + key), requesting, holding,
                DemoHandovers.notice("2017-" + key), DemoHandovers.person("2017-" + key), grounds,
                List.of(), reqOfficer, at(day.minusDays(40), 9, 0));
        h.recordDetention(Side.HOLDING, new Detention(day.minusDays(20), toChina ? "Tỉnh Cao Bằng" : "广西崇左市",
                toChina ? "Công an tỉnh Cao Bằng" : "崇左市公安局"), at(day.minusDays(20), 7, 0), holdOfficer,
                at(day.minusDays(20), 10, 0));
        h.propose(Side.HOLDING, new Proposal(gate, at(day, 9, 30), toChina ? cnEscort : vnEscort,
                toChina ? vnEscort : cnEscort, "Hồ sơ / 档案材料"), holdSupervisor, at(day.minusDays(7), 9, 0));
        h.agree(Side.HOLDING, holdSupervisor, at(day.minusDays(7), 9, 5));
        h.agree(Side.REQUESTING, reqSupervisor, at(day.minusDays(6), 9, 0));
        h.confirm(Side.HOLDING, paper(holding, Side.HOLDING, at(day, 9, 30), toChina ? vnEscort : cnEscort,
                holdOfficer, at(day, 11, 0)), holdOfficer, at(day, 11, 0));
        h.confirm(Side.REQUESTING, paper(requesting, Side.REQUESTING, at(day, 9, 35), toChina ? cnEscort : vnEscort,
                reqOfficer, at(day, 11, 10)), reqOfficer, at(day, 11, 10));
        h.close(Side.REQUESTING, reqSupervisor, at(day, 16, 0));
        return h;
    }

    /** A confirmation entered from the 2017 paper file: no electronic signature. */
    private static HandoverConfirmation paper(String agency, Side side, long executedMs, String officers, String by,
                                              long recordedMs) {
        return new HandoverConfirmation(agency, side, executedMs, lines(officers),
                "Giấy tờ tùy thân; đối chiếu ảnh / 身份证件，照片核对一致", PhotoCheck.MATCHES,
                "Sức khỏe bình thường / 身体状况良好", lines("Hồ sơ / 档案材料"), by, recordedMs, "");
    }
}
