package org.liaison.engagements.internal;

import org.liaison.engagements.internal.Draft.ParticipantDraft;

/**
 * Invented officers for the demo's delegations and training courses, made from common Cao Bang (Tày, Nùng, Kinh)
 * and Guangxi (Zhuang, Han) family and given names, with ranks and units of each side. The k-th officer is
 * always the same, so both nodes seed the same people.
 */
final class DemoNames {

    private static final String[] VN_FAMILY = {"Nông", "Hoàng", "Lục", "Bế", "Đàm", "Triệu", "Lương", "Vi", "Mã",
            "Sầm", "Lý", "Nguyễn", "Hà", "Lưu", "Chu", "Đinh", "Lăng", "Ngôn", "Bàn", "Lô"};
    private static final String[] VN_MEN = {"Hùng", "Dũng", "Tuấn", "Thắng", "Cường", "Hải", "Long", "Sơn", "Toàn",
            "Khánh", "Phúc", "Quý", "Bình", "Hưng", "Trung", "Kiên", "Lâm", "Duy", "Tú", "Vinh", "Hiển", "Chiến",
            "Đạt", "Huy", "Nghĩa", "Quân", "Thành", "Tiến", "Việt", "Hoan"};
    private static final String[] VN_WOMEN = {"Hoa", "Lan", "Mai", "Hương", "Thảo", "Ngọc", "Hạnh", "Trang", "Yến",
            "Nhung", "Huyền", "Liên"};
    private static final String[] VN_MIDDLE_MEN = {"Văn", "Đức", "Minh", "Quang"};
    private static final String[] VN_MIDDLE_WOMEN = {"Thị", "Thu"};
    private static final String[] VN_RANKS = {"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá"};
    private static final String[] VN_UNITS = {"Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)",
            "Văn phòng Liên lạc biên giới Cao Bằng", "Phòng Cảnh sát hình sự (PC02)",
            "Phòng Quản lý xuất nhập cảnh (PA08)", "Công an huyện Trùng Khánh", "Công an huyện Hạ Lang",
            "Công an huyện Phục Hòa", "Công an huyện Hà Quảng", "Công an huyện Thạch An",
            "Phòng Kỹ thuật hình sự (PC09)", "Phòng Cảnh sát điều tra tội phạm về kinh tế (PC03)"};

    private static final String[] CN_FAMILY = {"黄", "韦", "覃", "陆", "农", "梁", "蒙", "李", "莫", "蓝", "卢",
            "廖", "潘", "林", "周"};
    private static final String[] CN_GIVEN = {"志强", "海燕", "建华", "丽萍", "国庆", "伟", "明辉", "春生", "宏",
            "立新", "红梅", "俊", "文斌", "世平", "家豪", "振宇", "晓东", "秀英", "永福", "金凤", "德胜", "桂兰"};
    private static final String[] CN_RANKS = {"一级警长", "二级警长", "一级警督", "二级警督", "三级警督", "一级警司"};
    private static final String[] CN_UNITS = {"广西公安厅禁毒总队", "广西边境联络办公室", "广西公安厅刑事侦查总队",
            "广西公安厅出入境管理局", "崇左市公安局", "凭祥市公安局", "龙州县公安局", "大新县公安局", "靖西市公安局",
            "广西公安厅国际合作处"};

    private DemoNames() {
    }

    /** The k-th invented Cao Bang officer; every third one a woman. */
    static ParticipantDraft vietnamese(int k, String agency) {
        boolean woman = k % 3 == 2;
        String middle = woman ? VN_MIDDLE_WOMEN[(k / 3) % 2] : VN_MIDDLE_MEN[(k / 7) % VN_MIDDLE_MEN.length];
        String given = woman ? VN_WOMEN[(k * 5) % VN_WOMEN.length] : VN_MEN[(k * 11) % VN_MEN.length];
        return new ParticipantDraft(agency, VN_FAMILY[k % VN_FAMILY.length] + " " + middle + " " + given,
                VN_RANKS[(k * 3) % VN_RANKS.length], VN_UNITS[(k * 7) % VN_UNITS.length]);
    }

    /** The k-th invented Guangxi officer. */
    static ParticipantDraft chinese(int k, String agency) {
        return new ParticipantDraft(agency, CN_FAMILY[k % CN_FAMILY.length] + CN_GIVEN[(k * 7) % CN_GIVEN.length],
                CN_RANKS[(k * 5) % CN_RANKS.length], CN_UNITS[(k * 3) % CN_UNITS.length]);
    }

    /** The k-th officer of a side, by the side's country. */
    static ParticipantDraft of(String agency, int k) {
        return agency.startsWith("VN") ? vietnamese(k, agency) : chinese(k, agency);
    }
}
