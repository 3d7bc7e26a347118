package org.liaison.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cao Bang and Guangxi as two real nodes on loopback, their officers working through the REST API over HTTP: talks
 * recorded on Cao Bang arrive on Guangxi, are confirmed there, and both nodes show them confirmed; Guangxi proposes
 * a correction, Cao Bang accepts it, and both nodes read the corrected wording at revision 2; an action item
 * moved on at Guangxi shows on Cao Bang. Both nodes count the seeded 2017 figures from their own records.
 */
class EngagementsTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "engagements-it");
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, freePort(), freePort(), FAST);
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
    void talksRecordedOnCaoBangAreConfirmedOnGuangxiThenCorrectedByGuangxiWithCaoBangsConsent() throws Exception {
        JsonNode recorded = call(vn, "cb.officer", "POST", "/api/v1/engagements/talks", """
                {"partner":"CN-GX","details":{"level":"BLO","hostAgency":"VN-CB","heldOn":"2025-09-16",
                 "endsOn":"2025-09-16","place":"Cửa khẩu Trà Lĩnh","agenda":"Kiểm điểm Quy chế phối hợp 6 tháng.",
                 "delegates":[{"agency":"VN-CB","name":"Lục Văn Thành","rankTitle":"Trung tá","unit":"BLO Cao Bằng"},
                              {"agency":"CN-GX","name":"覃立新","rankTitle":"主任","unit":"广西边境联络办公室"}],
                 "outcomes":"Hai bên trao đổi 31 lượt thông tin.","shortcomings":"","measures":"Duy trì đường dây nóng.",
                 "orientations":"","actionItems":[{"text":"Trao đổi danh sách đối tượng truy nã","ownerAgency":"VN-CB",
                 "owner":"Cơ quan CSĐT Cao Bằng","dueOn":"2025-12-31"}]}}
                """, 201);
        String id = recorded.get("id").asString();
        String item = recorded.get("details").get("actionItems").get(0).get("id").asString();

        JsonNode copy = await(cn, "gx.officer", id, r -> true);
        assertThat(copy.get("own").asBoolean()).isFalse();
        assertThat(copy.get("recordingAgency").asString()).isEqualTo("VN-CB");
        assertThat(copy.get("status").asString()).isEqualTo("RECORDED");
        assertThat(copy.get("details").get("place").asString()).isEqualTo("Cửa khẩu Trà Lĩnh");
        assertThat(copy.get("actionItems").get(0).get("status").asString()).isEqualTo("OPEN");

        call(cn, "gx.supervisor", "POST", "/api/v1/engagements/" + id + "/confirm", null, 200);
        JsonNode confirmed = await(vn, "cb.officer", id, r -> r.get("status").asString().equals("CONFIRMED"));
        assertThat(confirmed.get("statusBy").asString()).isEqualTo("韦海燕 (CN-GX)");

        JsonNode proposed = call(cn, "gx.officer", "POST", "/api/v1/engagements/" + id + "/correction", """
                {"note":"会谈在龙邦口岸举行。","details":%s}
                """.formatted(copy.get("details").toString().replace("Cửa khẩu Trà Lĩnh", "龙邦口岸（靖西市）")), 200);
        assertThat(proposed.get("status").asString()).isEqualTo("CORRECTION_PROPOSED");
        JsonNode waiting = await(vn, "cb.officer", id, r -> r.get("status").asString().equals("CORRECTION_PROPOSED"));
        assertThat(waiting.get("correction").get("note").asString()).isEqualTo("会谈在龙邦口岸举行。");
        assertThat(waiting.get("correction").get("changes").toString()).isEqualTo("[\"place\"]");
        assertThat(waiting.get("details").get("place").asString()).isEqualTo("Cửa khẩu Trà Lĩnh");

        call(vn, "cb.supervisor", "POST", "/api/v1/engagements/" + id + "/correction/accept", null, 200);
        JsonNode corrected = await(cn, "gx.officer", id, r -> r.get("revision").asInt() == 2);
        for (JsonNode side : List.of(corrected, call(vn, "cb.officer", "GET", "/api/v1/engagements/" + id, null, 200))) {
            assertThat(side.get("status").asString()).isEqualTo("CONFIRMED");
            assertThat(side.get("revision").asInt()).isEqualTo(2);
            assertThat(side.get("details").get("place").asString()).isEqualTo("龙邦口岸（靖西市）");
            assertThat(side.get("correction").isNull()).isTrue();
        }

        call(cn, "gx.officer", "POST", "/api/v1/engagements/action-items/" + item,
                "{\"status\":\"DONE\",\"note\":\"名单已交换。\",\"meeting\":\"" + id + "\"}", 200);
        JsonNode moved = await(vn, "cb.officer", id,
                r -> r.get("actionItems").get(0).get("status").asString().equals("DONE"));
        assertThat(moved.get("actionItems").get(0).get("note").asString()).isEqualTo("名单已交换。");
    }

    @Test
    void bothNodesCountThePublished2017FiguresFromTheirOwnRecords() {
        for (ConfigurableApplicationContext node : List.of(vn, cn)) {
            String partner = node == vn ? "CN-GX" : "VN-CB";
            EngagementCounts counts = node.getBean(Engagements.class)
                    .counts(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 10, 31), partner);
            assertThat(List.of(counts.delegations(), counts.trainingCourses(), counts.trainees()))
                    .as("counted on %s", partner.equals("CN-GX") ? "VN-CB" : "CN-GX").containsExactly(24, 9, 77);
        }
    }

    /** Calls a node's API as a demo user with a token of their own; returns the JSON answer. */
    static JsonNode call(ConfigurableApplicationContext node, String user, String method, String path, String body,
                         int expectedStatus) throws Exception {
        OfficerAccounts accounts = node.getBean(OfficerAccounts.class);
        String token = accounts.createToken(accounts.findLogin(user).orElseThrow().officer(), "two-node test").rawToken();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    /** The record on a node once it holds it and it satisfies {@code until}; the exchange takes a moment. */
    static JsonNode await(ConfigurableApplicationContext node, String user, String id, Predicate<JsonNode> until)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        OfficerAccounts accounts = node.getBean(OfficerAccounts.class);
        String token = accounts.createToken(accounts.findLogin(user).orElseThrow().officer(), "two-node wait").rawToken();
        while (true) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base(node) + "/api/v1/engagements/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && until.test(JSON.readTree(r.body()))) {
                return JSON.readTree(r.body());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("record " + id + " not as expected within 30 s: " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(100);
        }
    }

    static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getRequiredProperty("server.port");
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
