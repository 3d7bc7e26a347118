package org.liaison.cases.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.liaison.cases.CaseId;

/**
 * The joint cases of 1 January - 31 October 2017 behind the published figure of 92 cases coordinated, spread over
 * the crime areas the two sides worked on that year. Each is a case of its own, opened by one side, shared with the
 * other at once and closed since; ids are fixed so both nodes hold the same records.
 */
final class History2017 {

    private static final String VN = "VN-CB";
    private static final String CN = "CN-GX";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How many cases of each area, with the words of their titles and the units that worked them. */
    record Area(String crimeArea, int cases, String vi, String zh, List<String> units) {
    }

    static final List<Area> AREAS = List.of(
            new Area("DRUGS", 41, "Vận chuyển trái phép chất ma túy qua biên giới", "跨境运输毒品案",
                    List.of("VN-CB/CB-PC04", "VN-CB/CB-BLO", "CN-GX/GX-JD", "CN-GX/GX-BLO")),
            new Area("FUGITIVE_HUNTING", 14, "Truy bắt đối tượng truy nã bỏ trốn qua biên giới", "追捕外逃在逃人员案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")),
            new Area("HUMAN_TRAFFICKING", 12, "Mua bán người qua biên giới", "跨境拐卖人口案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")),
            new Area("TELECOM_FRAUD", 9, "Lừa đảo qua mạng viễn thông", "电信网络诈骗案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")),
            new Area("ILLEGAL_IMMIGRATION", 8, "Tổ chức xuất nhập cảnh trái phép", "组织偷越国境案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")),
            new Area("ECONOMIC_CRIME", 5, "Buôn lậu hàng hóa qua biên giới", "走私货物案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")),
            new Area("FIREARMS", 3, "Mua bán trái phép vũ khí quân dụng", "非法买卖枪支案",
                    List.of("VN-CB/CB-BLO", "CN-GX/GX-BLO")));

    /**
     * One 2017 case: {@code number} is its place in the year, which fixes its id, its day (spread from 3 January to
     * 28 October) and its originator (Cao Bang and Guangxi in turn).
     */
    record Seed(int number, Area area, int ofArea) {

        CaseId id() {
            return new CaseId(DemoCases.uuid("case:2017-" + number));
        }

        String origin() {
            return number % 2 == 0 ? VN : CN;
        }

        String partner() {
            return number % 2 == 0 ? CN : VN;
        }

        String officer() {
            return number % 2 == 0 ? "cb.officer" : "gx.officer";
        }

        LocalDate opened() {
            return LocalDate.of(2017, 1, 3).plusDays((long) number * 298 / total());
        }

        long at(int hour) {
            return opened().atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant().toEpochMilli();
        }

        CaseDraft draft(String status) {
            String ref = String.format("%02d/2017", ofArea);
            return new CaseDraft(area.crimeArea(), area.vi() + " số " + ref, area.zh() + "（2017年第" + ofArea + "号）",
                    "Vụ án phối hợp năm 2017, đã kết thúc; hồ sơ giấy lưu tại Văn phòng Liên lạc biên giới."
                            + " / 2017年联合办理案件，已结案，纸质卷宗存边境联络办公室。", status, area.units());
        }
    }

    static int total() {
        return AREAS.stream().mapToInt(Area::cases).sum();
    }

    /** The areas interleaved, so every month has cases of several areas. */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        int[] made = new int[AREAS.size()];
        while (seeds.size() < total()) {
            for (int a = 0; a < AREAS.size(); a++) {
                if (made[a] < AREAS.get(a).cases()) {
                    made[a]++;
                    seeds.add(new Seed(seeds.size(), AREAS.get(a), made[a]));
                }
            }
        }
        return seeds;
    }

    private History2017() {
    }
}
