package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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

/** {@code liaison audit verify} on a node's embedded H2 file database: exit 0 when intact, 3 naming the row when not. */
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

    private record Run(int exitCode, String out, String err) {
    }
}
