package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two real nodes on loopback, real HTTP: delivery, exactly-once apply, receipts, a partner that was down. */
class ExchangeTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");
    static Path dir;
    static int vnPort;
    static int cnPort;
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "exchange-it");
        vnPort = freePort();
        cnPort = freePort();
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
    void deliversAProbeOnceWithASignedReceipt() {
        UUID id = vn.getBean(ExchangeService.class).probe("CN-GX", null);
        JdbcTemplate vnDb = vn.getBean(JdbcTemplate.class);
        await(() -> "DELIVERED".equals(state(vnDb, id)));
        JdbcTemplate cnDb = cn.getBean(JdbcTemplate.class);
        assertThat(cnDb.queryForObject("SELECT COUNT(*) FROM exchange_probe WHERE message_id = ?", Integer.class, id))
                .isEqualTo(1);
        String batch = vnDb.queryForObject("SELECT receipt_batch FROM outbox WHERE message_id = ?", String.class, id);
        String receipt = vnDb.queryForObject("SELECT jws FROM receipt WHERE batch_id = ?", String.class, batch);
        var verified = vn.getBean(EnvelopeCodec.class).verifyReceipt(receipt,
                vn.getBean(PeerRegistry.class).keys("CN-GX").orElseThrow().signing());
        assertThat(verified).isPresent();
        assertThat(verified.get().results()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.status()).isEqualTo("applied");
        });
    }

    @Test
    void readStatusTravelsBackToTheSender() {
        UUID id = vn.getBean(ExchangeService.class).probe("CN-GX", null);
        JdbcTemplate vnDb = vn.getBean(JdbcTemplate.class);
        await(() -> "DELIVERED".equals(state(vnDb, id)));
        cn.getBean(ExchangeService.class).markRead(id, new org.liaison.shared.CurrentOfficer(1, "gx.officer", "x",
                "CN-GX", null, java.util.Set.of("OFFICER")));
        await(() -> vnDb.queryForObject("SELECT read_ms FROM outbox WHERE message_id = ?", Long.class, id) > 0);
    }

    @Test
    void partnerDownThenBackGetsEverythingOnceInOrder() throws Exception {
        cn.close();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(vn.getBean(ExchangeService.class).probe("CN-GX", null));
        }
        JdbcTemplate vnDb = vn.getBean(JdbcTemplate.class);
        await(() -> !vnDb.queryForObject("SELECT last_error FROM peer WHERE agency_code = 'CN-GX'", String.class).isEmpty());
        assertThat(state(vnDb, ids.get(0))).isEqualTo("QUEUED");
        cn = DemoCommand.startCn(dir, cnPort, vnPort, FAST);
        await(() -> ids.stream().allMatch(id -> "DELIVERED".equals(state(vnDb, id))));
        JdbcTemplate cnDb = cn.getBean(JdbcTemplate.class);
        for (UUID id : ids) {
            assertThat(cnDb.queryForObject("SELECT COUNT(*) FROM exchange_probe WHERE message_id = ?", Integer.class, id))
                    .as("applied exactly once").isEqualTo(1);
        }
        List<UUID> applied = cnDb.queryForList("SELECT i.message_id FROM inbox i JOIN exchange_probe p ON p.message_id = i.message_id"
                + " ORDER BY p.applied_ms, i.received_ms", UUID.class);
        assertThat(applied.stream().filter(ids::contains).toList()).as("applied in the order sent").containsExactlyElementsOf(ids);
    }

    static String state(JdbcTemplate db, UUID id) {
        return db.queryForObject("SELECT state FROM outbox WHERE message_id = ?", String.class, id);
    }

    static void await(BooleanSupplier condition) {
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

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
