package org.liaison.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints a line on stderr every few seconds while a long command runs, saying how far it is. */
final class ProgressLine implements AutoCloseable {

    private static final int EVERY_SECONDS = 5;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });

    /** @param line the line to print, or {@code null} when there is nothing to say yet */
    ProgressLine(PrintWriter err, Supplier<String> line) {
        timer.scheduleAtFixedRate(() -> {
            String text = line.get();
            if (text != null) {
                err.println(text);
                err.flush();
            }
        }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
