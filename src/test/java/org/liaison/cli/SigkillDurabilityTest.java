package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a node acknowledged survives a SIGKILL right after the answer, with the node's production database URL.
 * Regression test: with H2 reusing freed file space, such a node sometimes reopened without its last writes.
 */
class SigkillDurabilityTest {

    static final String TOKEN = "lia_demo_VN-CB_c40b8a1e5f2d4e97";
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedWriteSurvivesSigkillRightAfterTheAnswer() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "sigkill");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process node = start(dir, port);
            try {
                for (int i = 0; i < 3; i++) {
                    String code = "KILL-" + round + "-" + i;
                    var r = post(port, "/api/v1/admin/directory/units", "{\"agencyCode\":\"VN-CB\",\"code\":\"" + code
                            + "\",\"kind\":\"OTHER\",\"nameLocal\":\"x\",\"namePartner\":\"x\",\"nameEn\":\"x\"}");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    acknowledged.add(code);
                }
            } finally {
                node.destroyForcibly().waitFor(); // SIGKILL straight after the last answer
            }
        }
        Process node = start(dir, port);
        try {
            String units = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/directory/units?agency=VN-CB")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String code : acknowledged) {
                assertThat(units).as("acknowledged unit " + code).contains("\"code\":\"" + code + "\"");
            }
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    HttpResponse<String> post(int port, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Process start(Path dir, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "org.liaison.cli.LiaisonCommand", "serve", "--agency", "VN-CB", "--data-dir", dir.toAbsolutePath().toString(),
                "--port", String.valueOf(port));
        pb.environment().put("LIAISON_NODE_DEMO", "true");
        pb.environment().put("LOGGING_LEVEL_ROOT", "WARN");
        // the test classpath carries test settings (an in-memory database): give the node the production URL
        pb.environment().put("SPRING_DATASOURCE_URL", NodeProcess.productionDatabaseUrl(dir));
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile());
        Process p = pb.start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            assertThat(p.isAlive()).as("node exited; see " + dir.resolve("node.log")).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("node did not start");
    }
}
