package org.liaison.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.liaison.support.Eventually.reloadUntilVisible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * A joint case in a real browser across the two demo nodes: a Cao Bang officer opens a drug case (a refused form
 * first), shares it with Guangxi; Guangxi's officer finds it among the partners' cases and proposes a seizure;
 * Cao Bang's supervisor accepts it, and both sides then show the seizure in the case's totals at the same version.
 * No page needs JavaScript.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class JointCaseE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "cases");

    @Test
    void caoBangSharesACaseGuangxiProposesASeizureAndCaoBangAcceptsIt(Page caoBang, Page guangxi) {
        DemoNodes.caoBang().logIn(caoBang, "cb.supervisor");
        caoBang.navigate(DemoNodes.caoBang().url("/cases?lang=en"));
        caoBang.getByTestId("new-case").click();
        caoBang.getByTestId("crime-area").selectOption("DRUGS");
        caoBang.getByTestId("title-zh").fill("经复和县运输冰毒案");
        caoBang.getByTestId("summary").fill("Tin báo về một nhóm vận chuyển ma túy đá qua cửa khẩu Tà Lùng.");
        caoBang.getByTestId("unit-VN-CB/CB-PC04").check();
        caoBang.getByTestId("unit-CN-GX/GX-LZ").check();
        caoBang.getByTestId("save").click();

        assertThat(caoBang.getByTestId("error-case-titleVi"))
                .hasText("Required: the title in the originating agency’s language (Vietnamese).");
        assertThat(caoBang.getByTestId("title-zh")).hasValue("经复和县运输冰毒案");
        caoBang.getByTestId("title-vi").fill("Vận chuyển ma túy đá qua huyện Phục Hòa");
        caoBang.getByTestId("save").click();

        assertThat(caoBang.getByTestId("done")).hasText("The case is open.");
        assertThat(caoBang.getByTestId("revision")).hasText("1");
        String caseUrl = caoBang.url().replaceAll("\\?.*", "");
        String caseId = caseUrl.replaceAll(".*/cases/", "");
        caoBang.getByTestId("share-agency").selectOption("CN-GX");
        caoBang.getByTestId("share").click();
        assertThat(caoBang.getByTestId("shares")).containsText("Guangxi");
        shot(caoBang, "case-shared");

        DemoNodes.guangxi().logIn(guangxi, "gx.officer");
        Locator row = guangxi.locator("[data-case='" + caseId + "']");
        reloadUntilVisible(guangxi, DemoNodes.guangxi().url("/cases?origin=RECEIVED&lang=zh-CN"), row);
        assertThat(row).containsText("经复和县运输冰毒案");
        assertThat(row).containsText("来自高平省公安厅");
        row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();

        assertThat(guangxi.getByTestId("case-title")).hasText("经复和县运输冰毒案");
        assertThat(guangxi.getByTestId("edit-case")).hasText("提出修改建议");
        guangxi.getByTestId("seizure-drug").selectOption("CRYSTAL_METHAMPHETAMINE");
        guangxi.getByTestId("seizure-quantity").fill("-3");
        guangxi.getByTestId("seizure-date").fill(LocalDate.now().minusDays(1).toString());
        guangxi.getByTestId("seizure-agency").selectOption("CN-GX");
        guangxi.getByTestId("seizure-place").fill("龙州县水口镇");
        guangxi.getByTestId("seizure-note").fill("龙州县公安局在水口镇查获，与本案有关。");
        guangxi.getByTestId("seizure-save").click();
        assertThat(guangxi.getByTestId("error-seizure-quantity")).hasText("数量必须大于零。");
        guangxi.getByTestId("seizure-quantity").fill("2.4");
        guangxi.getByTestId("seizure-save").click();
        assertThat(guangxi.getByTestId("done")).hasText("建议已提交，由主办方决定。");
        assertThat(guangxi.getByTestId("proposal-state")).hasText("待决定");
        shot(guangxi, "seizure-proposed");

        Locator accept = caoBang.getByTestId("accept");
        reloadUntilVisible(caoBang, caseUrl + "?lang=en", accept);
        assertThat(caoBang.getByTestId("proposal-seizure")).containsText("2.4 kg · Crystal methamphetamine");
        shot(caoBang, "proposal-received");
        accept.click();
        assertThat(caoBang.getByTestId("done")).hasText("Accepted: the change is in the case and sent to the partner.");
        assertThat(caoBang.getByTestId("totals")).containsText("2.4 kg");
        assertThat(caoBang.getByTestId("revision")).hasText("2");

        reloadUntilVisible(guangxi, guangxi.url(), guangxi.locator("[data-testid='totals']"));
        assertThat(guangxi.getByTestId("proposal-state")).hasText("已接受");
        assertThat(guangxi.getByTestId("totals")).containsText("2.4 千克");
        assertThat(guangxi.getByTestId("revision")).hasText("2");
        shot(guangxi, "proposal-accepted");
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
