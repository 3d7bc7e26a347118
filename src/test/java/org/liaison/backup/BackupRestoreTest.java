package org.liaison.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.cli.DemoCommand;
import org.liaison.cli.LiaisonCommand;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup} from a running demo node while it keeps writing, {@code restore} into a fresh data folder, and the
 * restored node holds every record of the snapshot with an intact audit chain. Refusals change nothing.
 */
class BackupRestoreTest {

    private static final String ADMIN_TOKEN = "lia_demo_VN-CB_c40b8a1e5f2d4e97";

    @TempDir
    Path dir;

    @Test
    void backsUpARunningNodeUnderWritesAndRestoresEveryRecordIntoAFreshNode() throws Exception {
        Path live = dir.resolve("live");
        Path archive = dir.resolve("cb.zip");
        Path fresh = dir.resolve("fresh");
        try (ConfigurableApplicationContext node = startDemoNode(live)) {
            String url = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            AuditLog audit = node.getBean(AuditLog.class);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            Thread writer = Thread.ofPlatform().start(() -> {
                while (writing.get()) {
                    audit.append(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-" + written.incrementAndGet(), "", "during backup"));
                }
            });
            Run backup;
            try {
                backup = liaison("backup", "--node", url, "--token", ADMIN_TOKEN, "--out", archive.toString());
            } finally {
                writing.set(false);
                writer.join();
            }
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.out()).startsWith("backup of VN-CB written to " + archive + ": ");
            assertThat(written.get()).as("audit lines written while the backup ran").isPositive();

            Run refused = liaison("restore", "--from", archive.toString(), "--data-dir", live.toString(), "--force");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("is in use: stop the node before restoring into it");
        }

        BackupManifest manifest = BackupArchive.manifest(archive);
        assertThat(manifest.rowCounts()).containsKeys("person", "audit_event", "unit", "officer");
        assertThat(manifest.rowCounts().get("person")).isPositive();

        Run restore = liaison("restore", "--from", archive.toString(), "--data-dir", fresh.toString());

        assertThat(restore.code()).as(restore.out() + restore.err()).isZero();
        assertThat(restore.out())
                .contains("restored the VN-CB backup of " + manifest.created())
                .containsPattern("audit log intact: \\d+ rows verified")
                .endsWith("restore complete: every record is back" + System.lineSeparator());
        assertThat(Files.readString(fresh.resolve("keys/node-id"))).isEqualTo(Files.readString(live.resolve("keys/node-id")));
        assertThat(Files.getPosixFilePermissions(fresh.resolve("keys/signing.jwk")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + fresh.resolve("db/liaison").toAbsolutePath() + ";IFEXISTS=TRUE", "liaison", "liaison");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(manifest.rowCounts().get("person"));
        }
    }

    @Test
    void refusesToOverwriteAnExistingNodeWithoutForceAndKeepsTheOldDataWithIt() throws Exception {
        Path live = dir.resolve("live");
        Path archive = dir.resolve("cb.zip");
        try (ConfigurableApplicationContext node = startDemoNode(live)) {
            node.getBean(Backups.class).write(archive, "test");
        }
        long before = Files.size(live.resolve("db/liaison.mv.db"));

        Run refused = liaison("restore", "--from", archive.toString(), "--data-dir", live.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds a node's database or keys").contains("--force");
        assertThat(Files.size(live.resolve("db/liaison.mv.db"))).isEqualTo(before);

        Run forced = liaison("restore", "--from", archive.toString(), "--data-dir", live.toString(), "--force");

        assertThat(forced.code()).as(forced.out() + forced.err()).isZero();
        assertThat(forced.out()).contains("kept the previous data as " + live.resolve("db.before-restore-"));
        try (var kept = Files.list(live)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("keys.before-restore-"));
        }
    }

    @Test
    void refusesWhatIsNotALiaisonBackupAndChangesNothing() throws Exception {
        Path garbage = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        Path target = dir.resolve("target-node");

        Run run = liaison("restore", "--from", garbage.toString(), "--data-dir", target.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("liaison: restore refused: not a Liaison backup");
        try (var left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRunningNodeRefusesABackupToAnOfficerToken() throws Exception {
        try (ConfigurableApplicationContext node = startDemoNode(dir.resolve("live"))) {
            String url = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");

            Run run = liaison("backup", "--node", url, "--token", "lia_not_a_real_token", "--out", dir.resolve("x.zip").toString());

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("the node refused the token: an administrator's API token is needed");
            assertThat(dir.resolve("x.zip")).doesNotExist();
            assertThat(dir.resolve("x.zip.part")).doesNotExist();
        }
    }

    private static ConfigurableApplicationContext startDemoNode(Path dataDir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the demo lays the node out under <dir>/vn-cb; tests name that folder directly
        return DemoCommand.startVn(dataDir.getParent().resolve(".demo-" + dataDir.getFileName()), port, port + 1,
                Map.of("liaison.node.data-dir", dataDir.toAbsolutePath().toString(),
                        "spring.datasource.url", "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/liaison")
                                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run liaison(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
