package org.liaison.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.DemoNodes;
import org.liaison.support.Eventually;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cao Bang and Guangxi reconcile a period over real HTTP: the seeded 2017 figures are agreed by both on both nodes;
 * a report Guangxi's copy dates in another month is counted by Cao Bang only, shows as a difference with that
 * report on both sides, needs a note to be agreed, and once both agreed the period reads "agreed by both" until a
 * change of the figures makes the agreement outdated.
 */
@ExtendWith(DemoNodes.class)
class ReconciliationTwoNodesIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PERIOD = "from=2005-03-01&to=2005-03-31";
    static final String RECONCILIATION = "/api/v1/reports/cooperation/reconciliation";

    @Test
    void theSeeded2017FiguresAreAgreedByBothOnBothNodes() throws Exception {
        JsonNode vn = Officer.of(DemoNodes.caoBang(), "cb.officer")
                .get(RECONCILIATION + "?from=2017-01-01&to=2017-10-31&partner=CN-GX");
        JsonNode cn = Officer.of(DemoNodes.guangxi(), "gx.auditor")
                .get(RECONCILIATION + "?from=2017-01-01&to=2017-10-31&partner=VN-CB");
        for (JsonNode side : List.of(vn, cn)) {
            assertThat(side.get("exchanged").asBoolean()).isTrue();
            assertThat(side.get("differences").asLong()).isZero();
            assertThat(side.get("agreedByBoth").asBoolean()).as(side.toString()).isTrue();
            assertThat(row(side, "delegations").get("ourValue").asString()).isEqualTo("24");
            assertThat(row(side, "delegations").get("partnerValue").asString()).isEqualTo("24");
        }
        // Cao Bang's reports sent are Guangxi's reports received, side by side on each node
        assertThat(row(vn, "reports_sent").get("partnerValue").asString())
                .isEqualTo(row(cn, "reports_received").get("ourValue").asString());
        // each node seeded the other's figures as seen from its end: they are what the other node counted itself
        assertThat(seeded(DemoNodes.caoBang(), "CN-GX")).hasSize(2).isEqualTo(seeded(DemoNodes.guangxi(), "CN-GX"));
        assertThat(seeded(DemoNodes.guangxi(), "VN-CB")).hasSize(2).isEqualTo(seeded(DemoNodes.caoBang(), "VN-CB"));
    }

    @Test
    void aReportCountedOnOneSideOnlyIsShownNeedsANoteAndBothAgreementsMakeThePeriodAgreed() throws Exception {
        Officer hoa = Officer.of(DemoNodes.caoBang(), "cb.officer");
        Officer nam = Officer.of(DemoNodes.caoBang(), "cb.supervisor");
        Officer haiyan = Officer.of(DemoNodes.guangxi(), "gx.supervisor");
        Reply sent = hoa.call("POST", "/api/v1/reports", """
                {"recipientUnit":"CN-GX:GX-JD","title":"Đối chiếu: xe tải qua Tà Lùng",
                 "body":"Xe tải biển số 11C-135.79 chở hàng cấm qua cửa khẩu Tà Lùng.",
                 "crimeArea":"DRUGS","placeUnit":"VN-CB:CB-TK","factsOn":"2005-03-14",
                 "reliability":"B","accuracy":"2"}""");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();
        Eventually.await(() -> db(DemoNodes.guangxi()).queryForObject(
                "SELECT COUNT(*) FROM information_report WHERE id = CAST(? AS UUID)", Integer.class, id) == 1);
        // the report was sent in March 2005 on Cao Bang's books; Guangxi's copy is dated in June
        dateReport(DemoNodes.caoBang(), id, "2005-03-15T03:00:00Z");
        dateReport(DemoNodes.guangxi(), id, "2005-06-15T03:00:00Z");

        Reply exchanged = nam.call("POST", RECONCILIATION + "/exchange?" + PERIOD + "&partner=CN-GX", null);
        assertThat(exchanged.status()).as(exchanged.text()).isEqualTo(202);
        JsonNode vn = nam.await(RECONCILIATION + "?" + PERIOD + "&partner=CN-GX", v -> v.get("exchanged").asBoolean());
        JsonNode cn = haiyan.await(RECONCILIATION + "?" + PERIOD + "&partner=VN-CB", v -> v.get("exchanged").asBoolean());
        assertThat(sides(vn)).allMatch(s -> s.get("figuresAt").isString());

        JsonNode ours = row(vn, "reports_sent");
        assertThat(ours.get("ourValue").asString()).isEqualTo("1");
        assertThat(ours.get("partnerValue").asString()).isEqualTo("0");
        assertThat(ours.get("differs").asBoolean()).isTrue();
        assertThat(ours.get("onlyOurs").get(0).get("id").asString()).isEqualTo(id);
        assertThat(ours.get("onlyOurs").get(0).get("title").asString()).isEqualTo("Đối chiếu: xe tải qua Tà Lùng");
        JsonNode theirs = row(cn, "reports_received");
        assertThat(theirs.get("ourValue").asString()).isEqualTo("0");
        assertThat(theirs.get("partnerValue").asString()).isEqualTo("1");
        // Guangxi holds the report, dated otherwise: it is named and linked there
        assertThat(theirs.get("onlyPartners").get(0).get("href").asString()).isEqualTo("/reports/" + id);
        assertThat(theirs.get("onlyPartners").get(0).get("title").asString()).isEqualTo("Đối chiếu: xe tải qua Tà Lùng");
        assertThat(vn.get("differences").asLong()).isEqualTo(1);
        assertThat(row(vn, "delegations").get("differs").asBoolean()).isFalse();

        Reply bare = nam.call("POST", RECONCILIATION + "/agree?" + PERIOD + "&partner=CN-GX", "{\"note\":\"  \"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(bare.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The figures differ: write a note explaining the differences before agreeing. Nothing was changed.");
        assertThat(hoa.call("POST", RECONCILIATION + "/agree?" + PERIOD + "&partner=CN-GX", "{\"note\":\"x\"}").status())
                .isEqualTo(403);

        Reply agreed = nam.call("POST", RECONCILIATION + "/agree?" + PERIOD + "&partner=CN-GX",
                "{\"note\":\"Bản sao của phía bạn ghi ngày gửi tháng 6.\"}");
        assertThat(agreed.status()).as(agreed.text()).isEqualTo(200);
        assertThat(agreed.json().get("agreedByBoth").asBoolean()).isFalse();
        haiyan.await(RECONCILIATION + "?" + PERIOD + "&partner=VN-CB", v -> sides(v).get(1).get("agreedAt").isString());
        assertThat(haiyan.call("POST", RECONCILIATION + "/agree?" + PERIOD + "&partner=VN-CB",
                "{\"note\":\"该通报我方副本日期为6月。\"}").status()).isEqualTo(200);

        JsonNode both = nam.await(RECONCILIATION + "?" + PERIOD + "&partner=CN-GX", v -> v.get("agreedByBoth").asBoolean());
        assertThat(sides(both).get(1).get("agreedBy").asString()).isEqualTo("gx.supervisor");
        assertThat(sides(both).get(1).get("note").asString()).isEqualTo("该通报我方副本日期为6月。");
        assertThat(haiyan.get(RECONCILIATION + "?" + PERIOD + "&partner=VN-CB").get("agreedByBoth").asBoolean()).isTrue();
        assertThat(audited(DemoNodes.caoBang(), "cb.supervisor", "EXCHANGE")).isTrue();
        assertThat(audited(DemoNodes.caoBang(), "cb.supervisor", "AGREE")).isTrue();
        assertThat(audited(DemoNodes.guangxi(), "system", "EXCHANGE")).isTrue();

        // Guangxi corrects its copy's date: its figures change, and its page shows the agreement outdated
        dateReport(DemoNodes.guangxi(), id, "2005-03-15T03:00:00Z");
        JsonNode changed = haiyan.get(RECONCILIATION + "?" + PERIOD + "&partner=VN-CB");
        assertThat(changed.get("agreedByBoth").asBoolean()).isFalse();
        assertThat(changed.get("changedSinceSent").asBoolean()).isTrue();
        assertThat(sides(changed).get(0).get("current").asBoolean()).isFalse();
        // exchanged again, both columns agree, and Cao Bang sees the old agreements outdated
        assertThat(haiyan.call("POST", RECONCILIATION + "/exchange?" + PERIOD + "&partner=VN-CB", null).status())
                .isEqualTo(202);
        JsonNode again = nam.await(RECONCILIATION + "?" + PERIOD + "&partner=CN-GX", v -> v.get("differences").asLong() == 0);
        assertThat(again.get("agreedByBoth").asBoolean()).isFalse();
        assertThat(sides(again).get(0).get("current").asBoolean()).isFalse();
    }

    // --- helpers ---

    static JsonNode row(JsonNode view, String key) {
        for (JsonNode r : view.get("statistics")) {
            if (r.get("key").asString().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no statistic " + key + " in " + view);
    }

    static List<JsonNode> sides(JsonNode view) {
        List<JsonNode> sides = new ArrayList<>();
        view.get("sides").forEach(sides::add);
        return sides;
    }

    static void dateReport(DemoNodes.Node node, String id, String sent) {
        db(node).update("UPDATE information_report SET sent_ms = ? WHERE id = CAST(? AS UUID)",
                Instant.parse(sent).toEpochMilli(), id);
    }

    static boolean audited(DemoNodes.Node node, String actor, String action) {
        return !node.bean(AuditLog.class).search(new AuditQuery(actor, action, "statistics_period",
                "", null, null, null), 10).isEmpty();
    }

    /** The seeded periods' figures of one agency as a node holds them: each period's first day and fingerprint. */
    static List<String> seeded(DemoNodes.Node node, String agency) {
        return db(node).query("SELECT period_from, fingerprint FROM reconciliation_figures WHERE agency = ?"
                        + " AND period_from >= DATE '2017-01-01' ORDER BY period_from",
                (rs, i) -> rs.getString(1) + "/" + rs.getString(2), agency);
    }

    static JdbcTemplate db(DemoNodes.Node node) {
        return node.bean(JdbcTemplate.class);
    }

    /** An officer calling the REST API of their node with a personal token, in English. */
    record Officer(DemoNodes.Node node, String token) {

        static Officer of(DemoNodes.Node node, String username) {
            OfficerAccounts accounts = node.bean(OfficerAccounts.class);
            return new Officer(node, accounts.createToken(accounts.findLogin(username).orElseThrow().officer(),
                    "reconciliation test").rawToken());
        }

        Reply call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url(path)))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                    .header("Accept", "application/json");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            Reply r = call("GET", path, null);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            return r.json();
        }

        /** Reads until the condition holds: the partner's figures or agreement arrive a moment later. */
        JsonNode await(String path, Predicate<JsonNode> condition) {
            JsonNode[] last = new JsonNode[1];
            Eventually.await(() -> {
                try {
                    last[0] = get(path);
                    return condition.test(last[0]);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            return last[0];
        }
    }

    record Reply(int status, String text) {
        JsonNode json() {
            return JSON.readTree(text);
        }
    }
}
