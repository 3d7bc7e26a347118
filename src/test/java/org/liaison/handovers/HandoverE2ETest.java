package org.liaison.handovers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;
import org.liaison.support.Eventually;

/**
 * The model case of issue 6 in a real browser across the two demo nodes. Guangxi has recorded 丁氏娥 among its own
 * persons; Cao Bang records the fugitive Đinh Thị Nga (the same woman, written in Vietnamese), issues a wanted notice
 * and shares it; Guangxi's automatic screening raises an alert matching the notice to its record; Cao Bang asks
 * Guangxi to locate and arrest her (a request from the notice page) and requests her handover; Guangxi records the
 * arrest and proposes the handover at Tà Lùng – Shuikou; both agree; each side signs its confirmation of the
 * execution; Cao Bang closes. Both nodes then show the same closed handover with both signatures verified, the
 * notice is executed on Guangxi's copy too, the printed record (Chromium's PDF) carries Vietnamese and Chinese, and
 * the cooperation statistics of both nodes count one handover to Viet Nam on that day.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class HandoverE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "handovers");

    @Test
    void guangxiHandsOverAFugitiveToCaoBangAndBothNodesShowTheSameClosedRecord(Page caoBang, Page guangxi)
            throws IOException, InterruptedException {
        LocalDate handoverDay = handoverDay();
        LocalDate arrestDay = handoverDay.minusDays(37);

        // Guangxi already holds a record of the woman, in Han characters, before any notice about her arrives
        DemoNodes.guangxi().logIn(guangxi, "gx.officer");
        recordWoman(guangxi, DemoNodes.guangxi().url("/persons/new?lang=zh-CN"), "丁氏娥");

        DemoNodes.caoBang().logIn(caoBang, "cb.officer");
        String person = recordWoman(caoBang, DemoNodes.caoBang().url("/persons/new?lang=en"), "Đinh Thị Nga");
        caoBang.getByTestId("issue-notice").click();
        caoBang.getByTestId("charges").fill("Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự); bỏ trốn sang Quảng Tây.");
        caoBang.getByTestId("crime-area").selectOption("DRUGS");
        caoBang.getByTestId("warrant-reference").fill("77/QĐ-CSĐT");
        caoBang.getByTestId("save").click();
        String notice = caoBang.url().replaceAll(".*/wanted-notices/([0-9a-f-]{36}).*", "$1");
        String noticePage = caoBang.url();
        caoBang.getByTestId("share-agency").selectOption("CN-GX");
        caoBang.getByTestId("share").click();
        assertThat(caoBang.getByTestId("shared")).isVisible();

        // Guangxi's automatic screening matches the arriving notice against its own records
        Locator alert = guangxi.locator("[data-testid='hits'] tr",
                new Page.LocatorOptions().setHasText("Đinh Thị Nga")).filter(new Locator.FilterOptions().setHasText("丁氏娥"));
        Eventually.reloadUntilVisible(guangxi, DemoNodes.guangxi().url("/screening/alerts?lang=zh-CN"), alert);
        assertThat(alert).hasCount(1);
        shot(guangxi, "screening-alert");

        // Cao Bang asks Guangxi to locate and arrest her, from the notice
        caoBang.navigate(noticePage);
        caoBang.getByTestId("request-arrest").click();
        assertThat(caoBang).hasURL(Pattern.compile(".*/requests/new\\?notice=" + notice));
        caoBang.getByTestId("type").selectOption("PROVISIONAL_ARREST");
        caoBang.getByTestId("urgency").selectOption("URGENT");
        caoBang.getByTestId("title").fill("Đề nghị truy bắt Đinh Thị Nga");
        caoBang.getByTestId("body").fill("Đề nghị xác minh, truy bắt và tạm giữ đối tượng truy nã Đinh Thị Nga, bỏ trốn sang Quảng Tây.");
        caoBang.getByTestId("person-search").fill("dinh thi nga");
        caoBang.getByTestId("found-" + person).check();
        caoBang.getByTestId("send").click();
        assertThat(caoBang.getByTestId("sent")).isVisible();
        assertThat(caoBang.getByTestId("persons")).containsText("Đinh Thị Nga");
        String request = caoBang.url().replaceAll(".*/requests/([0-9a-f-]{36}).*", "$1");
        Eventually.reloadUntilVisible(guangxi, DemoNodes.guangxi().url("/requests/" + request + "?lang=zh-CN"),
                guangxi.getByTestId("request-title"));
        assertThat(guangxi.getByTestId("request-title")).hasText("Đề nghị truy bắt Đinh Thị Nga");

        caoBang.navigate(DemoNodes.caoBang().url("/handovers/new"));
        caoBang.getByTestId("notice").selectOption(notice);
        caoBang.getByTestId("holding-agency").selectOption("CN-GX");
        caoBang.getByTestId("grounds").fill("Đối tượng đặc biệt nguy hiểm bỏ trốn sang Quảng Tây; đề nghị bắt giữ và bàn giao.");
        caoBang.getByTestId("send-request").click();
        assertThat(caoBang.getByTestId("done")).hasText("The request is sent to the partner.");
        String handover = caoBang.url().replaceAll(".*/handovers/([0-9a-f-]{36}).*", "$1");
        String vnPage = DemoNodes.caoBang().url("/handovers/" + handover);
        String cnPage = DemoNodes.guangxi().url("/handovers/" + handover + "?lang=zh-CN");

        Eventually.reloadUntilVisible(guangxi, cnPage, guangxi.getByTestId("form-DETAINED"));
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

        Eventually.reloadUntilVisible(caoBang, vnPage, caoBang.getByTestId("agree"));
        // China's 10:30 is Viet Nam's 09:30: each node shows its own time
        assertThat(caoBang.getByTestId("scheduled")).hasText(handoverDay + " 09:30");
        assertThat(caoBang.getByTestId("form-CONFIRMATION")).hasCount(0);
        caoBang.getByTestId("agree").click();
        assertThat(caoBang.getByTestId("handover-status")).hasText("Agreed by both sides");
        shot(caoBang, "agreed");

        Eventually.reloadUntilVisible(guangxi, cnPage, guangxi.getByTestId("form-CONFIRMATION"));
        confirm(guangxi, handoverDay, "10:30", "黄志强\n农建军", "越南身份证件；通缉令照片", "情绪稳定，无外伤");
        assertThat(guangxi.getByTestId("verdict-HOLDING")).hasText("签名验证通过");

        Eventually.reloadUntilVisible(caoBang, vnPage, caoBang.getByTestId("form-CONFIRMATION"));
        confirm(caoBang, handoverDay, "09:35", "Thiếu tá Nông Thị Hoa\nĐại úy Hoàng Văn Bình",
                "Giấy tờ tùy thân; đối chiếu ảnh trên quyết định truy nã", "Sức khỏe bình thường");
        assertThat(caoBang.getByTestId("handover-status")).hasText("Executed");
        caoBang.getByTestId("close").click();
        assertThat(caoBang.getByTestId("handover-status")).hasText("Closed");
        assertThat(caoBang.getByTestId("verdict-HOLDING")).hasText("Signature verifies");
        assertThat(caoBang.getByTestId("verdict-REQUESTING")).hasText("Signature verifies");
        assertThat(caoBang.getByTestId("notice-status")).hasText("executed");
        shot(caoBang, "closed-cao-bang");

        Eventually.reloadUntilVisible(guangxi, cnPage, guangxi.locator("[data-testid='handover-status']:has-text('已结案')"));
        assertThat(guangxi.getByTestId("verdict-HOLDING")).hasText("签名验证通过");
        assertThat(guangxi.getByTestId("verdict-REQUESTING")).hasText("签名验证通过");
        assertThat(guangxi.getByTestId("custody")).containsText("高平省公安厅");
        Eventually.reloadUntilVisible(guangxi, cnPage, guangxi.locator("[data-testid='notice-status']:has-text('已执行')"));
        assertThat(guangxi.getByTestId("actions")).hasCount(0);
        shot(guangxi, "closed-guangxi");

        guangxi.navigate(DemoNodes.guangxi().url("/handovers/" + handover + "/record"));
        // Chinese lines break between any two characters: compare without white space
        String printed = printedText(guangxi).replaceAll("\\s+", "");
        assertThat(printed).contains("Biênbảnbàngiaođốitượngtruynã", "在逃人员移交记录", "ĐinhThịNga",
                "CửakhẩuquốctếTàLùng/水口口岸", "Chữkýsốhợplệ", "签名验证");

        // the cooperation statistics of that day count this one handover to Viet Nam, on both nodes
        String day = "from=" + handoverDay + "&to=" + handoverDay;
        assertThat(statistics(DemoNodes.caoBang(), "cb.officer", day + "&partner=CN-GX"))
                .contains("\nhandovers_to_vn,1\r\n", "\nhandovers_to_cn,0\r\n");
        assertThat(statistics(DemoNodes.guangxi(), "gx.supervisor", day + "&partner=VN-CB"))
                .contains("\nhandovers_to_vn,1\r\n", "\nhandovers_to_cn,0\r\n");
    }

    /** Records a woman born in 1991 through the persons form; returns the new record's id. */
    static String recordWoman(Page page, String form, String name) {
        page.navigate(form);
        page.getByTestId("name-0").fill(name);
        page.getByTestId("sex").selectOption("FEMALE");
        page.getByTestId("birth-precision").selectOption("YEAR");
        page.getByTestId("birth-year").fill("1991");
        page.getByTestId("save").click();
        assertThat(page.getByTestId("names")).containsText(name);
        return page.url().replaceAll(".*/persons/([0-9a-f-]{36}).*", "$1");
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

    /**
     * A day no demo handover was executed on (the seeds use 20 September, 24 August, 18 October and days of 2017):
     * the first Tuesday of this month in Viet Nam, or of the month before while this month's has not passed yet, so
     * that both confirmations of the execution lie in the past, as the product requires.
     */
    static LocalDate handoverDay() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate day = today.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
        return day.isBefore(today) ? day : today.minusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }

    /** The cooperation report as another system reads it: CSV through the API, with an officer's own token. */
    static String statistics(DemoNodes.Node node, String username, String query) throws IOException, InterruptedException {
        OfficerAccounts accounts = node.bean(OfficerAccounts.class);
        String token = accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "handover e2e").rawToken();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.url("/api/v1/reports/cooperation?" + query)))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
