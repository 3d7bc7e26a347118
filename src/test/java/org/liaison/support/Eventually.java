package org.liaison.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what the partner node does through the exchange a moment later: a condition checked again and again,
 * or a page reloaded as an officer would, for at most 30 s. Nothing is timed: the wait ends as soon as it holds.
 */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    public static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void reloadUntilVisible(Page page, String url, Locator target) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        page.navigate(url);
        while (target.count() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not shown within " + LIMIT.toSeconds() + " s at " + url);
            }
            page.waitForTimeout(250);
            page.navigate(url);
        }
    }
}
