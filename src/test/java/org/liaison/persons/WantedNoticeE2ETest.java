package org.liaison.persons;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.liaison.support.Eventually.reloadUntilVisible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * The wanted-notice flow in a real browser across the two demo nodes: a Cao Bang officer records a person through
 * the form (adding a row, fixing a refused number), issues a notice with a photo and shares it; Guangxi's officer
 * finds it among the received notices, read-only, photo included; Cao Bang withdraws it and Guangxi sees that too.
 * No page needs JavaScript.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class WantedNoticeE2ETest {

    static final Path SHOTS = Path.of("target", "e2e", "persons");

    @Test
    void caoBangSharesANoticeGuangxiReadsItAndSeesItWithdrawn(Page caoBang, Page guangxi) throws IOException {
        DemoNodes.caoBang().logIn(caoBang, "cb.officer");
        caoBang.navigate(DemoNodes.caoBang().url("/persons/new?lang=en"));
        caoBang.getByTestId("name-0").fill("Ma Văn Lực");
        caoBang.getByTestId("name-1").fill("MA VAN LUC");
        caoBang.locator("select[name='names[1].kind']").selectOption("AS_ON_DOCUMENT");
        caoBang.getByTestId("add-name").click();
        caoBang.getByTestId("name-2").fill("马文力");
        caoBang.locator("select[name='names[2].script']").selectOption("HAN");
        caoBang.getByTestId("sex").selectOption("MALE");
        caoBang.getByTestId("birth-precision").selectOption("FULL");
        caoBang.getByTestId("birth-year").fill("1987");
        caoBang.getByTestId("birth-month").fill("9");
        caoBang.getByTestId("birth-day").fill("2");
        caoBang.getByTestId("document-0").fill("004087123");
        caoBang.getByTestId("save").click();

        assertThat(caoBang.getByTestId("error-documents[0].number"))
                .hasText("A Vietnamese citizen ID has 12 digits; this one has 9.");
        assertThat(caoBang.getByTestId("name-2")).hasValue("马文力");
        shot(caoBang, "person-form-refused");
        caoBang.getByTestId("document-0").fill("004 087 123 456");
        caoBang.getByTestId("document-0").press("Enter");

        assertThat(caoBang.getByTestId("person-name")).hasText("Ma Văn Lực");
        assertThat(caoBang.getByTestId("names")).containsText("马文力");
        assertThat(caoBang.getByTestId("documents")).containsText("Agrees with the record.");
        shot(caoBang, "person");

        caoBang.getByTestId("issue-notice").click();
        caoBang.getByTestId("charges").fill("Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự).");
        caoBang.getByTestId("crime-area").selectOption("DRUGS");
        caoBang.getByTestId("warrant-reference").fill("52/QĐ-CSĐT");
        caoBang.getByTestId("danger-warnings").fill("Có thể mang vũ khí.");
        caoBang.getByTestId("photo").setInputFiles(photo());
        caoBang.getByTestId("save").click();

        assertThat(caoBang.getByTestId("saved")).isVisible();
        assertThat(caoBang.getByTestId("photo")).isVisible();
        assertThat(caoBang.getByTestId("photo")).hasJSProperty("naturalWidth", 40);
        String notice = caoBang.url().replaceAll(".*/wanted-notices/([0-9a-f-]{36}).*", "$1");
        caoBang.getByTestId("share-agency").selectOption("CN-GX");
        caoBang.getByTestId("share").click();
        assertThat(caoBang.getByTestId("shared")).containsText("Guangxi");
        shot(caoBang, "notice-shared");

        DemoNodes.guangxi().logIn(guangxi, "gx.officer");
        Locator row = guangxi.locator("[data-notice='" + notice + "']");
        reloadUntilVisible(guangxi, DemoNodes.guangxi().url("/wanted-notices?origin=RECEIVED&lang=zh-CN"), row);
        assertThat(row).containsText("Ma Văn Lực");
        assertThat(row).containsText("毒品");
        row.getByRole(AriaRole.LINK).click();

        assertThat(guangxi.getByTestId("origin-received").first()).containsText("高平省公安厅");
        assertThat(guangxi.getByTestId("charges")).hasText("Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự).");
        assertThat(guangxi.getByTestId("photo")).hasJSProperty("naturalWidth", 40);
        assertThat(guangxi.getByTestId("share-form")).hasCount(0);
        assertThat(guangxi.getByTestId("withdraw-form")).hasCount(0);
        shot(guangxi, "notice-received");

        caoBang.getByTestId("withdraw-reason").fill("Đối tượng đã ra đầu thú.");
        caoBang.getByTestId("withdraw").click();
        assertThat(caoBang.getByTestId("notice-status").first()).hasText("Withdrawn");

        reloadUntilVisible(guangxi, guangxi.url(), guangxi.getByTestId("status-reason"));
        assertThat(guangxi.getByTestId("notice-status").first()).hasText("已撤销");
        assertThat(guangxi.getByTestId("status-reason")).hasText("Đối tượng đã ra đầu thú.");
    }

    /** A real 40 × 50 PNG, so the browser must decode what the node serves back. */
    static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(40, 50, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x14532d));
        g.fillRect(0, 0, 40, 50);
        g.dispose();
        Path file = Files.createDirectories(SHOTS).resolve("photo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
