package org.liaison.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.cooperation.internal.ReportsService;
import org.liaison.directory.Directory;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.DemoNodes;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cao Bang and Guangxi as the two running demo nodes, driven through the REST API over real HTTP: a report sent
 * with handling conditions and attachments arrives whole, is read with its conditions, cannot be passed on, and
 * takes a note in its thread; requests are acknowledged, answered in part and in full before their deadline,
 * answered after it (recorded late), and declined with a reason; steps the status does not allow are refused on
 * either node with nothing changed.
 */
@ExtendWith(DemoNodes.class)
class CooperationTwoNodesIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final UUID MAI = CooperationIntegrationTest.uuid("person:vn-mai");

    @Test
    void aReportArrivesWithItsConditionsAndFilesIsReadAndCannotBePassedOn() throws Exception {
        Officer hoa = new Officer(DemoNodes.caoBang(), "cb.officer");
        Officer haiyan = new Officer(DemoNodes.guangxi(), "gx.supervisor");
        byte[] scan = CooperationIntegrationTest.pdfOf(700 * 1024);
        byte[] note = "Biển số xe: 11C-024.68\nGiờ xuất phát: 22h30".getBytes(StandardCharsets.UTF_8);

        Reply sent = hoa.call("POST", "/api/v1/reports", """
                {"recipientUnit":"CN-GX:GX-JD","title":"Xe tải chở ma túy qua Trà Lĩnh",
                 "body":"Xe tải biển số 11C-024.68 dự kiến chở ma túy tổng hợp qua đường mòn gần cửa khẩu Trà Lĩnh.",
                 "crimeArea":"DRUGS","placeUnit":"VN-CB:CB-TK","gate":"TRA-LINH","placeText":"đường mòn",
                 "factsOn":"2025-05-02","factsAt":"22:30","reliability":"B","accuracy":"2",
                 "conditions":["NO_ONWARD_SHARING_WITHOUT_CONSENT","NOT_FOR_COURT_WITHOUT_CONSENT"],
                 "otherConditions":"Liên hệ Phòng PC04 trước khi xử lý.","personIds":["%s"],
                 "attachments":[{"fileName":"so-do.pdf","content":"%s"},{"fileName":"ghi-chu.txt","content":"%s"}]}"""
                .formatted(MAI, b64(scan), b64(note)));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();
        // the report, then its files in parts of 512 KiB: the 700 KiB scan in two, the note in one
        assertThat(db(DemoNodes.caoBang()).queryForList("SELECT type FROM outbox WHERE conversation_id = ? ORDER BY created_ms",
                String.class, "cooperation:" + id)).containsExactly("cooperation.report", "cooperation.attachment-part",
                "cooperation.attachment-part", "cooperation.attachment-part");

        JsonNode copy = haiyan.awaitJson("/api/v1/reports/" + id,
                r -> r.get("attachments").size() == 2 && all(r.get("attachments"), f -> f.get("complete").asBoolean()));
        assertThat(copy.get("own").asBoolean()).isFalse();
        assertThat(copy.get("originAgency").asString()).isEqualTo("VN-CB");
        assertThat(texts(copy.get("conditions"))).containsExactlyInAnyOrder("NO_ONWARD_SHARING_WITHOUT_CONSENT",
                "NOT_FOR_COURT_WITHOUT_CONSENT");
        assertThat(copy.get("otherConditions").asString()).isEqualTo("Liên hệ Phòng PC04 trước khi xử lý.");
        assertThat(copy.get("persons").get(0).get("label").asString()).startsWith("Hoàng Thị Mai / HOANG THI MAI / 黄氏梅");
        assertThat(copy.get("factsAt").asString()).isEqualTo("22:30");
        // the person data written on Guangxi's node with the copy is in its audit log
        assertThat(DemoNodes.guangxi().bean(AuditLog.class).search(new AuditQuery("partner:VN-CB", "RECEIVE", "person",
                MAI.toString(), null, null), 50)).extracting(r -> r.entry().detail()).anyMatch(d -> d.contains(id));

        HttpResponse<byte[]> file = haiyan.download(copy.get("attachments").get(0).get("url").asString());
        assertThat(file.body()).isEqualTo(scan);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("so-do.pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // the sender's condition holds on the partner's node: not forwarded to another unit, not attached to a request
        Actor actor = new Actor(haiyan.officer(), "127.0.0.1");
        long otherUnit = DemoNodes.guangxi().bean(Directory.class).unit("CN-GX", "GX-PX").orElseThrow().id();
        assertThatThrownBy(() -> DemoNodes.guangxi().bean(ReportsService.class).forward(actor, new ReportId(UUID.fromString(id)), otherUnit))
                .isInstanceOf(CooperationRefused.class).hasMessageContaining("cooperation.report.error.noOnwardSharing");
        Reply attached = haiyan.call("POST", "/api/v1/requests", """
                {"recipientUnit":"VN-CB:CB-PC04","type":"REQUEST_INFORMATION","title":"补充情况","body":"请补充。",
                 "relatedReportId":"%s"}""".formatted(id));
        assertThat(attached.status()).isEqualTo(400);
        assertThat(attached.text()).contains("relatedReportId",
                "Refused: VN-CB does not allow passing this report on without its consent. Ask VN-CB first.");

        // Guangxi's reading travels back; its note arrives in the thread on Cao Bang and Hoa is told
        await(() -> db(DemoNodes.caoBang()).queryForObject("SELECT read_ms FROM outbox WHERE conversation_id = ? AND type = ?",
                Long.class, "cooperation:" + id, "cooperation.report") > 0);
        assertThat(haiyan.call("POST", "/api/v1/reports/" + id + "/replies",
                "{\"text\":\"已收悉，将在龙邦口岸方向布控。\"}").status()).isEqualTo(201);
        JsonNode withNote = hoa.awaitJson("/api/v1/reports/" + id, r -> r.get("thread").size() > 0);
        assertThat(withNote.get("thread").get(0).get("kind").asString()).isEqualTo("NOTE");
        assertThat(withNote.get("thread").get(0).get("agency").asString()).isEqualTo("CN-GX");
        assertThat(withNote.get("thread").get(0).get("text").asString()).isEqualTo("已收悉，将在龙邦口岸方向布控。");
        await(() -> notified(DemoNodes.caoBang(), "cb.officer", id, "THREAD_ADVANCED"));
        assertThat(notified(DemoNodes.guangxi(), "gx.supervisor", id, "REPORT_RECEIVED")).isTrue();
    }

    @Test
    void aRequestIsAcknowledgedAnsweredInPartAndInFullBeforeItsDeadline() throws Exception {
        Officer hoa = new Officer(DemoNodes.caoBang(), "cb.officer");
        Officer zhiqiang = new Officer(DemoNodes.guangxi(), "gx.officer");

        Reply sent = hoa.call("POST", "/api/v1/requests", """
                {"recipientUnit":"GX-JD","type":"LOCATE_PERSON","urgency":"NORMAL",
                 "title":"Đề nghị xác minh nơi ở của Hoàng Thị Mai","body":"Đề nghị xác minh nơi ở hiện nay.",
                 "personIds":["%s"]}""".formatted(MAI));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();
        Instant deadline = Instant.parse(sent.json().get("deadline").asString());
        assertThat(deadline).isBetween(Instant.now().plus(Duration.ofDays(15)).minusSeconds(60), Instant.now().plus(Duration.ofDays(15)));
        // the default comes from the BLOs' coordination regulation in the demo's engagements
        assertThat(sent.json().get("deadlineSource").asString()).startsWith("Quy chế phối hợp").endsWith("Điều 4");

        zhiqiang.awaitJson("/api/v1/requests/" + id, r -> true);
        assertThat(zhiqiang.call("POST", "/api/v1/requests/" + id + "/acknowledge", null).json().get("status").asString())
                .isEqualTo("ACKNOWLEDGED");
        hoa.awaitJson("/api/v1/requests/" + id, r -> r.get("status").asString().equals("ACKNOWLEDGED"));

        assertThat(zhiqiang.call("POST", "/api/v1/requests/" + id + "/replies",
                "{\"kind\":\"PARTIAL_REPLY\",\"text\":\"已排查凭祥市区三处出租屋，未发现。\"}").status()).isEqualTo(201);
        hoa.awaitJson("/api/v1/requests/" + id, r -> r.get("status").asString().equals("PARTIALLY_ANSWERED"));
        Reply answered = zhiqiang.call("POST", "/api/v1/requests/" + id + "/replies", """
                {"kind":"FINAL_REPLY","text":"该人员现居凭祥市南山路，已布控。",
                 "attachments":[{"fileName":"地址.txt","content":"%s"}]}""".formatted(b64("凭祥市南山路".getBytes(StandardCharsets.UTF_8))));
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");

        JsonNode back = hoa.awaitJson("/api/v1/requests/" + id, r -> r.get("status").asString().equals("ANSWERED")
                && r.get("thread").get(2).get("attachments").get(0).get("complete").asBoolean());
        assertThat(back.get("answeredLate").asBoolean()).isFalse();
        assertThat(texts(back.get("thread"), "kind")).containsExactly("ACKNOWLEDGED", "PARTIAL_REPLY", "FINAL_REPLY");
        // the exchange shows the request's message as answered on Cao Bang's side
        await(() -> db(DemoNodes.caoBang()).queryForObject("SELECT answered_ms FROM outbox WHERE conversation_id = ?"
                + " AND type = ?", Long.class, "cooperation:" + id, "cooperation.request") > 0);
        assertThat(back.get("thread").get(2).get("late").asBoolean()).isFalse();
        await(() -> notified(DemoNodes.caoBang(), "cb.officer", id, "THREAD_ADVANCED"));

        // answered is final: Guangxi cannot decline it now, Cao Bang never answers its own request
        Reply decline = zhiqiang.call("POST", "/api/v1/requests/" + id + "/decline", "{\"reason\":\"不再需要\"}");
        assertThat(decline.status()).isEqualTo(409);
        assertThat(decline.text()).contains("The request is “Answered”: it can no longer be declined. Nothing was changed.");
        Reply own = hoa.call("POST", "/api/v1/requests/" + id + "/acknowledge", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.text()).contains("Only CN-GX, which was asked, acknowledges, answers or declines this request.");
        assertThat(zhiqiang.call("GET", "/api/v1/requests/" + id, null).json().get("thread").size()).isEqualTo(3);
    }

    @Test
    void aReplyAfterTheDeadlineIsRecordedAsLateOnBothNodes() throws Exception {
        Officer hoa = new Officer(DemoNodes.caoBang(), "cb.officer");
        Officer zhiqiang = new Officer(DemoNodes.guangxi(), "gx.officer");
        Instant deadline = Instant.now().plusSeconds(2);

        Reply sent = hoa.call("POST", "/api/v1/requests", """
                {"recipientUnit":"GX-JD","type":"VERIFY_IDENTITY","urgency":"URGENT","deadline":"%s",
                 "title":"Xác minh hộ chiếu E58120347","body":"Đề nghị xác minh hộ chiếu."}""".formatted(deadline));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();
        assertThat(sent.json().get("deadlineSource").asString()).isEmpty();

        zhiqiang.awaitJson("/api/v1/requests/" + id, r -> true);
        await(() -> Instant.now().isAfter(deadline.plusMillis(100)));
        assertThat(zhiqiang.call("GET", "/api/v1/requests/" + id, null).json().get("overdue").asBoolean()).isTrue();
        Reply late = zhiqiang.call("POST", "/api/v1/requests/" + id + "/replies",
                "{\"kind\":\"FINAL_REPLY\",\"text\":\"护照真实有效。\"}");
        assertThat(late.json().get("answeredLate").asBoolean()).isTrue();

        JsonNode back = hoa.awaitJson("/api/v1/requests/" + id, r -> r.get("status").asString().equals("ANSWERED"));
        assertThat(back.get("answeredLate").asBoolean()).isTrue();
        assertThat(back.get("overdue").asBoolean()).isFalse();
        assertThat(back.get("thread").get(0).get("late").asBoolean()).isTrue();
    }

    @Test
    void aDeclinedRequestCarriesItsReasonAndADeclineWithoutOneIsRefused() throws Exception {
        Officer zhiqiang = new Officer(DemoNodes.guangxi(), "gx.officer");
        Officer nam = new Officer(DemoNodes.caoBang(), "cb.supervisor");

        Reply sent = zhiqiang.call("POST", "/api/v1/requests", """
                {"recipientUnit":"VN-CB:CB-PC04","type":"HANDOVER","title":"请求移交阮文山",
                 "body":"请将阮文山移交我方。"}""");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();

        nam.awaitJson("/api/v1/requests/" + id, r -> true);
        Reply empty = nam.call("POST", "/api/v1/requests/" + id + "/decline", "{\"reason\":\" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("\"field\":\"reason\"", "Required.");
        assertThat(nam.call("POST", "/api/v1/requests/" + id + "/decline",
                "{\"reason\":\"Đối tượng là công dân Việt Nam; không thuộc diện bàn giao.\"}").status()).isEqualTo(200);

        JsonNode back = zhiqiang.awaitJson("/api/v1/requests/" + id, r -> r.get("status").asString().equals("DECLINED"));
        assertThat(back.get("thread").get(0).get("kind").asString()).isEqualTo("DECLINED");
        assertThat(back.get("thread").get(0).get("text").asString())
                .isEqualTo("Đối tượng là công dân Việt Nam; không thuộc diện bàn giao.");
        assertThat(back.get("thread").get(0).get("agency").asString()).isEqualTo("VN-CB");
    }

    // --- helpers ---

    /** An officer with a personal API token on their node. */
    static final class Officer {
        private final DemoNodes.Node node;
        private final String username;
        private final String token;

        Officer(DemoNodes.Node node, String username) {
            this.node = node;
            this.username = username;
            OfficerAccounts accounts = node.bean(OfficerAccounts.class);
            this.token = accounts.createToken(officer(), "two-node test").rawToken();
        }

        org.liaison.shared.CurrentOfficer officer() {
            return node.bean(OfficerAccounts.class).findLogin(username).orElseThrow().officer();
        }

        Reply call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url(path)))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body());
        }

        HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Reads until the item is there and satisfies the condition (the partner's copy arrives a moment later). */
        JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
            JsonNode[] last = new JsonNode[1];
            await(() -> {
                try {
                    Reply r = call("GET", path, null);
                    last[0] = r.status() == 200 ? r.json() : null;
                    return last[0] != null && condition.test(last[0]);
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

    static boolean notified(DemoNodes.Node node, String username, String thread, String kind) {
        return db(node).queryForObject("SELECT COUNT(*) FROM cooperation_notification WHERE recipient = ? AND thread = ?"
                + " AND kind = ?", Integer.class, username, UUID.fromString(thread), kind) > 0;
    }

    static JdbcTemplate db(DemoNodes.Node node) {
        return node.bean(JdbcTemplate.class);
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static boolean all(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (!test.test(n)) {
                return false;
            }
        }
        return true;
    }

    static List<String> texts(JsonNode array) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static List<String> texts(JsonNode array, String field) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
