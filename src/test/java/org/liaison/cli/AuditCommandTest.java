package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liaison.audit.AuditRecord;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;

/**
 * {@code liaison audit verify}, {@code audit export} and {@code audit verify-export} on a node's embedded H2 file
 * database: verify exits 0 when intact, 3 naming the row when not; an export verifies with the node's peer card and
 * without the node, an edited line is named, and an export of a period is a sub-chain that verifies on its own.
 */
class AuditCommandTest {

    @TempDir
    Path dir;

    /**
     * The test classpath's config/application.properties points every node at an in-memory database; a system
     * property outranks it, so the command opens the file database under --data-dir, as it does in production.
     */
    @BeforeEach
    void useTheFileDatabaseUnderTheDataDir() {
        System.setProperty("spring.datasource.url",
                "jdbc:h2:file:${liaison.node.data-dir}/db/liaison;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @AfterEach
    void restoreTheTestDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void reportsAnIntactLogThenNamesTheEditedRow() throws SQLException {
        aNodeThatHasLoggedFiveReads();

        Run intact = auditVerify();

        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).matches("audit log intact: \\d+ rows verified\\R");
        long rows = Long.parseLong(intact.out().replaceAll("\\D+", ""));
        assertThat(rows).isGreaterThanOrEqualTo(5);

        long tampered = rows - 2;
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath() + "/db/liaison", "liaison", "liaison");
             var st = c.prepareStatement("UPDATE audit_event SET actor = 'someone.else' WHERE seq = ?")) {
            st.setLong(1, tampered);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }

        Run broken = auditVerify();

        assertThat(broken.exitCode()).as(broken.err()).isEqualTo(3);
        assertThat(broken.out()).startsWith("audit log BROKEN at row " + tampered + ": ").contains("the row was edited");
    }

    @Test
    void unknownOptionExitsWithTwoAndAOneLineMessage() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "audit", "verify", "--colour");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison: Unknown option: '--colour'").hasLineCount(1);
    }

    @Test
    void anExportVerifiesWithThePeerCardAndAnEditedLineIsNamed() throws Exception {
        aNodeThatHasLoggedFiveReads();
        Path export = dir.resolve("audit.jsonl");
        Path card = dir.resolve("vn-cb.card");

        Run exported = cli("audit", "export", "--data-dir", dataDir(), "--out", export.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(cli("peer", "export", "--data-dir", dataDir(), "--out", card.toString()).exitCode()).isZero();

        Run intact = cli("audit", "verify-export", "--file", export.toString(), "--peer-card", card.toString());
        assertThat(intact.exitCode()).as(intact.out() + intact.err()).isZero();
        assertThat(intact.out()).contains("chain intact, signature valid");
        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertThat(lines.getLast()).startsWith("{\"manifest\":{\"format\":\"liaison-audit-export/1\"")
                .contains("\"agency\":\"VN-CB\"", "\"signature\":\"");
        assertThat(lines.get(0)).contains("\"seq\":1,", "\"prevHash\":\"" + AuditRecord.GENESIS + "\"", "\"hash\":\"");

        int edited = lines.size() - 3;
        List<String> tampered = new ArrayList<>(lines);
        tampered.set(edited - 1, lines.get(edited - 1).replace("\"READ\"", "\"UPDATE\""));
        assertThat(tampered).isNotEqualTo(lines);
        Files.write(export, tampered, StandardCharsets.UTF_8);

        Run broken = cli("audit", "verify-export", "--file", export.toString(), "--peer-card", card.toString());
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.out()).startsWith("audit export BROKEN at line " + edited + ": ").contains("it was edited");

        // the manifest changed where nothing else records it: only the signature tells
        List<String> forgedLines = new ArrayList<>(lines);
        forgedLines.set(lines.size() - 1, lines.getLast().replace("\"exportedAt\":\"2", "\"exportedAt\":\"1"));
        assertThat(forgedLines).isNotEqualTo(lines);
        Files.write(export, forgedLines, StandardCharsets.UTF_8);
        Run forged = cli("audit", "verify-export", "--file", export.toString(), "--peer-card", card.toString());
        assertThat(forged.exitCode()).isEqualTo(3);
        assertThat(forged.out()).startsWith("audit export signature INVALID on line " + lines.size());
    }

    @Test
    void anExportOfAPeriodIsASubChainThatVerifiesOnItsOwn() throws Exception {
        aNodeThatHasLoggedFiveReads();
        rowsOneDayApart();
        assertThat(cli("audit", "verify", "--data-dir", dataDir()).out()).startsWith("audit log intact");
        Path export = dir.resolve("january.jsonl");
        Path card = dir.resolve("vn-cb.card");
        Run carded = cli("peer", "export", "--data-dir", dataDir(), "--out", card.toString());
        assertThat(carded.exitCode()).as(carded.err()).isZero();

        Run exported = cli("audit", "export", "--data-dir", dataDir(), "--out", export.toString(),
                "--from", "2026-01-03", "--to", "2026-01-05");

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("3 rows (2-4)");
        Run verified = cli("audit", "verify-export", "--file", export.toString(), "--peer-card", card.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("rows 2-4", "chain intact, signature valid");
    }

    private String dataDir() {
        return dir.toAbsolutePath().toString();
    }

    private void aNodeThatHasLoggedFiveReads() {
        try (var node = NodeLauncher.startOffline(Map.of("liaison.node.data-dir", dir.toAbsolutePath().toString()))) {
            AuditLog audit = node.getBean(AuditLog.class);
            for (int i = 1; i <= 5; i++) {
                audit.append(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2017-04" + i, "10.20.0.14", ""));
            }
        }
    }

    private Run auditVerify() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "audit", "verify", "--data-dir", dir.toAbsolutePath().toString());
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Dates the log's rows one day apart from 2 January 2026 (row 1) at noon in Cao Bang, and re-chains them, as if
     * the node had written them on those days.
     */
    private void rowsOneDayApart() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir() + "/db/liaison", "liaison", "liaison")) {
            List<AuditRecord> rows = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT * FROM audit_event ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(new AuditRecord(rs.getLong("seq"), Instant.EPOCH, new AuditEntry(rs.getString("actor"),
                            rs.getString("agency"), rs.getString("action"), rs.getString("record_type"),
                            rs.getString("record_id"), rs.getString("remote_addr"), rs.getString("detail")), "", ""));
                }
            }
            String prev = AuditRecord.GENESIS;
            Instant first = Instant.parse("2026-01-02T05:00:00Z");
            try (var update = c.prepareStatement("UPDATE audit_event SET at_ms = ?, prev_hash = ?, hash = ? WHERE seq = ?");
                 var head = c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
                for (AuditRecord r : rows) {
                    long at = first.plus(Duration.ofDays(r.seq() - 1)).toEpochMilli();
                    String hash = AuditRecord.chainHash(r.seq(), at, r.entry(), prev);
                    update.setLong(1, at);
                    update.setString(2, prev);
                    update.setString(3, hash);
                    update.setLong(4, r.seq());
                    update.executeUpdate();
                    prev = hash;
                }
                head.setString(1, prev);
                head.executeUpdate();
            }
        }
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
