package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.liaison.cli.NodeLauncher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random and mutated envelopes thrown at a real node's federation endpoint: never a server error, never a
 * stored message. The mutations start from genuine envelopes whose messages were already applied once, so
 * even a mutation that happens to stay valid can only be acknowledged as a repeat.
 */
class EnvelopeFuzzingTest {

    static ConfigurableApplicationContext node;
    static String url;
    static JdbcTemplate db;
    static final FakePartner GUANGXI = new FakePartner("CN-GX");
    static String[] genuine = new String[3];
    static long baseline;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeContainer
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "fuzz");
        node = NodeLauncher.startNode(java.util.Map.of("server.port", 0, "liaison.node.agency", "VN-CB",
                "liaison.node.demo", true, "liaison.node.data-dir", dir.toAbsolutePath().toString(),
                "liaison.exchange.max-envelope-bytes", 100_000, "liaison.exchange.worker-enabled", false,
                "logging.level.root", "ERROR"));
        int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) node)
                .getWebServer().getPort();
        url = "http://127.0.0.1:" + port + FederationController.PATH;
        db = node.getBean(JdbcTemplate.class);
        node.getBean(PeerRegistry.class).importCard(GUANGXI.cardJson("http://127.0.0.1:1"), "test");
        var ours = node.getBean(Keyring.class).keys().encryption().toPublicJWK();
        for (int i = 0; i < genuine.length; i++) {
            genuine[i] = GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(),
                    GUANGXI.probe("VN-CB"), GUANGXI.probe("VN-CB")), ours);
            assertThat(post(genuine[i]).statusCode()).isEqualTo(200);
        }
        baseline = count();
    }

    @AfterContainer
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/jose")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static long count() {
        return db.queryForObject("SELECT COUNT(*) FROM inbox", Long.class) * 1_000_000
                + db.queryForObject("SELECT COUNT(*) FROM exchange_probe", Long.class);
    }

    @Property(tries = 100)
    void mutatedGenuineEnvelopesAreNeverStored(@ForAll("mutations") String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).as(r.body()).isLessThan(500);
        assertThat(count()).isEqualTo(baseline);
    }

    @Property(tries = 60)
    void randomBodiesAreRefusedCleanly(@ForAll("garbage") String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertThat(count()).isEqualTo(baseline);
    }

    @Provide
    Arbitrary<String> mutations() {
        return Arbitraries.longs().map(seed -> mutate(genuine[(int) Math.floorMod(seed, genuine.length)], new Random(seed)));
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(2000),
                Arbitraries.strings().withChars("ABCDEFabcdef0123456789-_.").ofMinLength(1).ofMaxLength(3000),
                Arbitraries.strings().withChars("{}[]\":,abc0123").ofMaxLength(500),
                Arbitraries.strings().withChars("A.").ofMinLength(100_001).ofMaxLength(100_100));
    }

    static String mutate(String s, Random r) {
        char[] c = s.toCharArray();
        switch (r.nextInt(6)) {
            case 0 -> { // flip characters
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    int p = r.nextInt(c.length);
                    c[p] = c[p] == 'A' ? 'B' : 'A';
                }
                return new String(c);
            }
            case 1 -> {
                return s.substring(0, r.nextInt(s.length()));
            }
            case 2 -> { // swap two of the five segments
                String[] parts = s.split("\\.", -1);
                int a = r.nextInt(parts.length);
                int b = r.nextInt(parts.length);
                String t = parts[a];
                parts[a] = parts[b];
                parts[b] = t;
                return String.join(".", parts);
            }
            case 3 -> { // drop a segment
                String[] parts = s.split("\\.", -1);
                int a = r.nextInt(parts.length);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < parts.length; i++) {
                    if (i != a) {
                        out.append(out.isEmpty() ? "" : ".").append(parts[i]);
                    }
                }
                return out.toString();
            }
            case 4 -> { // replace the header with another envelope's
                String other = genuine[r.nextInt(genuine.length)];
                return other.substring(0, other.indexOf('.')) + s.substring(s.indexOf('.'));
            }
            default -> {
                return s + s.substring(0, r.nextInt(s.length()));
            }
        }
    }
}
