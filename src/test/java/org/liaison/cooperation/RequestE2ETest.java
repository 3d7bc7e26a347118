package org.liaison.cooperation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * One request in a real browser across the two demo nodes: a Cao Bang officer writes it (picking the person with
 * the search-as-you-type picker, attaching a note), Guangxi's supervisor is told by the bell and gives it to an
 * officer, who acknowledges and answers it; the answer comes back to Cao Bang, whose officer is told too.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class RequestE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "cooperation");
    static final String MAI = CooperationIntegrationTest.uuid("person:vn-mai").toString();

    @Test
    void aRequestFromCaoBangIsAnsweredOnGuangxiAndTheAnswerComesBack(Page hoa, Page haiyan, Page zhiqiang) throws IOException {
        DemoNodes.caoBang().logIn(hoa, "cb.officer");
        hoa.navigate(DemoNodes.caoBang().url("/?lang=en"));
        hoa.getByTestId("nav-cooperation").click();
        hoa.getByTestId("subnav-requests").click();
        hoa.getByTestId("new-request").click();

        hoa.getByTestId("type").selectOption("LOCATE_PERSON");
        hoa.getByTestId("urgency").selectOption("URGENT");
        assertThat(hoa.getByTestId("deadline-default")).containsText("24 hours for an urgent one");
        hoa.getByTestId("title").fill("Xác minh nơi ở của Hoàng Thị Mai tại Bằng Tường");
        hoa.getByTestId("body").fill("Đề nghị xác minh nơi ở hiện nay của đối tượng truy nã Hoàng Thị Mai.");
        hoa.getByTestId("person-search").fill("hoang thi");
        hoa.getByTestId("found-" + MAI).check();
        hoa.getByTestId("attachments").setInputFiles(note());
        shot(hoa, "request-form");
        hoa.getByTestId("send").click();

        assertThat(hoa.getByTestId("sent")).isVisible();
        assertThat(hoa.getByTestId("request-status")).hasText("Open");
        assertThat(hoa.getByTestId("persons")).containsText("Hoàng Thị Mai / HOANG THI MAI");
        assertThat(hoa.getByTestId("files")).containsText("ho-so.txt");
        String request = hoa.url().replaceAll(".*/requests/([0-9a-f-]{36}).*", "$1");

        // Guangxi's supervisor is told, opens it from the notifications and gives it to an officer
        DemoNodes.guangxi().logIn(haiyan, "gx.supervisor");
        Locator notification = haiyan.locator("li[data-thread='" + request + "'] [data-testid='open-notification']");
        reloadUntilVisible(haiyan, DemoNodes.guangxi().url("/notifications?lang=zh-CN"), notification);
        assertThat(haiyan.getByTestId("bell-count")).not().hasText("0");
        notification.click();
        assertThat(haiyan.getByTestId("request-title")).hasText("Xác minh nơi ở của Hoàng Thị Mai tại Bằng Tường");
        assertThat(haiyan.getByTestId("origin-received")).containsText("高平省公安厅");
        haiyan.getByTestId("assignee").selectOption("gx.officer");
        haiyan.getByTestId("assign").click();
        assertThat(haiyan.getByTestId("assigned-to")).hasText("黄志强");
        shot(haiyan, "request-received");

        // the officer acknowledges it and answers
        DemoNodes.guangxi().logIn(zhiqiang, "gx.officer");
        zhiqiang.navigate(DemoNodes.guangxi().url("/requests/" + request + "?lang=zh-CN"));
        zhiqiang.getByTestId("acknowledge").click();
        assertThat(zhiqiang.getByTestId("request-status")).hasText("已确认收到");
        zhiqiang.getByTestId("kind-FINAL_REPLY").check();
        zhiqiang.getByTestId("reply-text").fill("经查，该人员现居凭祥市南山路一出租屋，已布控。");
        zhiqiang.getByTestId("reply-send").click();
        assertThat(zhiqiang.getByTestId("request-status")).hasText("已答复");
        shot(zhiqiang, "request-answered");

        // meanwhile Hoa reads Guangxi's lead on Pingxiang: its conditions head the page
        hoa.navigate(DemoNodes.caoBang().url("/reports/" + CooperationIntegrationTest.METH_REPORT + "?lang=vi"));
        assertThat(hoa.getByTestId("not-for-court")).containsText("KHÔNG DÙNG TRƯỚC TÒA");
        assertThat(hoa.getByTestId("conditions-banner")).containsText("Chỉ dùng để phòng, chống tội phạm");
        shot(hoa, "report-received");
        hoa.navigate(DemoNodes.caoBang().url("/requests/" + request + "?lang=en"));

        // the answer comes back to Cao Bang, and Hoa is told
        reloadUntil(hoa, hoa.url(), () -> hoa.getByTestId("request-status").textContent().equals("Answered"));
        Locator thread = hoa.getByTestId("thread");
        assertThat(thread.locator("[data-kind='ACKNOWLEDGED']")).hasCount(1);
        assertThat(thread.locator("[data-kind='FINAL_REPLY'] [data-testid='entry-text']"))
                .hasText("经查，该人员现居凭祥市南山路一出租屋，已布控。");
        assertThat(hoa.getByTestId("answered-late")).hasCount(0);
        assertThat(hoa.getByTestId("bell-count")).hasText(Pattern.compile("[1-9]\\d*"));
        shot(hoa, "request-answer-back");
    }

    static Path note() throws IOException {
        Path file = Files.createDirectories(SHOTS).resolve("ho-so.txt");
        Files.writeString(file, "Ảnh chụp và đặc điểm nhận dạng: cao 1m55, nốt ruồi má trái.", StandardCharsets.UTF_8);
        return file;
    }

    static void reloadUntilVisible(Page page, String url, Locator target) {
        reloadUntil(page, url, () -> target.count() > 0);
    }

    /** The partner's copy and answers arrive through the exchange a moment later; reload as an officer would. */
    static void reloadUntil(Page page, String url, java.util.function.BooleanSupplier shown) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        page.navigate(url);
        while (!shown.getAsBoolean()) {
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
