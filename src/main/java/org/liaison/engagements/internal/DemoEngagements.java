package org.liaison.engagements.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.engagements.JointStatus;
import org.liaison.engagements.internal.AgreementDraft.ClauseDraft;
import org.liaison.engagements.internal.AgreementDraft.PartyDraft;
import org.liaison.engagements.internal.Draft.ParticipantDraft;
import org.liaison.engagements.internal.TalksDraft.ActionItemDraft;

/**
 * The demo's engagement history, from the two source articles (shared/seeds):
 * <ul>
 *   <li>1 January – 31 October 2017: 24 delegations for reciprocal visits and 9 training courses Guangxi held for
 *       77 Cao Bang officers, as individual records (People's Daily, quoting the embassy's police counselor). One
 *       visit just before and one just after the period, and one course after it, are outside the published
 *       figures and keep their counting honest.</li>
 *   <li>The Nanning meeting on law-enforcement cooperation among border areas, December 2016.</li>
 *   <li>The talks of 8 November 2023 between the Cao Bang Department and the Guangxi Bureau, and the coordination
 *       regulation signed there between their Border Liaison Offices (Vietnam News Agency).</li>
 *   <li>A BLO meeting in March 2024 that follows up the measures of the 2023 talks (invented).</li>
 * </ul>
 * The heads of the 2023 delegations are named as in the article; everyone else is invented ({@link DemoNames}).
 * Where the articles give no detail (places and days not reported, specific shortcomings, action items, the
 * regulation's clause texts and reply times) the values are plausible inventions, marked "demo value" below.
 * Records are recorded by the side that hosted them, in its language; ids are fixed so both nodes hold the same.
 */
final class DemoEngagements {

    static final String VN = "VN-CB";
    static final String CN = "CN-GX";
    /** Demo officers as records name them (see the directory's demo users). */
    static final String VN_OFFICER = "Nông Thị Hoa (VN-CB)";
    static final String VN_SUPERVISOR = "Hoàng Văn Nam (VN-CB)";
    static final String CN_OFFICER = "黄志强 (CN-GX)";
    static final String CN_SUPERVISOR = "韦海燕 (CN-GX)";

    static final String TALKS_2016 = "talks-2016-12-nanning";
    static final String TALKS_2023 = "talks-2023-11-08";
    static final String REGULATION_2023 = "agreement-2023-11-08-blo";
    static final String TALKS_2024 = "talks-2024-03-20-blo";

    private DemoEngagements() {
    }

    /**
     * A record as one side recorded it, and where it stands now on both nodes.
     *
     * @param correction the partner's proposed correction, when {@code status} is CORRECTION_PROPOSED
     */
    record Seed(String key, String recording, String recordedBy, Draft draft, JointStatus status,
                Correction correction) {

        UUID id() {
            return uuid("engagement:" + key);
        }

        String partner() {
            return recording.equals(VN) ? CN : VN;
        }
    }

    record Correction(Draft draft, String note, String by) {
    }

    /** An action item's progress as a side recorded it, at the talks named by {@code atTalks} (or null). */
    record ItemUpdate(String talksKey, int item, ActionItemStatus status, String note, String by, LocalDate on,
                      String atTalks) {
    }

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static UUID itemId(String talksKey, int item) {
        return uuid("action-item:" + talksKey + ":" + item);
    }

    /** Every seeded record, oldest first. */
    static List<Seed> seeds() {
        List<Seed> all = new ArrayList<>();
        all.add(new Seed(TALKS_2016, CN, CN_OFFICER, nanning2016(), JointStatus.CONFIRMED, null));
        all.addAll(visits());
        all.addAll(courses());
        all.add(new Seed(TALKS_2023, VN, VN_OFFICER, talks2023(), JointStatus.CONFIRMED, null));
        all.add(new Seed(REGULATION_2023, VN, VN_SUPERVISOR, regulation2023(), JointStatus.CONFIRMED, null));
        all.add(new Seed(TALKS_2024, CN, CN_OFFICER, bloMeeting2024(), JointStatus.RECORDED, null));
        return all;
    }

    static final List<ItemUpdate> ITEM_UPDATES = List.of(
            new ItemUpdate(TALKS_2016, 1, ActionItemStatus.DONE, "已建立每月电信诈骗案件线索通报机制。", CN_OFFICER,
                    LocalDate.of(2017, 3, 28), null),
            new ItemUpdate(TALKS_2016, 2, ActionItemStatus.DONE, "Đã phối hợp triển khai chuyên án tháng 5/2017.",
                    VN_OFFICER, LocalDate.of(2017, 6, 20), null),
            new ItemUpdate(TALKS_2016, 3, ActionItemStatus.DONE, "每季度通报一次。", CN_OFFICER,
                    LocalDate.of(2017, 12, 15), null),
            // followed up at the BLO meeting of March 2024 (demo values)
            new ItemUpdate(TALKS_2023, 1, ActionItemStatus.DONE, "自2023年12月起按月交换。", CN_OFFICER,
                    LocalDate.of(2024, 3, 20), TALKS_2024),
            new ItemUpdate(TALKS_2023, 2, ActionItemStatus.DONE, "热线已于2023年12月1日开通。", CN_OFFICER,
                    LocalDate.of(2024, 3, 20), TALKS_2024),
            new ItemUpdate(TALKS_2023, 3, ActionItemStatus.IN_PROGRESS, "已核对12人，其余6月底前完成。", CN_OFFICER,
                    LocalDate.of(2024, 3, 20), TALKS_2024));

    // --- talks ---

    private static TalksDraft nanning2016() {
        // the article says "December 2016" in Nanning; the days are a demo value
        return new TalksDraft("REGIONAL_MEETING", CN, "2016-12-08", "2016-12-09", "广西南宁市",
                "中越边境地区执法合作工作会晤：通报双方边境地区治安形势，商定下一阶段执法合作重点。",
                List.of(p(CN, "蒙振宇", "广西壮族自治区公安厅副厅长", "广西壮族自治区公安厅"),
                        p(CN, "廖晓东", "刑事侦查总队副总队长", "广西公安厅刑事侦查总队"),
                        p(VN, "Lương Văn Thắng", "Đại tá, Phó Giám đốc", "Công an tỉnh Cao Bằng"),
                        p(VN, "Sầm Minh Đạt", "Thượng tá, Phó Trưởng phòng", "Phòng Cảnh sát hình sự (PC02)")),
                "双方同意加强重点基础设施项目安全保护合作和打击电信诈骗犯罪合作，把执法合作推向新高度；同意进一步密切合作，"
                        + "打击毒品贩运、非法出入境、拐卖人口、经济犯罪、非法买卖枪支弹药等违法犯罪，并遣返外逃人员。",
                "",
                "建立电信诈骗案件线索通报机制；联合开展打击跨境贩毒专项行动；加强重点基础设施项目安保信息通报。",
                "落实两国领导人关于深化安全合作的共识，推动双方执法合作迈上新台阶。",
                List.of(item(TALKS_2016, 1, "建立电信诈骗案件线索通报机制", CN, "广西公安厅刑事侦查总队", "2017-03-31"),
                        item(TALKS_2016, 2, "联合开展打击跨境贩毒专项行动", VN, "Phòng PC04 Công an tỉnh Cao Bằng",
                                "2017-06-30"),
                        item(TALKS_2016, 3, "加强重点基础设施项目安保信息通报", CN, "广西边境联络办公室", "2017-12-31")));
    }

    private static TalksDraft talks2023() {
        // the article does not say where the talks were held, nor who hosted them: demo values
        return new TalksDraft("PROVINCIAL", VN, "2023-11-08", "2023-11-08",
                "Trụ sở Công an tỉnh Cao Bằng, thành phố Cao Bằng",
                "1. Đánh giá kết quả hợp tác phòng, chống tội phạm ma túy qua biên giới từ năm 2009, nhất là từ khi thành "
                        + "lập Văn phòng Liên lạc biên giới (BLO) Cao Bằng tháng 8/2022. 2. Những tồn tại, hạn chế trong phối "
                        + "hợp và trao đổi thông tin. 3. Biện pháp khắc phục và phương hướng hợp tác thời gian tới. 4. Ký kết "
                        + "Quy chế phối hợp giữa Văn phòng BLO Cao Bằng và Văn phòng BLO Quảng Tây.",
                List.of(p(VN, "Đoàn Hồng Hiếu", "Đại tá, Phó Giám đốc Công an tỉnh, Thủ trưởng Cơ quan Cảnh sát điều tra",
                                "Công an tỉnh Cao Bằng"),
                        p(VN, "Hoàng Văn Quý", "Thượng tá, Trưởng phòng", "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)"),
                        p(VN, "Lục Văn Thành", "Trung tá, Chánh Văn phòng", "Văn phòng Liên lạc biên giới Cao Bằng"),
                        p(VN, "Bế Đức Toàn", "Thượng tá, Trưởng Công an huyện", "Công an huyện Trùng Khánh"),
                        p(VN, "Đàm Văn Khánh", "Thượng tá, Trưởng Công an huyện", "Công an huyện Hạ Lang"),
                        p(CN, "罗琦全", "广西壮族自治区公安厅副厅长", "广西壮族自治区公安厅"),
                        p(CN, "韦国庆", "禁毒总队副总队长", "广西公安厅禁毒总队"),
                        p(CN, "覃立新", "主任", "广西边境联络办公室"),
                        p(CN, "陆世平", "副局长", "崇左市公安局"),
                        p(CN, "黄文斌", "副局长", "龙州县公安局")),
                "Từ năm 2009, nhất là sau khi thành lập Văn phòng BLO Cao Bằng (tháng 8/2022), hợp tác phòng, chống tội phạm "
                        + "ma túy xuyên biên giới giữa hai bên có nhiều tiến bộ. Thông qua nhiều phương thức trao đổi đa dạng, "
                        + "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Cao Bằng và Tổng đội Cảnh sát phòng chống ma "
                        + "túy Công an Quảng Tây đã chia sẻ thông tin về tình hình tội phạm ma túy và phối hợp hiệu quả trong "
                        + "truy bắt đối tượng truy nã. Điển hình: tháng 8/2023, trên cơ sở thông tin của Công an Cao Bằng, Công "
                        + "an Quảng Tây đã bắt giữ một đối tượng truy nã đặc biệt nguy hiểm (cư trú tại huyện Tràng Định, tỉnh "
                        + "Lạng Sơn) lẩn trốn sang Quảng Tây; ngày 20/9/2023 đã bàn giao đối tượng cho Công an tỉnh Cao Bằng.",
                // the article only says there were shortcomings in coordination and information exchange; the
                // particulars are demo values
                "Công tác phối hợp và trao đổi thông tin giữa hai bên qua các năm còn có tồn tại, hạn chế: thông tin về "
                        + "tình hình tội phạm ma túy có lúc chưa được trao đổi thường xuyên, kịp thời; việc xác minh, trả lời "
                        + "yêu cầu của nhau có trường hợp còn chậm; chưa có kênh liên lạc trực tiếp ngoài giờ hành chính giữa "
                        + "hai Văn phòng BLO.",
                "Hai bên thống nhất các biện pháp khắc phục: trao đổi thông tin về tình hình tội phạm ma túy định kỳ hằng "
                        + "tháng và đột xuất khi có vụ việc; thiết lập đường dây nóng giữa hai Văn phòng BLO; trả lời yêu cầu "
                        + "xác minh, hỗ trợ trong thời hạn theo Quy chế phối hợp; rà soát danh sách đối tượng truy nã nghi lẩn "
                        + "trốn sang địa bàn bên kia; tổ chức tập huấn chung về nhận biết các loại ma túy tổng hợp mới.",
                "Tăng cường trao đổi thông tin và kinh nghiệm nhằm nâng cao hiệu quả phòng ngừa, xử lý tội phạm ma túy "
                        + "xuyên quốc gia, bảo vệ an ninh, trật tự khu vực biên giới; thực hiện nghiêm túc Quy chế phối hợp "
                        + "giữa hai Văn phòng BLO; duy trì gặp gỡ định kỳ giữa hai Văn phòng BLO sáu tháng một lần.",
                // action items: demo values
                List.of(item(TALKS_2023, 1, "Trao đổi thông tin tình hình tội phạm ma túy định kỳ hằng tháng giữa PC04 "
                                + "Cao Bằng và Tổng đội Cảnh sát phòng chống ma túy Quảng Tây", VN,
                                "Phòng PC04 Công an tỉnh Cao Bằng", "2023-12-31"),
                        item(TALKS_2023, 2, "Thiết lập đường dây nóng 24/24 giờ giữa hai Văn phòng BLO", CN,
                                "广西边境联络办公室", "2023-12-15"),
                        item(TALKS_2023, 3, "Rà soát, thống nhất danh sách đối tượng truy nã nghi lẩn trốn sang địa bàn "
                                + "bên kia", VN, "Cơ quan Cảnh sát điều tra Công an tỉnh Cao Bằng", "2024-03-31"),
                        item(TALKS_2023, 4, "Tổ chức lớp tập huấn chung về nhận biết các loại ma túy tổng hợp mới", CN,
                                "广西公安厅禁毒总队", "2024-06-30")));
    }

    /** Invented: the BLOs' first half-yearly meeting under the regulation, checking the measures of 2023. */
    private static TalksDraft bloMeeting2024() {
        return new TalksDraft("BLO", CN, "2024-03-20", "2024-03-20", "广西龙州县水口镇（水口口岸）",
                "检查2023年11月8日会谈商定措施的落实情况；通报2024年第一季度边境地区涉毒犯罪形势；商定第二季度工作重点。",
                List.of(p(CN, "覃立新", "主任", "广西边境联络办公室"),
                        p(CN, "莫俊", "副主任", "广西边境联络办公室"),
                        p(VN, "Lục Văn Thành", "Trung tá, Chánh Văn phòng", "Văn phòng Liên lạc biên giới Cao Bằng"),
                        p(VN, "Vi Thu Trang", "Thiếu tá", "Văn phòng Liên lạc biên giới Cao Bằng")),
                "双方边境联络办公室热线已于2023年12月开通并运行良好；禁毒部门按月交换毒品犯罪形势信息。第一季度双方通过边境"
                        + "联络渠道交换信息二十余次。",
                "个别协查请求答复超过协作规定的期限。",
                "严格执行协作规定的答复期限；继续核对在逃人员名单；每季度末交换一次边境涉毒案件统计。",
                "巩固边境联络办公室机制，推动禁毒联合培训尽快举办。",
                List.of(item(TALKS_2024, 1, "每季度末交换一次边境涉毒案件统计", CN, "广西边境联络办公室", "2024-06-30")));
    }

    // --- the coordination regulation of 2023 ---

    private static AgreementDraft regulation2023() {
        return new AgreementDraft("COORDINATION_REGULATION",
                "Quy chế phối hợp giữa Văn phòng Liên lạc biên giới Cao Bằng (Việt Nam) và Văn phòng Liên lạc biên giới "
                        + "Quảng Tây (Trung Quốc)",
                "越南高平边境联络办公室与中国广西边境联络办公室协作规定",
                // signed where the talks were held (demo value); in force five years (demo value)
                "2023-11-08", "Thành phố Cao Bằng", "2023-11-08", "2028-11-07",
                List.of(new PartyDraft(VN, "Văn phòng Liên lạc biên giới Cao Bằng"),
                        new PartyDraft(CN, "广西边境联络办公室")),
                // the article says the department and the bureau signed; their delegation heads are assumed
                List.of(p(VN, "Đoàn Hồng Hiếu", "Đại tá, Phó Giám đốc Công an tỉnh Cao Bằng", "Công an tỉnh Cao Bằng"),
                        p(CN, "罗琦全", "广西壮族自治区公安厅副厅长", "广西壮族自治区公安厅")),
                List.of(clause(1, "Quy chế này quy định nguyên tắc, nội dung và cách thức phối hợp giữa hai Văn phòng "
                                        + "Liên lạc biên giới nhằm tăng cường trao đổi thông tin và kinh nghiệm, nâng cao hiệu "
                                        + "quả phòng ngừa, xử lý tội phạm ma túy xuyên quốc gia và bảo vệ an ninh, trật tự khu "
                                        + "vực biên giới.",
                                "本规定明确双方边境联络办公室协作的原则、内容和方式，旨在加强信息和经验交流，提高预防和处置跨国"
                                        + "毒品犯罪的成效，维护边境地区安全稳定。"),
                        clause(2, "Hai Văn phòng Liên lạc biên giới là đầu mối liên lạc của hai bên; mỗi bên cử cán bộ trực "
                                        + "và duy trì đường dây nóng 24/24 giờ.",
                                "双方边境联络办公室为双方联络窗口，各自指定值班人员并保持24小时热线畅通。"),
                        clause(3, "Hai bên trao đổi thông tin về tình hình tội phạm ma túy và tội phạm hình sự khác liên "
                                        + "quan đến khu vực biên giới định kỳ hằng tháng và đột xuất khi có vụ việc.",
                                "双方每月定期并在发生案事件时及时交换边境地区毒品犯罪及其他刑事犯罪情况信息。"),
                        // reply times: demo values (the article gives none)
                        new ClauseDraft("4", "Bên nhận được yêu cầu xác minh, hỗ trợ trả lời bằng văn bản trong thời hạn "
                                + "15 ngày kể từ ngày nhận được yêu cầu.",
                                "收到核查、协助请求的一方，应自收到请求之日起15日内书面答复。", "REPLY_DAYS", "15", ""),
                        new ClauseDraft("5", "Yêu cầu khẩn cấp (đối tượng đang lẩn trốn, nguy cơ tẩu tán tang vật) được "
                                + "trả lời trong thời hạn 24 giờ.",
                                "紧急请求（在逃人员行踪、涉案物品可能转移等）应在24小时内答复。", "URGENT_REPLY_HOURS",
                                "24", ""),
                        clause(6, "Hai bên phối hợp truy bắt đối tượng truy nã lẩn trốn sang địa bàn của nhau và bàn giao "
                                        + "tại cửa khẩu theo thỏa thuận.",
                                "双方协作缉捕逃往对方辖区的在逃人员，并按约定在口岸移交。"),
                        clause(7, "Hai Văn phòng Liên lạc biên giới gặp gỡ định kỳ sáu tháng một lần, luân phiên tổ chức "
                                        + "tại mỗi bên.",
                                "双方边境联络办公室每六个月轮流举行一次定期会晤。"),
                        clause(8, "Quy chế có hiệu lực kể từ ngày ký, có giá trị 5 năm; được làm thành hai bản bằng tiếng "
                                        + "Việt và tiếng Trung, hai văn bản có giá trị như nhau.",
                                "本规定自签署之日起生效，有效期五年；以越文和中文写成，两种文本同等作准。")));
    }

    // --- 2017: visits and training courses ---

    /** A visit: first day, days, sending side, place and purpose in the receiving side's language, members. */
    private record VisitRow(String start, int days, String from, String place, String purpose, int members) {
    }

    private static final List<VisitRow> VISITS = List.of(
            // before the period: counted in 2016, not in the 2017 figures
            new VisitRow("2016-12-30", 3, VN, "凭祥市", "元旦前走访慰问，通报年末边境治安形势", 3),
            new VisitRow("2017-01-12", 2, VN, "凭祥市", "春节前走访慰问，通报边境地区治安形势", 4),
            new VisitRow("2017-01-17", 1, CN, "Thành phố Cao Bằng",
                    "Thăm, chúc Tết Nguyên đán Đinh Dậu 2017; trao đổi tình hình an ninh trật tự biên giới", 4),
            new VisitRow("2017-02-14", 2, VN, "龙州县", "会商春节后边境地区打击跨境贩毒工作", 3),
            new VisitRow("2017-02-23", 2, CN, "Huyện Trùng Khánh",
                    "Khảo sát công tác quản lý cửa khẩu Trà Lĩnh, trao đổi về phòng, chống xuất nhập cảnh trái phép", 3),
            new VisitRow("2017-03-08", 3, VN, "南宁市", "交流打击电信网络诈骗犯罪工作经验", 5),
            new VisitRow("2017-03-21", 2, CN, "Huyện Phục Hòa",
                    "Phối hợp xác minh đối tượng truy nã nghi lẩn trốn tại khu vực cửa khẩu Tà Lùng", 2),
            new VisitRow("2017-04-05", 2, VN, "崇左市", "协商开展联合打击跨境拐卖人口专项行动", 4),
            new VisitRow("2017-04-18", 3, CN, "Thành phố Cao Bằng",
                    "Trao đổi kinh nghiệm đấu tranh chuyên án ma túy xuyên biên giới", 5),
            new VisitRow("2017-05-09", 2, VN, "靖西市", "考察龙邦口岸执法合作机制", 3),
            new VisitRow("2017-05-22", 3, VN, "南宁市", "参加中越边境地区执法合作会晤筹备会", 4),
            new VisitRow("2017-06-06", 2, CN, "Huyện Hạ Lang",
                    "Phối hợp tuyên truyền phòng, chống ma túy nhân Ngày quốc tế phòng, chống ma túy 26/6", 3),
            new VisitRow("2017-06-20", 2, VN, "凭祥市", "协调移交在逃人员事宜", 3),
            new VisitRow("2017-07-04", 3, CN, "Thành phố Cao Bằng",
                    "Trao đổi về phối hợp bảo vệ an ninh các dự án hạ tầng trọng điểm khu vực biên giới", 4),
            new VisitRow("2017-07-18", 2, VN, "大新县", "交流边境辖区治安管理经验", 3),
            new VisitRow("2017-08-02", 2, CN, "Huyện Trùng Khánh",
                    "Phối hợp truy bắt đối tượng truy nã trốn qua biên giới", 3),
            new VisitRow("2017-08-15", 3, VN, "南宁市", "会商打击走私枪支弹药违法犯罪合作", 4),
            new VisitRow("2017-08-29", 2, CN, "Huyện Phục Hòa", "Thống nhất kế hoạch bàn giao đối tượng tại cửa khẩu", 2),
            new VisitRow("2017-09-07", 2, VN, "龙州县", "交流禁毒情报信息工作", 3),
            new VisitRow("2017-09-19", 3, CN, "Thành phố Cao Bằng",
                    "Trao đổi về phòng, chống xuất nhập cảnh, cư trú trái phép", 4),
            new VisitRow("2017-09-26", 2, VN, "崇左市", "中秋节走访慰问，通报近期边境治安情况", 3),
            new VisitRow("2017-10-10", 2, CN, "Huyện Hà Quảng",
                    "Khảo sát cửa khẩu Sóc Giang, trao đổi phối hợp quản lý biên giới", 3),
            new VisitRow("2017-10-17", 3, VN, "南宁市", "交流打击经济犯罪及追逃工作经验", 4),
            new VisitRow("2017-10-24", 2, CN, "Thành phố Cao Bằng",
                    "Đánh giá kết quả phối hợp 10 tháng năm 2017, thống nhất kế hoạch quý IV", 5),
            new VisitRow("2017-10-30", 2, VN, "凭祥市", "参加移交经济犯罪嫌疑人工作会晤", 3),
            // after the period
            new VisitRow("2017-11-06", 2, CN, "Thành phố Cao Bằng", "Trao đổi kế hoạch phối hợp cuối năm 2017", 3));

    private static final String[][] VN_HEADS = {
            {"Đại tá, Phó Giám đốc Công an tỉnh", "Công an tỉnh Cao Bằng"},
            {"Thượng tá, Trưởng phòng", "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04)"},
            {"Trung tá, Trưởng Văn phòng", "Văn phòng Liên lạc biên giới Cao Bằng"},
            {"Thượng tá, Trưởng Công an huyện", "Công an huyện Phục Hòa"},
            {"Thượng tá, Trưởng phòng", "Phòng Quản lý xuất nhập cảnh (PA08)"}};
    private static final String[][] CN_HEADS = {
            {"副厅长", "广西壮族自治区公安厅"},
            {"禁毒总队副总队长", "广西公安厅禁毒总队"},
            {"主任", "广西边境联络办公室"},
            {"副局长", "崇左市公安局"},
            {"出入境管理局副局长", "广西公安厅出入境管理局"}};

    private static List<Seed> visits() {
        List<Seed> seeds = new ArrayList<>();
        int officer = 0;
        for (int i = 0; i < VISITS.size(); i++) {
            VisitRow v = VISITS.get(i);
            String receiving = v.from().equals(VN) ? CN : VN;
            String[] head = (v.from().equals(VN) ? VN_HEADS : CN_HEADS)[i % VN_HEADS.length];
            ParticipantDraft headName = DemoNames.of(v.from(), 500 + i);
            List<ParticipantDraft> members = new ArrayList<>();
            for (int m = 0; m < v.members(); m++) {
                members.add(DemoNames.of(v.from(), officer++));
            }
            LocalDate start = LocalDate.parse(v.start());
            VisitDraft draft = new VisitDraft(v.from(), receiving, v.start(), start.plusDays(v.days() - 1L).toString(),
                    v.place(), v.purpose(), new ParticipantDraft(v.from(), headName.name(), head[0], head[1]), members);
            String key = "visit-" + v.start();
            String recordedBy = receiving.equals(VN) ? VN_OFFICER : CN_OFFICER;
            seeds.add(switch (v.start()) {
                // Guangxi says its delegation left a day later than Cao Bang recorded; Cao Bang has not decided yet
                case "2017-10-24" -> new Seed(key, receiving, recordedBy, draft, JointStatus.CORRECTION_PROPOSED,
                        new Correction(new VisitDraft(draft.sendingAgency(), draft.receivingAgency(), draft.startsOn(),
                                "2017-10-26", draft.place(), draft.purpose(), draft.head(), draft.members()),
                                "代表团于10月26日离开高平，不是25日。", CN_SUPERVISOR));
                // recorded by the receiving side and not yet confirmed by the sending side
                case "2017-10-30", "2017-11-06" -> new Seed(key, receiving, recordedBy, draft, JointStatus.RECORDED, null);
                default -> new Seed(key, receiving, recordedBy, draft, JointStatus.CONFIRMED, null);
            });
        }
        return seeds;
    }

    /** A course Guangxi held for Cao Bang officers: first and last day, topic, place, number of trainees. */
    private record CourseRow(String start, String end, String topic, String place, int trainees) {
    }

    private static final List<CourseRow> COURSES = List.of(
            new CourseRow("2017-03-13", "2017-03-24", "禁毒侦查业务培训班", "广西警察学院（南宁市）", 8),
            new CourseRow("2017-04-10", "2017-04-28", "越南边境联络官汉语培训班", "广西民族大学（南宁市）", 9),
            new CourseRow("2017-05-15", "2017-05-26", "电信网络诈骗犯罪侦查培训班", "广西警察学院（南宁市）", 10),
            new CourseRow("2017-06-12", "2017-06-23", "出入境管理与边境检查业务培训班", "凭祥市", 8),
            new CourseRow("2017-07-10", "2017-07-21", "毒品检验鉴定技术培训班", "广西公安厅物证鉴定中心（南宁市）", 7),
            new CourseRow("2017-08-07", "2017-08-18", "打击拐卖人口犯罪培训班", "崇左市", 9),
            new CourseRow("2017-08-28", "2017-09-08", "枪支弹药识别与查缉培训班", "广西警察学院（南宁市）", 8),
            new CourseRow("2017-09-18", "2017-09-29", "刑事技术（现场勘查）培训班", "南宁市", 10),
            new CourseRow("2017-10-16", "2017-10-27", "禁毒情报信息研判培训班", "广西警察学院（南宁市）", 8),
            // after the period
            new CourseRow("2017-11-13", "2017-11-24", "边境警务合作培训班", "凭祥市", 10));

    private static List<Seed> courses() {
        List<Seed> seeds = new ArrayList<>();
        int trainee = 0;
        for (CourseRow c : COURSES) {
            List<ParticipantDraft> trainees = new ArrayList<>();
            for (int t = 0; t < c.trainees(); t++) {
                trainees.add(DemoNames.vietnamese(trainee++, VN));
            }
            TrainingDraft draft = new TrainingDraft(CN, c.topic(), c.start(), c.end(), c.place(), trainees);
            // the last course of the period is still waiting for Cao Bang's confirmation
            JointStatus status = c.start().equals("2017-10-16") ? JointStatus.RECORDED : JointStatus.CONFIRMED;
            seeds.add(new Seed("course-" + c.start(), CN, CN_OFFICER, draft, status, null));
        }
        return seeds;
    }

    // --- helpers ---

    private static ParticipantDraft p(String agency, String name, String rankTitle, String unit) {
        return new ParticipantDraft(agency, name, rankTitle, unit);
    }

    private static ActionItemDraft item(String talksKey, int n, String text, String ownerAgency, String owner,
                                        String due) {
        return new ActionItemDraft(itemId(talksKey, n).toString(), text, ownerAgency, owner, due);
    }

    private static ClauseDraft clause(int number, String vi, String zh) {
        return new ClauseDraft(String.valueOf(number), vi, zh, "", "", "");
    }
}
