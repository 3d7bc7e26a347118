package org.liaison.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real browser for end-to-end tests: Debian's headless Chromium, launched once per test JVM through Playwright and
 * closed when the JVM exits. Each {@link Page} or {@link BrowserContext} parameter of a test method is a new browser
 * context (its own cookies, so its own session and language), closed after the test; a test that needs two
 * officers at once asks for two pages. When a test fails, its pages are saved under {@code target/e2e/failures/}.
 *
 * <p>Without Chromium the test class is skipped, with the reason in the report, before {@link DemoNodes} starts
 * anything; on CI (environment variable {@code CI} set) it fails instead, because CI installs Chromium.
 */
public final class Browser implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback {

    /** Debian's Chromium; {@code -Dliaison.e2e.chromium=PATH} points elsewhere (another distribution, a Mac). */
    static final Path CHROMIUM = Path.of(System.getProperty("liaison.e2e.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private static com.microsoft.playwright.Browser chromium;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        String missing = "no Chromium at " + CHROMIUM + " (install it with: apt-get install chromium)";
        // CI installs Chromium (.ci/run): there a missing browser is a broken set-up, not a reason to skip.
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("Browser tests cannot run on CI: " + missing);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium();
    }

    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            long started = System.nanoTime();
            // Each Playwright.create() unpacks its driver into java.io.tmpdir (target/tmp under Maven): do it once.
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(ARGS));
            // Auto-waiting assertions return as soon as they hold; the longer limit only spares a busy 2-core CI
            // machine false failures (Playwright's default is 5 s).
            PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
            System.out.printf("Chromium %s started in %d ms%n", chromium.version(), (System.nanoTime() - started) / 1_000_000);
            // Not @AfterAll: the browser serves every test class in this JVM.
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-shutdown"));
        }
        return chromium;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return parameter.getDeclaringExecutable() instanceof Method && (type == Page.class || type == BrowserContext.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // English browser (Accept-Language en-US) and a laptop-sized window, the same on every machine.
        BrowserContext browserContext = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(1280, 800));
        openContexts(context).add(browserContext);
        return parameter.getParameter().getType() == Page.class ? browserContext.newPage() : browserContext;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path dir = Path.of(System.getProperty("basedir", ""), "target", "e2e", "failures");
        String name = (context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-" + context.getDisplayName()).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        int n = 0;
        for (BrowserContext browserContext : openContexts(context).contexts) {
            for (Page page : browserContext.pages()) {
                Path file = dir.resolve(name + "-" + (++n) + ".png");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    System.out.println("Screenshot of failed test at " + page.url() + ": " + file.toAbsolutePath());
                } catch (RuntimeException e) {
                    // a crashed page must not hide the test's own failure
                    System.out.println("No screenshot of " + page.url() + ": " + e.getMessage());
                }
            }
        }
    }

    private static OpenContexts openContexts(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(OpenContexts.class);
    }

    /** The test's browser contexts; JUnit closes a stored AutoCloseable when the test's extension context ends. */
    static final class OpenContexts implements AutoCloseable {
        final List<BrowserContext> contexts = new ArrayList<>();

        void add(BrowserContext context) {
            contexts.add(context);
        }

        @Override
        public void close() {
            contexts.forEach(BrowserContext::close);
        }
    }
}
