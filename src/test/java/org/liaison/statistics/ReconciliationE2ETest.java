package org.liaison.statistics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;
import org.liaison.support.Eventually;

/**
 * Reconciling a quarter in real browsers on both demo nodes: Cao Bang's supervisor goes from the dashboard to the
 * reconciliation and exchanges the figures; Guangxi's answer shows without anyone there pressing a button; both
 * supervisors mark the quarter agreed, and Cao Bang's page and dashboard then read "agreed by both".
 */
@ExtendWith({Browser.class, DemoNodes.class})
class ReconciliationE2ETest {

    static final String QUARTER = "from=2018-01-01&to=2018-03-31";

    @Test
    void bothSupervisorsAgreeAQuarterAfterExchangingItsFigures(Page caoBang, Page guangxi) {
        DemoNodes.caoBang().logIn(caoBang, "cb.supervisor");
        caoBang.navigate(DemoNodes.caoBang().url("/statistics?" + QUARTER + "&partner=CN-GX&lang=en"));
        assertThat(caoBang.getByTestId("reconciliation-status")).hasText("Not reconciled with CN-GX");
        caoBang.getByTestId("open-reconciliation").click();
        assertThat(caoBang.getByTestId("side-partner")).containsText("Not exchanged yet");
        caoBang.getByTestId("exchange").click();
        assertThat(caoBang.getByTestId("reconciliation-done")).containsText("Our figures were sent to CN-GX");
        String page = DemoNodes.caoBang().url("/statistics/reconciliation?" + QUARTER + "&partner=CN-GX&lang=en");
        Eventually.reloadUntilVisible(caoBang, page, caoBang.getByTestId("agree-form"));
        assertThat(caoBang.getByTestId("differences")).hasText("No statistic differs.");

        DemoNodes.guangxi().logIn(guangxi, "gx.supervisor");
        guangxi.navigate(DemoNodes.guangxi().url("/statistics/reconciliation?" + QUARTER + "&partner=VN-CB&lang=zh-CN"));
        assertThat(guangxi.getByTestId("differences")).hasText("没有统计项存在差异。");
        guangxi.getByTestId("agree").click();
        assertThat(guangxi.getByTestId("side-own")).containsText("韦海燕");

        caoBang.navigate(page);
        assertThat(caoBang.getByTestId("side-partner")).containsText("Agreed by 韦海燕 (gx.supervisor)");
        caoBang.getByTestId("agree").click();
        assertThat(caoBang.getByTestId("agreed-by-both")).containsText("Agreed by both");
        Eventually.reloadUntilVisible(guangxi, guangxi.url(), guangxi.getByTestId("agreed-by-both"));
        caoBang.navigate(DemoNodes.caoBang().url("/statistics?" + QUARTER + "&partner=CN-GX&lang=en"));
        assertThat(caoBang.getByTestId("reconciliation-status")).hasText("Reconciled: agreed by both sides with CN-GX");
    }
}
