package org.liaison.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One demo node as a separate operating-system process started from this jar, restartable on the same data: what
 * the crash benchmark and the fault drills kill, starve and skew. Its output goes to {@code node.log} in its folder.
 */
final class NodeProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String agency;
    final Path dir;
    final int port;
    /** Extra environment (Spring settings as LIAISON_..., or LD_PRELOAD/FAKETIME for a skewed clock). */
    final Map<String, String> env = new LinkedHashMap<>();
    Process process;

    NodeProcess(String agency, Path dir, int port) throws IOException {
        this.agency = agency;
        this.dir = Files.createDirectories(dir);
        this.port = port;
    }

    /** Two demo nodes in {@code parent}, paired by exporting and importing their cards, not started. */
    static NodeProcess[] pairedDemo(Path parent) throws Exception {
        return pairedDemo(parent, node -> { });
    }

    /** As {@link #pairedDemo(Path)}, with each node's settings (e.g. its database) given before anything runs. */
    static NodeProcess[] pairedDemo(Path parent, Consumer<NodeProcess> configure) throws Exception {
        NodeProcess vn = new NodeProcess("VN-CB", parent.resolve("vn-cb"), ExchangeBench.freePort());
        NodeProcess cn = new NodeProcess("CN-GX", parent.resolve("cn-gx"), ExchangeBench.freePort());
        configure.accept(vn);
        configure.accept(cn);
        vn.runOnce("peer", "export", "--out", parent.resolve("vn.card").toString());
        cn.runOnce("peer", "export", "--out", parent.resolve("cn.card").toString());
        vn.runOnce("peer", "import", parent.resolve("cn.card").toString());
        cn.runOnce("peer", "import", parent.resolve("vn.card").toString());
        return new NodeProcess[] {vn, cn};
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String token() {
        return "VN-CB".equals(agency) ? "lia_demo_VN-CB_c40b8a1e5f2d4e97" : "lia_demo_CN-GX_9e3f6d2a7b1c5084";
    }

    Path log() {
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    private ProcessBuilder builder(String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        cmd.addAll(launch());
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--agency", agency, "--data-dir", dir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("LIAISON_NODE_DEMO", "true");
        pb.environment().put("SPRING_DATASOURCE_URL", productionDatabaseUrl(dir));
        pb.environment().put("LIAISON_NODE_PUBLIC_URL", url());
        pb.environment().put("LIAISON_EXCHANGE_MAX_BACKOFF", "2s");
        pb.environment().put("LOGGING_LEVEL_ROOT", "WARN");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        return pb;
    }

    void runOnce(String... args) throws Exception {
        Process p = builder(args).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(agency + ": '" + String.join(" ", args) + "' failed; see " + log());
        }
    }

    void start() throws Exception {
        process = builder("serve", "--port", String.valueOf(port)).start();
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(agency + " exited during start; see " + log());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(agency + " did not start within 300 s");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the node shuts down gracefully. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    JsonNode get(String path) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(agency + " " + path + ": HTTP " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    /** Queues {@code count} test messages to the partner; false when the node refused or did not answer. */
    boolean queueProbes(String recipient, int count) {
        try {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/admin/exchange/probes"))
                    .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":\"" + recipient + "\",\"count\":" + count
                            + ",\"paddingBytes\":2000}")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** From the jar when run from it; otherwise (tests) from this JVM's class path. */
    static List<String> launch() {
        String cp = System.getProperty("java.class.path");
        if (cp != null && cp.endsWith(".jar") && !cp.contains(File.pathSeparator)) {
            return List.of("-jar", Path.of(cp).toAbsolutePath().toString());
        }
        return List.of("-cp", cp, LiaisonCommand.class.getName());
    }

    /**
     * The shipped database URL for a node in {@code dir}, given explicitly so that a node started from a test class
     * path (whose settings point at an in-memory database) still writes its file database as in production.
     */
    static String productionDatabaseUrl(Path dir) {
        Properties shipped = new Properties();
        try (InputStream in = NodeProcess.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("application.properties not found on the class path", e);
        }
        return shipped.getProperty("spring.datasource.url").replace("${liaison.node.data-dir}", dir.toAbsolutePath().toString());
    }
}
