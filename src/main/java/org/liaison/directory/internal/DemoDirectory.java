package org.liaison.directory.internal;

import static org.liaison.directory.internal.DirectorySeeder.roles;

import java.util.List;
import java.util.Set;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;

/**
 * The demo's directory, taken from the source articles: Cao Bang's department, BLO, counter-narcotics
 * division and border districts; Guangxi's bureau, BLO, counter-narcotics office and border cities;
 * the gates between them. Demo users have invented names.
 */
final class DemoDirectory {

    private DemoDirectory() {
    }

    record AgencySeed(String code, String vi, String zh, String en) {
    }

    record UnitSeed(String agency, String code, UnitKind kind, String parentCode, String vi, String zh, String en) {
    }

    record GateSeed(String code, String vi, String zh, String en, String placeVn, String placeCn) {
    }

    record UserSeed(String agency, String username, String fullName, String rankTitle, String unitCode, Set<Role> roles) {
    }

    static final List<AgencySeed> AGENCIES = List.of(
            new AgencySeed("VN-CB", "Công an tỉnh Cao Bằng", "高平省公安厅", "Cao Bang Provincial Department of Public Security"),
            new AgencySeed("CN-GX", "Công an Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区公安厅",
                    "Guangxi Public Security Bureau"));

    static final List<UnitSeed> UNITS = List.of(
            new UnitSeed("VN-CB", "CB-PD", UnitKind.DEPARTMENT, null, "Công an tỉnh Cao Bằng", "高平省公安厅",
                    "Cao Bang Provincial Department of Public Security"),
            new UnitSeed("VN-CB", "CB-BLO", UnitKind.BLO, "CB-PD", "Văn phòng Liên lạc biên giới Cao Bằng",
                    "高平边境联络办公室", "Cao Bang Border Liaison Office"),
            new UnitSeed("VN-CB", "CB-CSDT", UnitKind.DIVISION, "CB-PD", "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng",
                    "高平省公安厅刑事侦查机关", "Provincial Investigation Police Agency"),
            new UnitSeed("VN-CB", "CB-PC04", UnitKind.DIVISION, "CB-PD", "Phòng Cảnh sát điều tra tội phạm về ma túy",
                    "高平省公安厅禁毒侦查警察处", "Counter-Narcotics Investigation Police Division"),
            new UnitSeed("VN-CB", "CB-TK", UnitKind.DISTRICT, "CB-PD", "Công an huyện Trùng Khánh", "重庆县公安局",
                    "Trung Khanh District Police"),
            new UnitSeed("VN-CB", "CB-HL", UnitKind.DISTRICT, "CB-PD", "Công an huyện Hạ Lang", "下琅县公安局",
                    "Ha Lang District Police"),
            new UnitSeed("VN-CB", "CB-PH", UnitKind.DISTRICT, "CB-PD", "Công an huyện Phục Hòa", "复和县公安局",
                    "Phuc Hoa District Police"),
            new UnitSeed("CN-GX", "GX-PSB", UnitKind.DEPARTMENT, null, "Công an Khu tự trị dân tộc Choang Quảng Tây",
                    "广西壮族自治区公安厅", "Guangxi Public Security Bureau"),
            new UnitSeed("CN-GX", "GX-BLO", UnitKind.BLO, "GX-PSB", "Văn phòng Liên lạc biên giới Quảng Tây",
                    "广西边境联络办公室", "Guangxi Border Liaison Office"),
            new UnitSeed("CN-GX", "GX-JD", UnitKind.DIVISION, "GX-PSB", "Phòng Cảnh sát phòng chống ma túy Quảng Tây",
                    "广西公安厅禁毒警察总队", "Counter-Narcotics Police Office"),
            new UnitSeed("CN-GX", "GX-PX", UnitKind.DISTRICT, "GX-PSB", "Công an thành phố Bằng Tường", "凭祥市公安局",
                    "Pingxiang City Police"),
            new UnitSeed("CN-GX", "GX-LZ", UnitKind.DISTRICT, "GX-PSB", "Công an huyện Long Châu", "龙州县公安局",
                    "Longzhou County Police"),
            new UnitSeed("CN-GX", "GX-DX", UnitKind.DISTRICT, "GX-PSB", "Công an huyện Đại Tân", "大新县公安局",
                    "Daxin County Police"),
            new UnitSeed("CN-GX", "GX-JX", UnitKind.DISTRICT, "GX-PSB", "Công an thành phố Tĩnh Tây", "靖西市公安局",
                    "Jingxi City Police"));

    /** Vietnamese unit code, Chinese unit code, note. */
    static final List<List<String>> PAIRS = List.of(
            List.of("CB-PD", "GX-PSB", "Provincial level"),
            List.of("CB-BLO", "GX-BLO", "Border Liaison Offices (BLO Cao Bang est. August 2022)"),
            List.of("CB-PC04", "GX-JD", "Counter-narcotics"),
            List.of("CB-TK", "GX-DX", "Border districts"),
            List.of("CB-HL", "GX-LZ", "Border districts"),
            List.of("CB-PH", "GX-LZ", "Ta Lung – Shuikou gate"));

    static final List<GateSeed> GATES = List.of(
            new GateSeed("TA-LUNG", "Cửa khẩu quốc tế Tà Lùng", "水口口岸", "Ta Lung – Shuikou international gate",
                    "Phục Hòa, Cao Bằng", "龙州县, 广西"),
            new GateSeed("TRA-LINH", "Cửa khẩu quốc tế Trà Lĩnh", "龙邦口岸", "Tra Linh – Longbang international gate",
                    "Trùng Khánh, Cao Bằng", "靖西市, 广西"),
            new GateSeed("SOC-GIANG", "Cửa khẩu Sóc Giang", "平孟口岸", "Soc Giang – Pingmeng gate",
                    "Hà Quảng, Cao Bằng", "那坡县, 广西"),
            new GateSeed("HUU-NGHI", "Cửa khẩu quốc tế Hữu Nghị", "友谊关口岸", "Huu Nghi – Youyiguan (Pingxiang) gate",
                    "Đồng Đăng, Lạng Sơn", "凭祥市, 广西"));

    static final List<UserSeed> USERS = List.of(
            new UserSeed("VN-CB", "cb.officer", "Nông Thị Hoa", "Thiếu tá (Major)", "CB-PC04", roles(Role.OFFICER)),
            new UserSeed("VN-CB", "cb.supervisor", "Hoàng Văn Nam", "Trung tá, Phó Trưởng phòng (Lt. Colonel, Deputy Head)", "CB-PC04",
                    roles(Role.OFFICER, Role.SUPERVISOR)),
            new UserSeed("VN-CB", "cb.admin", "Lục Văn Thắng", "Đại úy (Captain)", "CB-BLO", roles(Role.ADMIN)),
            // an officer of a border district, who sees the counter-narcotics division's reports only redacted
            new UserSeed("VN-CB", "cb.district", "Đàm Văn Quý", "Thượng úy (Senior Lieutenant)", "CB-TK", roles(Role.OFFICER)),
            new UserSeed("VN-CB", "cb.auditor", "Bế Thị Lan", "Thiếu tá (Major)", "CB-PD", roles(Role.AUDITOR)),
            new UserSeed("CN-GX", "gx.officer", "黄志强", "一级警长 (Senior Sergeant, 1st class)", "GX-JD", roles(Role.OFFICER)),
            new UserSeed("CN-GX", "gx.supervisor", "韦海燕", "副支队长 (Deputy Chief)", "GX-JD", roles(Role.OFFICER, Role.SUPERVISOR)),
            new UserSeed("CN-GX", "gx.admin", "陆建华", "警务技术二级主管 (Technical Officer)", "GX-BLO", roles(Role.ADMIN)),
            new UserSeed("CN-GX", "gx.district", "梁永福", "二级警长 (Senior Sergeant, 2nd class)", "GX-DX", roles(Role.OFFICER)),
            new UserSeed("CN-GX", "gx.auditor", "农丽萍", "督察 (Inspector)", "GX-PSB", roles(Role.AUDITOR)));
}
