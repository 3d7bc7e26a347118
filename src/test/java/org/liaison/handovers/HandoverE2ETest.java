package org.liaison.handovers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * The model case in a real browser across the two demo nodes: Cao Bang records a fugitive who fled to Guangxi,
 * issues a wanted notice, shares it and requests her handover; Guangxi records her arrest in August and proposes
 * the handover at Tà Lùng – Shuikou on 20 September; both agree; each side signs its confirmation of the
 * execution; Cao Bang closes. Both nodes then show the same closed handover with both signatures verified, the
 * notice is executed on Guangxi's copy too, and the printed record (Chromium's PDF) carries Vietnamese and Chinese.
 * The automatic screening and the request module of the source scenario are other modules' work and not part of
 * this test.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class HandoverE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "handovers");

    @Test
    void guangxiHandsOverAFugitiveToCaoBangAndBothNodesShowTheSameClosedRecord(Page caoBang, Page guangxi)
            throws IOException, InterruptedException {
        LocalDate handoverDay = lastBeforeToday(MonthDay.of(9, 20));
        LocalDate arrestDay = handoverDay.minusDays(37);

        DemoNodes.caoBang().logIn(caoBang, "cb.officer");
        caoBang.navigate(DemoNodes.caoBang().url("/persons/new?lang=en"));
        caoBang.getByTestId("name-0").fill("Đinh Thị Nga");
        caoBang.getByTestId("sex").selectOption("FEMALE");
        caoBang.getByTestId("save").click();
        caoBang.getByTestId("issue-notice").click();
        caoBang.getByTestId("charges").fill("Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự); bỏ trốn sang Quảng Tây.");
        caoBang.getByTestId("crime-area").selectOption("DRUGS");
        caoBang.getByTestId("warrant-reference").fill("77/QĐ-CSĐT");
        caoBang.getByTestId("save").click();
        String notice = caoBang.url().replaceAll(".*/wanted-notices/([0-9a-f-]{36}).*", "$1");
        caoBang.getByTestId("share-agency").selectOption("CN-GX");
        caoBang.getByTestId("share").click();
        assertThat(caoBang.getByTestId("shared")).isVisible();

        caoBang.navigate(DemoNodes.caoBang().url("/handovers/new"));
        caoBang.getByTestId("notice").selectOption(notice);
        caoBang.getByTestId("holding-agency").selectOption("CN-GX");
        caoBang.getByTestId("grounds").fill("Đối tượng đặc biệt nguy hiểm bỏ trốn sang Quảng Tây; đề nghị bắt giữ và bàn giao.");
        caoBang.getByTestId("send-request").click();
        assertThat(caoBang.getByTestId("done")).hasText("The request is sent to the partner.");
        String handover = caoBang.url().replaceAll(".*/handovers/([0-9a-f-]{36}).*", "$1");
        String vnPage = DemoNodes.caoBang().url("/handovers/" + handover);
        String cnPage = DemoNodes.guangxi().url("/handovers/" + handover + "?lang=zh-CN");

        DemoNodes.guangxi().logIn(guangxi, "gx.officer");
        reloadUntilVisible(guangxi, cnPage, guangxi.getByTestId("form-DETAINED"));
        assertThat(guangxi.getByTestId("person")).hasText("Đinh Thị Nga");
        assertThat(guangxi.getByTestId("form-PROPOSAL")).hasCount(0);
        guangxi.getByTestId("detained-date").fill(arrestDay.toString());
        guangxi.getByTestId("detained-time").fill("21:40");
        guangxi.getByTestId("detained-place").fill("龙州县水口镇");
        guangxi.getByTestId("detained-authority").fill("龙州县公安局");
        guangxi.getByTestId("record-detained").click();
        assertThat(guangxi.getByTestId("handover-status")).hasText("已抓获羁押");

        guangxi.getByTestId("proposal-gate").selectOption("TA-LUNG");
        guangxi.getByTestId("proposal-date").fill(handoverDay.toString());
        guangxi.getByTestId("proposal-time").fill("10:30");
        guangxi.getByTestId("proposal-escorts-requesting").fill("Thiếu tá Nông Thị Hoa\nĐại úy Hoàng Văn Bình");
        guangxi.getByTestId("proposal-escorts-holding").fill("黄志强\n农建军");
        guangxi.getByTestId("proposal-items").fill("Giấy chứng minh / 身份证件 (1)\nĐiện thoại / 手机 (1)");
        guangxi.getByTestId("propose").click();
        guangxi.getByTestId("agree").click();
        assertThat(guangxi.getByTestId("done")).hasText("已记录本方同意。");

        reloadUntilVisible(caoBang, vnPage, caoBang.getByTestId("agree"));
        // China's 10:30 is Viet Nam's 09:30: each node shows its own time
        assertThat(caoBang.getByTestId("scheduled")).hasText(handoverDay + " 09:30");
        assertThat(caoBang.getByTestId("form-CONFIRMATION")).hasCount(0);
        caoBang.getByTestId("agree").click();
        assertThat(caoBang.getByTestId("handover-status")).hasText("Agreed by both sides");
        shot(caoBang, "agreed");

        reloadUntilVisible(guangxi, cnPage, guangxi.getByTestId("form-CONFIRMATION"));
        confirm(guangxi, handoverDay, "10:30", "黄志强\n农建军", "越南身份证件；通缉令照片", "情绪稳定，无外伤");
        assertThat(guangxi.getByTestId("verdict-HOLDING")).hasText("签名验证通过");

        reloadUntilVisible(caoBang, vnPage, caoBang.getByTestId("form-CONFIRMATION"));
        confirm(caoBang, handoverDay, "09:35", "Thiếu tá Nông Thị Hoa\nĐại úy Hoàng Văn Bình",
                "Giấy tờ tùy thân; đối chiếu ảnh trên quyết định truy nã", "Sức khỏe bình thường");
        assertThat(caoBang.getByTestId("handover-status")).hasText("Executed");
        caoBang.getByTestId("close").click();
        assertThat(caoBang.getByTestId("handover-status")).hasText("Closed");
        assertThat(caoBang.getByTestId("verdict-HOLDING")).hasText("Signature verifies");
        assertThat(caoBang.getByTestId("verdict-REQUESTING")).hasText("Signature verifies");
        assertThat(caoBang.getByTestId("notice-status")).hasText("executed");
        shot(caoBang, "closed-cao-bang");

        reloadUntilVisible(guangxi, cnPage, guangxi.locator("[data-testid='handover-status']:has-text('已结案')"));
        assertThat(guangxi.getByTestId("verdict-HOLDING")).hasText("签名验证通过");
        assertThat(guangxi.getByTestId("verdict-REQUESTING")).hasText("签名验证通过");
        assertThat(guangxi.getByTestId("custody")).containsText("高平省公安厅");
        reloadUntilVisible(guangxi, cnPage, guangxi.locator("[data-testid='notice-status']:has-text('已执行')"));
        assertThat(guangxi.getByTestId("actions")).hasCount(0);
        shot(guangxi, "closed-guangxi");

        guangxi.navigate(DemoNodes.guangxi().url("/handovers/" + handover + "/record"));
        // Chinese lines break between any two characters: compare without white space
        String printed = printedText(guangxi).replaceAll("\\s+", "");
        assertThat(printed).contains("Biênbảnbàngiaođốitượngtruynã", "在逃人员移交记录", "ĐinhThịNga",
                "CửakhẩuquốctếTàLùng/水口口岸", "Chữkýsốhợplệ", "签名验证");
    }

    static void confirm(Page page, LocalDate day, String time, String officers, String documents, String condition) {
        page.getByTestId("confirmation-date").fill(day.toString());
        page.getByTestId("confirmation-time").fill(time);
        page.getByTestId("confirmation-officers").fill(officers);
        page.getByTestId("confirmation-documents").fill(documents);
        page.getByTestId("confirmation-photo").selectOption("MATCHES");
        page.getByTestId("confirmation-condition").fill(condition);
        page.getByTestId("confirmation-items").fill("Giấy chứng minh / 身份证件 (1)\nĐiện thoại / 手机 (1)");
        page.getByTestId("confirm").click();
    }

    /**
     * The record as printed: Chromium's PDF read back with {@code pdftotext} (poppler-utils), which proves the fonts
     * carried both scripts into the PDF; on a machine without pdftotext, the text the print layout renders.
     */
    static String printedText(Page page) throws IOException, InterruptedException {
        Path pdf = Files.createDirectories(SHOTS).resolve("handover-record.pdf");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (!Files.isExecutable(pdftotext)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("pdftotext is missing on CI: apt-get install poppler-utils");
            }
            return page.locator("body").innerText();
        }
        Path txt = pdf.resolveSibling("handover-record.txt");
        Process p = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("pdftotext exit code").isZero();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    static LocalDate lastBeforeToday(MonthDay day) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate last = day.atYear(today.getYear());
        return last.isBefore(today) ? last : last.minusYears(1);
    }

    /** The partner's stage arrives through the exchange a moment later; reload as an officer would. */
    static void reloadUntilVisible(Page page, String url, Locator target) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        page.navigate(url);
        while (target.count() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not shown within 30 s at " + url);
            }
            page.waitForTimeout(250);
            page.navigate(url);
        }
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
