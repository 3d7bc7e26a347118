package org.liaison.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private PrintWriter out;

    /** One node process; restartable with the same data. */
    final class Node {
        final String agency;
        final Path dir;
        final int port;
        Process process;

        Node(String agency, Path dir, int port) {
            this.agency = agency;
            this.dir = dir;
            this.port = port;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        String token() {
            return "VN-CB".equals(agency) ? "lia_demo_VN-CB_c40b8a1e5f2d4e97" : "lia_demo_CN-GX_9e3f6d2a7b1c5084";
        }

        ProcessBuilder builder(String... args) {
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar()));
            cmd.addAll(List.of(args));
            cmd.addAll(List.of("--agency", agency, "--data-dir", dir.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("LIAISON_NODE_DEMO", "true");
            pb.environment().put("LIAISON_NODE_PUBLIC_URL", url());
            pb.environment().put("LIAISON_EXCHANGE_MAX_BACKOFF", "2s");
            pb.environment().put("LOGGING_LEVEL_ROOT", "WARN");
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node.log").toFile()));
            return pb;
        }

        void runOnce(String... args) throws Exception {
            Process p = builder(args).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(agency + ": '" + String.join(" ", args) + "' failed; see " + dir.resolve("node.log"));
            }
        }

        void start() throws Exception {
            process = builder("serve", "--port", String.valueOf(port)).start();
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(agency + " exited during start; see " + dir.resolve("node.log"));
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(agency + " did not start within 120 s");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        JsonNode get(String path) throws Exception {
            var r = http.send(HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + token())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode());
            }
            return json.readTree(r.body());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (messages < 1 || kills < 0 || rate < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "messages must be positive, kills not negative");
        }
        out = spec.commandLine().getOut();
        Random random = new Random(seed == null ? System.nanoTime() : seed);
        Path dir = Files.createTempDirectory("liaison-bench-crash");
        Node vn = new Node("VN-CB", dir.resolve("vn-cb"), ExchangeBench.freePort());
        Node cn = new Node("CN-GX", dir.resolve("cn-gx"), ExchangeBench.freePort());
        Files.createDirectories(vn.dir);
        Files.createDirectories(cn.dir);
        out.println("data in " + dir + "; pairing the nodes...");
        out.flush();
        vn.runOnce("peer", "export", "--out", dir.resolve("vn.card").toString());
        cn.runOnce("peer", "export", "--out", dir.resolve("cn.card").toString());
        vn.runOnce("peer", "import", dir.resolve("cn.card").toString());
        cn.runOnce("peer", "import", dir.resolve("vn.card").toString());
        vn.start();
        cn.start();
        out.println("both nodes up; streaming " + messages + " messages with " + kills + " SIGKILLs...");
        out.flush();
        AtomicLong accepted = new AtomicLong();
        AtomicBoolean streaming = new AtomicBoolean(true);
        long streamStart = System.nanoTime();
        Thread producer = Thread.ofPlatform().start(() -> {
            while (accepted.get() < messages) {
                long due = streamStart + (long) (accepted.get() * 1e9 / Math.max(1, rate));
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                int n = (int) Math.min(Math.max(1, rate / 10), messages - accepted.get());
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(vn.url() + "/api/v1/admin/exchange/probes"))
                            .header("Authorization", "Bearer " + vn.token()).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":\"CN-GX\",\"count\":" + n
                                    + ",\"paddingBytes\":2000}")).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        accepted.addAndGet(n);
                    } else {
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
            streaming.set(false);
        });
        int killed = 0;
        // spread the kills over the stream's expected length
        long streamMs = messages * 1000L / rate;
        long gap = Math.max(1_000, streamMs / Math.max(1, kills) - 8_000);
        while (killed < kills) {
            Thread.sleep(500 + (long) (random.nextDouble() * gap));
            Node victim = random.nextBoolean() ? vn : cn;
            victim.kill();
            killed++;
            out.printf("kill %d/%d: %s (SIGKILL) after %d messages accepted; restarting%n", killed, kills, victim.agency,
                    accepted.get());
            out.flush();
            victim.start();
        }
        producer.join();
        out.println("stream done; waiting for the queue to drain...");
        out.flush();
        long deadline = System.currentTimeMillis() + 300_000;
        JsonNode sent;
        JsonNode received;
        while (true) {
            sent = vn.get("/api/v1/admin/exchange/probes/sent");
            received = cn.get("/api/v1/admin/exchange/probes/received");
            if (sent.get("queued").asLong() == 0 && received.get("distinct").asLong() >= sent.get("delivered").asLong()
                    || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        long total = sent.get("total").asLong();
        long distinct = received.get("distinct").asLong();
        out.printf("kills=%d%n", killed);
        out.printf("accepted=%d%n", accepted.get());
        out.printf("queued_at_sender=%d%n", total);
        out.printf("failed=%d%n", sent.get("failed").asLong());
        // the sender acknowledged every accepted message: any of them missing from its outbox counts as lost too
        long missingAtSender = Math.max(0, accepted.get() - total);
        out.printf("acknowledged_but_missing_at_sender=%d%n", missingAtSender);
        out.printf("lost=%d%n", missingAtSender + (total - distinct));
        out.printf("duplicates=%d%n", received.get("rows").asLong() - distinct);
        vn.process.destroy();
        cn.process.destroy();
        vn.process.waitFor();
        cn.process.waitFor();
        return 0;
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static String jar() {
        String cp = System.getProperty("java.class.path");
        if (cp == null || !cp.endsWith(".jar") || cp.contains(File.pathSeparator)) {
            throw new IllegalStateException("run this from the jar: java -jar target/liaison.jar bench exchange-crash");
        }
        return Path.of(cp).toAbsolutePath().toString();
    }
}
