package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.MessageState;
import org.liaison.exchange.OutgoingMessage;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two real nodes, real HTTP, officers logged in through the log-in form: what the message page shows once a
 * partner confirmed (or refused) a message, on the sender's side and on the receiver's.
 */
class MessageTimelineE2ETest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");
    static Path dir;
    static int vnPort;
    static int cnPort;
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "timeline-e2e");
        vnPort = ExchangeTwoNodesIntegrationTest.freePort();
        cnPort = ExchangeTwoNodesIntegrationTest.freePort();
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, vnPort, cnPort, FAST);
        vn = nodes.get(0);
        cn = nodes.get(1);
    }

    @AfterAll
    static void stop() {
        if (cn != null) {
            cn.close();
        }
        if (vn != null) {
            vn.close();
        }
    }

    @Test
    void deliveredMessageShowsItsVerifiedReceiptAndTheReadOnBothSides() throws Exception {
        var officer = vn.getBean(OfficerAccounts.class).findLogin("cb.officer").orElseThrow().officer();
        UUID id = vn.getBean(ExchangeService.class).probe("CN-GX", officer);
        awaitState(vn, id, MessageState.DELIVERED);
        String batch = vn.getBean(JdbcTemplate.class)
                .queryForObject("SELECT receipt_batch FROM outbox WHERE message_id = ?", String.class, id);

        Browser caoBang = Browser.login(vnPort, "cb.officer");
        String sent = caoBang.get("/messages/" + id + "?lang=en");
        assertThat(sent).contains("data-state=\"DELIVERED\"", "data-step=\"CREATED\"", "by cb.officer",
                "data-step=\"QUEUED\"", "data-step=\"SENT\"", "data-step=\"DELIVERED\"", "by Guangxi Public Security Bureau",
                batch, "data-receipt=\"VERIFIED\"", "Receipt signature verified")
                .doesNotContain("data-step=\"AWAITING_RELEASE\"", "data-step=\"FAILED\"", "sentMs");

        Browser guangxi = Browser.login(cnPort, "gx.officer");
        String received = guangxi.get("/messages/" + id + "?lang=zh-CN");
        assertThat(received).contains("data-state=\"RECEIVED\"", "data-step=\"RECEIVED\"", "已收到", batch,
                "高平省公安厅");

        cn.getBean(ExchangeService.class).markRead(id,
                cn.getBean(OfficerAccounts.class).findLogin("gx.officer").orElseThrow().officer());
        awaitState(vn, id, MessageState.READ);
        assertThat(caoBang.get("/messages/" + id + "?lang=vi")).contains("data-state=\"READ\"", "data-step=\"READ\"",
                "Đã đọc", "data-receipt=\"VERIFIED\"");
        assertThat(guangxi.get("/messages/" + id + "?lang=en")).contains("data-step=\"READ\"", "by gx.officer");
    }

    @Test
    void receiptAlteredAfterDeliveryNoLongerVerifies() throws Exception {
        UUID id = vn.getBean(ExchangeService.class).probe("CN-GX", null);
        awaitState(vn, id, MessageState.DELIVERED);
        JdbcTemplate db = vn.getBean(JdbcTemplate.class);
        String batch = db.queryForObject("SELECT receipt_batch FROM outbox WHERE message_id = ?", String.class, id);
        String jws = db.queryForObject("SELECT jws FROM receipt WHERE batch_id = ?", String.class, batch);
        // The signature reversed: the receipt text is unchanged, its signature is no longer the partner's.
        int dot = jws.lastIndexOf('.') + 1;
        String forged = jws.substring(0, dot) + new StringBuilder(jws.substring(dot)).reverse();
        db.update("UPDATE receipt SET jws = ? WHERE batch_id = ?", forged, batch);

        assertThat(Browser.login(vnPort, "cb.auditor").get("/messages/" + id + "?lang=en"))
                .contains("data-receipt=\"SIGNATURE_INVALID\"",
                        "The receipt&#39;s signature does not verify with the partner&#39;s keys on file.")
                .doesNotContain("data-receipt=\"VERIFIED\"");
    }

    @Test
    void messageThePartnerRefusesShowsAsFailedWithTheReason() throws Exception {
        UUID id = vn.getBean(ExchangeService.class).send(
                OutgoingMessage.of("CN-GX", "intel.unknown-kind", Map.of("note", "no handler for this"), "unknown type"),
                null);
        awaitState(vn, id, MessageState.FAILED);

        String page = Browser.login(vnPort, "cb.supervisor").get("/messages/" + id + "?lang=en");
        assertThat(page).contains("data-state=\"FAILED\"", "data-step=\"FAILED\"",
                "Reason: refused by the partner: unknown message type intel.unknown-kind")
                .doesNotContain("data-step=\"DELIVERED\"");
        String list = Browser.login(vnPort, "cb.officer").get("/messages?state=FAILED&lang=en");
        assertThat(MessagesPagesIntegrationTest.row(list, id)).contains("intel.unknown-kind", "Failed",
                "refused by the partner: unknown message type intel.unknown-kind");
    }

    static void awaitState(ConfigurableApplicationContext node, UUID id, MessageState state) {
        MessageLog log = node.getBean(MessageLog.class);
        ExchangeTwoNodesIntegrationTest.await(() -> log.find(id).map(d -> d.state() == state).orElse(false));
    }

    /** A browser session on one node: cookies kept, CSRF token taken from the page, no redirects followed. */
    static final class Browser {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;

        private Browser(int port) {
            this.port = port;
        }

        static Browser login(int port, String username) throws IOException, InterruptedException {
            Browser b = new Browser(port);
            Matcher token = CSRF.matcher(b.get("/login"));
            assertThat(token.find()).as("CSRF token on the log-in page").isTrue();
            String form = "username=" + username + "&password=liaison-demo&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> r = b.http.send(HttpRequest.newBuilder(b.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Location")).as("logged in").hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            return b;
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
            return r.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
