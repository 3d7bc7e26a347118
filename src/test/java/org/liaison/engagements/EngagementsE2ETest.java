package org.liaison.engagements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * The page of the 2023 Cao Bang – Guangxi talks in a real browser, reached from the navigation, in Vietnamese,
 * Chinese and English: the joint status, both delegations, the four outcomes and the action items, in the
 * reader's language around the record's own (Vietnamese) wording.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class EngagementsE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "engagements");

    @Test
    void theTalksOf2023ReadInEachLanguage(Page page) {
        DemoNodes.caoBang().logIn(page, "cb.officer");
        page.navigate(DemoNodes.caoBang().url("/?lang=vi"));
        page.getByTestId("nav-engagements").click();
        page.getByTestId("filter-kind").selectOption("TALKS");
        page.getByTestId("filter-apply").click();
        Locator talks = page.locator("[data-record]").filter(new Locator.FilterOptions().setHasText("Trụ sở Công an tỉnh Cao Bằng"));
        assertThat(talks).containsText("Cấp tỉnh");
        talks.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();

        assertThat(page.getByTestId("joint-status")).hasText("Hai bên đã xác nhận");
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Tồn tại, hạn chế"))).isVisible();
        assertThat(page.getByTestId("delegation-CN-GX")).containsText("罗琦全");
        assertThat(page.getByTestId("items")).containsText("Đã hoàn thành");
        shot(page, "talks-vi");

        page.getByTestId("lang-zh").click();
        assertThat(page.getByTestId("joint-status")).hasText("双方已确认");
        assertThat(page.getByTestId("delegation-VN-CB")).containsText("高平省公安厅代表团");
        assertThat(page.getByTestId("outcomes")).containsText("Từ năm 2009");
        assertThat(page.getByTestId("items")).containsText("进行中");
        shot(page, "talks-zh");

        page.getByTestId("lang-en").click();
        assertThat(page.getByTestId("joint-status")).hasText("Confirmed by both");
        assertThat(page.getByTestId("joint-line")).containsText("Confirmed by 韦海燕 (CN-GX)");
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Orientations for the coming period")))
                .isVisible();
        assertThat(page.getByTestId("items")).containsText("Open");
        shot(page, "talks-en");
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
