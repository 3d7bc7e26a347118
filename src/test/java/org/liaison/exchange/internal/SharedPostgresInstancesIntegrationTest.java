package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.cli.NodeLauncher;
import org.liaison.support.PostgresTestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the Cao Bang node share one PostgreSQL; both run outbox workers and both queue messages.
 * Every message is transmitted once (no double sends) and applied once at the partner.
 */
class SharedPostgresInstancesIntegrationTest {

    @Test
    void twoInstancesOnOnePostgresSendEachMessageOnce() throws Exception {
        var pg = PostgresTestConfiguration.server();
        String db = "shared_" + Long.toHexString(System.nanoTime());
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        Path dir = Files.createTempDirectory(Path.of("target"), "shared-pg");
        int cnPort = ExchangeTwoNodesIntegrationTest.freePort();
        Map<String, Object> vn = new HashMap<>(Map.of(
                "liaison.node.agency", "VN-CB", "liaison.node.demo", true,
                "liaison.node.data-dir", dir.resolve("vn-cb").toAbsolutePath().toString(),
                "spring.datasource.url", pg.getJdbcUrl("postgres", db),
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres",
                "liaison.exchange.batch-size", 50, "logging.level.root", "WARN"));
        vn.put("server.port", ExchangeTwoNodesIntegrationTest.freePort());
        ConfigurableApplicationContext a = NodeLauncher.startNode(vn);
        vn.put("server.port", ExchangeTwoNodesIntegrationTest.freePort());
        ConfigurableApplicationContext b = NodeLauncher.startNode(vn);
        ConfigurableApplicationContext cn = DemoCommand.startCn(dir, cnPort, 1, Map.of("logging.level.root", "WARN"));
        try {
            DemoCommand.pair(a, cn);
            List<UUID> ids = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                ConfigurableApplicationContext instance = t % 2 == 0 ? a : b;
                pool.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        ids.add(instance.getBean(ExchangeService.class).probe("CN-GX", null));
                    }
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(ids).hasSize(600);
            JdbcTemplate shared = a.getBean(JdbcTemplate.class);
            ExchangeTwoNodesIntegrationTest.await(() -> shared.queryForObject(
                    "SELECT COUNT(*) FROM outbox WHERE type = 'exchange.probe' AND state = 'DELIVERED'", Integer.class) == 600);
            assertThat(shared.queryForObject("SELECT MAX(attempts) FROM outbox WHERE type = 'exchange.probe'", Integer.class))
                    .as("each message transmitted once").isEqualTo(1);
            JdbcTemplate partner = cn.getBean(JdbcTemplate.class);
            assertThat(partner.queryForObject("SELECT COUNT(*) FROM exchange_probe", Integer.class)).isEqualTo(600);
            assertThat(partner.queryForObject("SELECT COUNT(DISTINCT message_id) FROM exchange_probe", Integer.class)).isEqualTo(600);
            assertThat(shared.queryForObject("SELECT COUNT(DISTINCT batch_id) FROM receipt", Integer.class))
                    .as("several envelopes were needed").isGreaterThan(1);
        } finally {
            cn.close();
            b.close();
            a.close();
        }
    }
}
