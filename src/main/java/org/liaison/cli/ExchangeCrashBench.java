package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Both nodes as separate processes; while N test messages stream from Cao Bang to Guangxi, one of the two is
 * killed with SIGKILL at a random moment and restarted, K times. Then the queue drains and we count.
 */
@Command(name = "exchange-crash", mixinStandardHelpOptions = true,
        description = "Kill sender and receiver with SIGKILL K times during a stream of N envelopes; prints lost and duplicates.")
final class ExchangeCrashBench implements Callable<Integer> {

    @Option(names = "--messages", description = "How many messages (default ${DEFAULT-VALUE}).")
    int messages = 10_000;

    @Option(names = "--kills", description = "How many SIGKILLs (default ${DEFAULT-VALUE}).")
    int kills = 10;

    @Option(names = "--seed", description = "Random seed (default: time).")
    Long seed;

    @Option(names = "--rate", description = "Messages per second queued at the sender, so the stream spans the kills (default ${DEFAULT-VALUE}).")
    int rate = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        if (messages < 1 || kills < 0 || rate < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "messages must be positive, kills not negative");
        }
        out = spec.commandLine().getOut();
        Random random = new Random(seed == null ? System.nanoTime() : seed);
        Path dir = Files.createTempDirectory("liaison-bench-crash");
        out.println("data in " + dir + "; pairing the nodes...");
        out.flush();
        NodeProcess[] pair = NodeProcess.pairedDemo(dir);
        NodeProcess vn = pair[0];
        NodeProcess cn = pair[1];
        vn.start();
        cn.start();
        out.println("both nodes up; streaming " + messages + " messages with " + kills + " SIGKILLs...");
        out.flush();
        ProbeStream stream = ProbeStream.start(vn, "CN-GX", messages, rate);
        int killed = 0;
        // spread the kills over the stream's expected length
        long streamMs = messages * 1000L / rate;
        long gap = Math.max(1_000, streamMs / Math.max(1, kills) - 8_000);
        while (killed < kills) {
            Thread.sleep(500 + (long) (random.nextDouble() * gap));
            NodeProcess victim = random.nextBoolean() ? vn : cn;
            victim.kill();
            killed++;
            out.printf("kill %d/%d: %s (SIGKILL) after %d messages accepted; restarting%n", killed, kills, victim.agency,
                    stream.accepted());
            out.flush();
            victim.start();
        }
        long accepted = stream.join();
        out.println("stream done; waiting for the queue to drain...");
        out.flush();
        out.printf("kills=%d%n", killed);
        ProbeCount.drain(vn, cn, accepted, 300_000).print(out);
        vn.stop();
        cn.stop();
        return 0;
    }
}
