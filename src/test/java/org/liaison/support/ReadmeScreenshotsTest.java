package org.liaison.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes the README's pictures of the screens into {@code docs/screenshots/} (1280x800): the Cao Bang officer's
 * home page in Vietnamese and the Guangxi officer's in Chinese, and the top of a joint case's page. Run on purpose, not in the normal test run (the
 * {@code screenshots} tag is excluded in pom.xml):
 * <pre>mvn -Dgroups=screenshots -DexcludedGroups= test -Dtest=ReadmeScreenshotsTest</pre>
 * then look at the pictures and commit them.
 */
@Tag("screenshots")
@ExtendWith({Browser.class, DemoNodes.class})
class ReadmeScreenshotsTest {

    private static final Path DIR = Path.of(System.getProperty("basedir", ""), "docs", "screenshots");

    @Test
    void caoBangOfficerHomeInVietnamese(Page page) throws IOException {
        DemoNodes.caoBang().logIn(page, "cb.officer");
        save(page, "home.png");
    }

    @Test
    void guangxiOfficerHomeInChinese(Page page) throws IOException {
        DemoNodes.guangxi().logIn(page, "gx.officer");
        save(page, "home-cn.png");
    }

    @Test
    void caoBangSupervisorJointCaseInEnglish(Page page) throws IOException {
        DemoNodes.caoBang().logIn(page, "cb.supervisor");
        page.navigate(DemoNodes.caoBang().url("/cases/"
                + UUID.nameUUIDFromBytes("liaison-demo:case:trung-khanh-drugs".getBytes()) + "?lang=en"));
        save(page, "case.png");
    }

    private static void save(Page page, String name) throws IOException {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Path file = Files.createDirectories(DIR).resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
