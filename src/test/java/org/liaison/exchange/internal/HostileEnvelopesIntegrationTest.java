package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Envelopes that must be refused: forged, unknown peer, wrong recipient, stale, replayed with other content,
 * oversized, unknown type or version, malformed. Each gets a clear error, an audit line, and nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"liaison.exchange.max-envelope-bytes=200000", "liaison.exchange.worker-enabled=false"})
class HostileEnvelopesIntegrationTest {

    static final FakePartner GUANGXI = new FakePartner("CN-GX");

    @LocalServerPort
    int port;
    @Autowired
    PeerRegistry peers;
    @Autowired
    Keyring keyring;
    @Autowired
    JdbcTemplate db;
    @Autowired
    AuditLog audit;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void pair() {
        if (peers.keys("CN-GX").isEmpty()) {
            peers.importCard(GUANGXI.cardJson("http://127.0.0.1:1"), "test");
        }
    }

    ECKey ours() {
        return keyring.keys().encryption().toPublicJWK();
    }

    HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FederationController.PATH))
                .header("Content-Type", "application/jose").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long inbox() {
        return db.queryForObject("SELECT COUNT(*) FROM inbox", Long.class);
    }

    long rejectionsAudited() {
        return audit.search(new AuditQuery(null, "ENVELOPE_REJECTED", null, null, null, null), 10_000).size()
                + audit.search(new AuditQuery(null, "MESSAGE_REJECTED", null, null, null, null), 10_000).size();
    }

    void assertRefused(String body, int status, String code) throws Exception {
        long before = inbox();
        long audited = rejectionsAudited();
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).contains("\"error\":\"" + code + "\"");
        assertThat(inbox()).as("nothing stored").isEqualTo(before);
        assertThat(rejectionsAudited()).as("an audit line").isGreaterThan(audited);
    }

    Wire.Receipt acceptedReceipt(String body) throws Exception {
        HttpResponse<String> r = post(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return GUANGXI.codec.verifyReceipt(r.body(), keyring.keys().publicSigningKeys()).orElseThrow();
    }

    @Test
    void appliesAGenuineEnvelopeAndSignsTheReceipt() throws Exception {
        var m = GUANGXI.probe("VN-CB");
        Wire.Receipt receipt = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), m), ours()));
        assertThat(receipt.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("applied"));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM exchange_probe WHERE message_id = ?", Integer.class, m.id())).isEqualTo(1);
    }

    @Test
    void rejectsEnvelopeSignedWithAKeyNotOnTheCard() throws Exception {
        var forger = new FakePartner("CN-GX");
        assertRefused(forger.seal(forger.batch("VN-CB", System.currentTimeMillis(), forger.probe("VN-CB")), ours()),
                400, "bad_signature");
    }

    @Test
    void rejectsUnknownPeer() throws Exception {
        var stranger = new FakePartner("LA-PS");
        assertRefused(stranger.seal(stranger.batch("VN-CB", System.currentTimeMillis(), stranger.probe("VN-CB")), ours()),
                403, "unknown_peer");
    }

    @Test
    void rejectsEnvelopeForAnotherRecipient() throws Exception {
        assertRefused(GUANGXI.seal(GUANGXI.batch("VN-LS", System.currentTimeMillis(), GUANGXI.probe("VN-LS")), ours()),
                400, "wrong_recipient");
    }

    @Test
    void rejectsTimestampOutsideTheAllowedSkew() throws Exception {
        long tenMinutesAgo = System.currentTimeMillis() - 10 * 60_000;
        assertRefused(GUANGXI.seal(GUANGXI.batch("VN-CB", tenMinutesAgo, GUANGXI.probe("VN-CB")), ours()), 400, "stale");
        long tenMinutesAhead = System.currentTimeMillis() + 10 * 60_000;
        assertRefused(GUANGXI.seal(GUANGXI.batch("VN-CB", tenMinutesAhead, GUANGXI.probe("VN-CB")), ours()), 400, "stale");
    }

    @Test
    void rejectsEnvelopeEncryptedForAnotherKey() throws Exception {
        ECKey someoneElse = FakePartner.key(KeyUse.ENCRYPTION).toPublicJWK();
        assertRefused(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), GUANGXI.probe("VN-CB")), someoneElse),
                400, "undecryptable");
    }

    @Test
    void acknowledgesAnExactRepeatWithoutApplyingItAgain() throws Exception {
        var m = GUANGXI.probe("VN-CB");
        acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), m), ours()));
        Wire.Receipt again = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), m), ours()));
        assertThat(again.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("duplicate"));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM exchange_probe WHERE message_id = ?", Integer.class, m.id())).isEqualTo(1);
    }

    @Test
    void rejectsAReplayedIdWithDifferentContent() throws Exception {
        var m = GUANGXI.probe("VN-CB");
        acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), m), ours()));
        String other = "{\"sentMs\":1,\"from\":\"CN-GX\",\"padding\":\"changed\"}";
        var forged = new Wire.Envelope(m.id(), m.sender(), m.recipient(), m.type(), 1, m.ts(), "", "", "x", other,
                EnvelopeCodec.sha256(other));
        long before = inbox();
        Wire.Receipt r = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), forged), ours()));
        assertThat(r.results()).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo("rejected");
            assertThat(x.reason()).contains("replayed message id with different content");
        });
        assertThat(inbox()).isEqualTo(before);
        assertThat(db.queryForObject("SELECT payload FROM inbox WHERE message_id = ?", String.class, m.id())).isEqualTo(m.payload());
    }

    @Test
    void rejectsOversizedEnvelopeBeforeReadingIt() throws Exception {
        assertRefused("x".repeat(200_001), 413, "oversized");
    }

    @Test
    void rejectsUnknownTypeAndUnsupportedVersionButAppliesTheRest() throws Exception {
        var unknown = GUANGXI.message("VN-CB", "weather.report", 1, "{}");
        var future = GUANGXI.message("VN-CB", "exchange.probe", 99, "{\"sentMs\":1,\"from\":\"CN-GX\",\"padding\":\"\"}");
        var good = GUANGXI.probe("VN-CB");
        long before = inbox();
        Wire.Receipt r = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), unknown, future, good), ours()));
        assertThat(r.results()).extracting(Wire.Result::status).containsExactly("rejected", "rejected", "applied");
        assertThat(r.results().get(0).reason()).contains("unknown message type weather.report");
        assertThat(r.results().get(1).reason()).contains("unsupported schema version 99");
        assertThat(inbox()).isEqualTo(before + 1);
    }

    @Test
    void rejectsMalformedInput() throws Exception {
        assertRefused("", 400, "malformed");
        assertRefused("not an envelope at all", 400, "malformed");
        assertRefused("{\"json\": true}", 400, "malformed");
        var badPayload = GUANGXI.message("VN-CB", "exchange.probe", 1, "{not json");
        long before = inbox();
        Wire.Receipt r = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), badPayload), ours()));
        assertThat(r.results()).singleElement().satisfies(x -> assertThat(x.status()).isEqualTo("rejected"));
        assertThat(inbox()).isEqualTo(before);
    }

    @Test
    void rejectsPayloadWhoseHashDoesNotMatch() throws Exception {
        var m = GUANGXI.probe("VN-CB");
        var tampered = new Wire.Envelope(m.id(), m.sender(), m.recipient(), m.type(), 1, m.ts(), "", "", "x",
                m.payload().replace("\"padding\":\"\"", "\"padding\":\"x\""), m.hash());
        Wire.Receipt r = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), tampered), ours()));
        assertThat(r.results()).singleElement().satisfies(x -> assertThat(x.reason()).contains("hash mismatch"));
    }

    @Test
    void messagesMustComeFromTheEnvelopesSender() throws Exception {
        var m = GUANGXI.probe("VN-CB");
        var spoofed = new Wire.Envelope(m.id(), "LA-PS", m.recipient(), m.type(), 1, m.ts(), "", "", "x", m.payload(), m.hash());
        long before = inbox();
        Wire.Receipt r = acceptedReceipt(GUANGXI.seal(GUANGXI.batch("VN-CB", System.currentTimeMillis(), spoofed), ours()));
        assertThat(r.results()).singleElement().satisfies(x -> assertThat(x.status()).isEqualTo("rejected"));
        assertThat(inbox()).isEqualTo(before);
    }
}
