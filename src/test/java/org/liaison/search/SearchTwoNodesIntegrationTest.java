package org.liaison.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.support.Eventually.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.DemoNodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each node keeps its own index: a report Cao Bang sends is found on Guangxi once it has arrived there, by its
 * Vietnamese words without diacritics and by the Chinese name of its crime area, and a note Guangxi adds to its
 * thread is found on Cao Bang once it has come back.
 */
@ExtendWith(DemoNodes.class)
class SearchTwoNodesIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aReportSentByCaoBangIsFoundOnGuangxiOnceItArrivesAndTheReplyOnCaoBang() throws Exception {
        String hoa = token(DemoNodes.caoBang(), "cb.officer");
        String zhiqiang = token(DemoNodes.guangxi(), "gx.officer");

        HttpResponse<String> sent = call(DemoNodes.caoBang(), hoa, "POST", "/api/v1/reports", """
                {"recipientUnit":"CN-GX:GX-JD","title":"Điểm tập kết ma túy tại bản Nà Giàng",
                 "body":"Nhóm đối tượng dùng nhà kho ở bản Nà Giàng làm điểm tập kết trước khi vượt biên.",
                 "crimeArea":"DRUGS","factsOn":"2025-03-02","reliability":"B","accuracy":"2"}""");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = JSON.readTree(sent.body()).get("id").asString();

        await(() -> ids(search(DemoNodes.guangxi(), zhiqiang, "na giang")).contains(id));
        JsonNode hit = search(DemoNodes.guangxi(), zhiqiang, "毒品 na giang").get("hits").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(id);
        assertThat(hit.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(hit.get("own").asBoolean()).isFalse();

        assertThat(call(DemoNodes.guangxi(), zhiqiang, "POST", "/api/v1/reports/" + id + "/replies",
                "{\"text\":\"已在那坡县方向布控。\"}").statusCode()).isEqualTo(201);
        await(() -> ids(search(DemoNodes.caoBang(), hoa, "那坡县 布控")).contains(id));
    }

    private static String token(DemoNodes.Node node, String username) {
        OfficerAccounts accounts = node.bean(OfficerAccounts.class);
        return accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "search test").rawToken();
    }

    private static JsonNode search(DemoNodes.Node node, String token, String q) {
        try {
            HttpResponse<String> r = call(node, token, "GET", "/api/v1/search?q=" + URLEncoder.encode(q,
                    StandardCharsets.UTF_8), null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }

    private static HttpResponse<String> call(DemoNodes.Node node, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
