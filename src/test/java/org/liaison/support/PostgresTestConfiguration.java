package org.liaison.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL (embedded binaries, started once per JVM) for tests run with the {@code postgres} profile.
 * Closed by the bean's destroy method, not in {@code @AfterAll}, so a cached context does not hang the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
@Profile("postgres")
public class PostgresTestConfiguration {

    private static EmbeddedPostgres server;

    public static synchronized EmbeddedPostgres server() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    @Bean
    @Primary
    DataSource postgresDataSource() throws IOException {
        var pg = server();
        String db = "liaison_" + Long.toHexString(System.nanoTime());
        try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getDatabase("postgres", db);
    }
}
