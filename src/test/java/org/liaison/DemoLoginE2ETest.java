package org.liaison;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.liaison.DemoLoginE2ETest.Language.CHINESE;
import static org.liaison.DemoLoginE2ETest.Language.ENGLISH;
import static org.liaison.DemoLoginE2ETest.Language.VIETNAMESE;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.support.Browser;
import org.liaison.support.DemoNodes;

/**
 * Logging in, switching language and logging out on both demo nodes, in a real browser. Every expectation is text a
 * user reads, copied from {@code messages/web_*.properties} and the demo directory, so a wrong translation fails here.
 * Each test has its own browser context: no session or language cookie carries over from another test.
 */
@ExtendWith({Browser.class, DemoNodes.class})
class DemoLoginE2ETest {

    /** What the header, home and log-in pages say in each language. */
    enum Language {
        VIETNAMESE("vi", "lang-vi", List.of("Trang chủ", "Danh bạ", "Đối tượng", "Truy nã", "Hợp tác", "Chuyên án phối hợp", "Đối chiếu", "Bàn giao", "Hoạt động hợp tác", "Thống kê", "Tìm kiếm", "Thông điệp", "Mã truy cập API"), "Đăng xuất", "Xin chào, %s",
                "Đăng nhập", "Sai tên đăng nhập hoặc mật khẩu.", "Bạn đã đăng xuất."),
        CHINESE("zh-CN", "lang-zh", List.of("首页", "机构名录", "人员", "通缉令", "合作", "联合案件", "比对", "移交", "合作活动", "统计", "检索", "消息", "API 令牌"), "退出", "欢迎，%s",
                "登录", "用户名或密码错误。", "您已退出。"),
        ENGLISH("en", "lang-en", List.of("Home", "Directory", "Persons", "Wanted notices", "Cooperation", "Joint cases", "Screening", "Handovers", "Engagements", "Statistics", "Search", "Messages", "API tokens"), "Log out", "Welcome, %s",
                "Log in", "Wrong user name or password.", "You have logged out.");

        final String tag;
        final String link;
        final List<String> navigation;
        final String logOut;
        final String welcome;
        final String logInTitle;
        final String wrongPassword;
        final String loggedOut;

        Language(String tag, String link, List<String> navigation, String logOut, String welcome, String logInTitle,
                 String wrongPassword, String loggedOut) {
            this.tag = tag;
            this.link = link;
            this.navigation = navigation;
            this.logOut = logOut;
            this.welcome = welcome;
            this.logInTitle = logInTitle;
            this.wrongPassword = wrongPassword;
            this.loggedOut = loggedOut;
        }
    }

    /** A demo officer (role OFFICER only) on their own node, and how the header names their agency in each language. */
    enum Officer {
        CAO_BANG(DemoNodes::caoBang, "cb.officer", "Nông Thị Hoa", VIETNAMESE, Map.of(
                VIETNAMESE, "Công an tỉnh Cao Bằng",
                CHINESE, "高平省公安厅",
                ENGLISH, "Cao Bang Provincial Department of Public Security")),
        GUANGXI(DemoNodes::guangxi, "gx.officer", "黄志强", CHINESE, Map.of(
                CHINESE, "广西壮族自治区公安厅",
                VIETNAMESE, "Công an Khu tự trị dân tộc Choang Quảng Tây",
                ENGLISH, "Guangxi Public Security Bureau"));

        private final Supplier<DemoNodes.Node> node;
        final String username;
        final String fullName;
        final Language preferred;
        final Map<Language, String> agencyName;

        Officer(Supplier<DemoNodes.Node> node, String username, String fullName, Language preferred,
                Map<Language, String> agencyName) {
            this.node = node;
            this.username = username;
            this.fullName = fullName;
            this.preferred = preferred;
            this.agencyName = agencyName;
        }

        DemoNodes.Node node() {
            return node.get();
        }

        void logIn(Page page) {
            node().logIn(page, username);
        }

        /** The other two languages first, so every switch changes what is shown, then back to the preferred one. */
        List<Language> languagesEndingWithPreferred() {
            return Stream.concat(Arrays.stream(Language.values()).filter(l -> l != preferred), Stream.of(preferred)).toList();
        }
    }

    @ParameterizedTest
    @EnumSource
    void greetsOfficerInPreferredLanguageAfterRedirectToLogIn(Officer officer, Page page) {
        page.navigate(officer.node().url("/"));

        assertThat(page).hasURL(officer.node().url("/login"));
        // Before log-in nobody has chosen: the browser's language (en-US) decides.
        assertThat(page.getByRole(AriaRole.HEADING)).hasText(ENGLISH.logInTitle);

        page.getByTestId("username").fill(officer.username);
        page.getByTestId("password").fill(DemoNodes.PASSWORD);
        page.getByTestId("login").click();

        assertThat(page).hasURL(officer.node().url("/"));
        assertShownIn(page, officer, officer.preferred);
    }

    @ParameterizedTest
    @EnumSource
    void switchesLanguageFromHeaderAndRemembersIt(Officer officer, Page page) {
        officer.logIn(page);

        for (Language language : officer.languagesEndingWithPreferred()) {
            page.getByTestId(language.link).click();
            assertThat(page).hasURL(officer.node().url("/?lang=" + language.tag));
            assertShownIn(page, officer, language);

            page.navigate(officer.node().url("/"));
            assertShownIn(page, officer, language);
        }
    }

    @ParameterizedTest
    @EnumSource
    void logsOutToLogInPage(Officer officer, Page page) {
        officer.logIn(page);

        page.getByTestId("logout").click();

        assertThat(page).hasURL(officer.node().url("/login?logout"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText(officer.preferred.logInTitle);
        assertThat(page.locator(".info")).hasText(officer.preferred.loggedOut);
        assertThat(page.getByTestId("username")).isVisible();
        assertThat(page.getByTestId("me")).hasCount(0);
        // The session is gone, not just hidden: the home page asks for a log-in again.
        page.navigate(officer.node().url("/"));
        assertThat(page).hasURL(officer.node().url("/login"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyOfficerInEveryLanguage")
    void rejectsWrongPasswordInChosenLanguage(Officer officer, Language language, Page page) {
        page.navigate(officer.node().url("/login"));
        page.getByTestId(language.link).click();

        // Three failures per account over all languages, below the lock-out at five; a later good log-in resets them.
        page.getByTestId("username").fill(officer.username);
        page.getByTestId("password").fill("not-" + DemoNodes.PASSWORD);
        page.getByTestId("login").click();

        assertThat(page).hasURL(officer.node().url("/login?error=bad"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(language.wrongPassword);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText(language.logInTitle);
        assertThat(page.getByTestId("me")).hasCount(0);
    }

    static Stream<Arguments> everyOfficerInEveryLanguage() {
        return Arrays.stream(Officer.values())
                .flatMap(o -> Arrays.stream(Language.values()).map(l -> Arguments.of(o, l)));
    }

    private static void assertShownIn(Page page, Officer officer, Language language) {
        assertThat(page.locator("html")).hasAttribute("lang", language.tag);
        assertThat(page.getByTestId(language.link)).hasClass(Pattern.compile("\\bon\\b"));
        assertThat(page.getByTestId("agency-name")).hasText(officer.agencyName.get(language));
        // Playwright hands the pattern to the browser, whose regular expressions know no \\Q...\\E quoting: the names hold no special characters
        assertThat(page).hasTitle(Pattern.compile(".*" + officer.agencyName.get(language) + ".*"));
        // the screening alert badge is a link too, with a count that depends on what other tests reviewed
        assertThat(page.locator("nav.main a:not(.badge)")).hasText(language.navigation.toArray(String[]::new));
        assertThat(page.getByTestId("welcome")).hasText(language.welcome.formatted(officer.fullName));
        assertThat(page.getByTestId("me")).hasText(officer.fullName);
        assertThat(page.getByTestId("logout")).hasText(language.logOut);
    }
}
