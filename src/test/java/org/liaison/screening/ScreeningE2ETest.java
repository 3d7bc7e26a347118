package org.liaison.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * Screening in a real browser on the two demo nodes: a Cao Bang officer screens a name in the Vietnamese pages and a
 * Guangxi officer one in the Chinese pages (htmx puts the results in place), each reading the explanation in their
 * language; the Guangxi officer then follows the alert badge to a possible match, compares the two records side by
 * side and confirms it, and Cao Bang's notice page shows the confirmation.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class ScreeningE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "screening");

    @Test
    void aCaoBangOfficerScreensANameInVietnameseAndReadsWhyAWantedManMatches(Page page) {
        DemoNodes.caoBang().logIn(page, "cb.officer");
        page.navigate(DemoNodes.caoBang().url("/screening?lang=vi"));
        assertThat(page.getByTestId("alert-count")).isVisible();

        page.getByTestId("screen-name").fill("Nông Chí Cường");
        page.getByTestId("screen-birth").fill("1984");
        page.getByTestId("screen-submit").click();

        Locator wanted = page.locator("[data-person='" + ScreeningIntegrationTest.demo("person:cn-nong") + "']");
        assertThat(wanted).containsText("农志强");
        assertThat(wanted.getByTestId("evidence")).containsText("Nông ~ 农 (âm Hán-Việt nông)");
        assertThat(wanted.getByTestId("evidence")).containsText("trùng năm sinh (1984)");
        assertThat(wanted.getByTestId("candidate-notice")).containsText("Truy nã: Ma túy");
        assertThat(page).hasURL(DemoNodes.caoBang().url("/screening?lang=vi"));
        shot(page, "screen-vi");
    }

    @Test
    void aGuangxiOfficerScreensANameInChineseConfirmsTheAlertAndCaoBangSeesIt(Page guangxi, Page caoBang) {
        DemoNodes.guangxi().logIn(guangxi, "gx.officer");
        guangxi.navigate(DemoNodes.guangxi().url("/screening?lang=zh-CN"));

        guangxi.getByTestId("screen-name").fill("赵文雄");
        guangxi.getByTestId("screen-submit").click();

        Locator wanted = guangxi.locator("[data-person='" + ScreeningIntegrationTest.demo("person:vn-trieu") + "']");
        assertThat(wanted).containsText("Triệu Văn Hùng");
        assertThat(wanted.getByTestId("evidence")).containsText("赵 ~ Triệu（汉越音 triệu）");
        shot(guangxi, "screen-zh");

        guangxi.getByTestId("alert-count").click();
        Locator alert = guangxi.locator("[data-testid='hits'] tr", new Page.LocatorOptions().setHasText("Triệu Văn Hùng"));
        alert.getByRole(AriaRole.LINK).click();
        assertThat(guangxi.getByTestId("side-notice")).containsText("Triệu Văn Hùng");
        assertThat(guangxi.getByTestId("side-ours")).containsText("赵文雄");
        assertThat(guangxi.getByTestId("evidence")).containsText("Triệu ~ 赵（汉越音 triệu）");
        shot(guangxi, "hit-zh");
        guangxi.getByTestId("confirm-note").fill("经核对照片，确认为同一人。");
        guangxi.getByTestId("confirm").click();
        assertThat(guangxi.getByTestId("reviewed")).hasText("已确认。正在告知通缉令签发方。");
        assertThat(guangxi.getByTestId("hit-status").first()).hasText("已确认");

        DemoNodes.caoBang().logIn(caoBang, "cb.officer");
        String notice = DemoNodes.caoBang().url("/wanted-notices/" + ScreeningIntegrationTest.demo("notice:vn-trieu-firearms")
                + "?lang=vi");
        reloadUntil(caoBang, notice, caoBang.getByTestId("confirmation"));
        assertThat(caoBang.getByTestId("confirmation")).containsText("黄志强");
        assertThat(caoBang.getByTestId("confirmation-note")).hasText("经核对照片，确认为同一人。");
        assertThat(caoBang.getByTestId("confirmation").getByTestId("evidence")).containsText("Triệu ~ 赵 (âm Hán-Việt triệu)");
        shot(caoBang, "notice-confirmed-vi");
    }

    /** The partner's message arrives a moment later; reload as an officer would. */
    static void reloadUntil(Page page, String url, Locator target) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            page.navigate(url);
            // the screening part of the notice's page comes in by htmx once the page has loaded
            page.getByTestId("notice-screening").waitFor();
            if (target.count() > 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not shown within 30 s at " + url);
            }
            page.waitForTimeout(250);
        }
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
