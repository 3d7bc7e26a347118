package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing from the command line: export both cards, import them crosswise, list; rotate keys; refuse bad cards. */
class PeerCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    /** As in AuditCommandTest: a system property outranks the test classpath's in-memory database. */
    @BeforeEach
    void useTheFileDatabaseUnderTheDataDir() {
        System.setProperty("spring.datasource.url",
                "jdbc:h2:file:${liaison.node.data-dir}/db/liaison;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @AfterEach
    void restoreTheTestDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void pairsTwoNodesWithExportedCardsAndListsThePartner() throws Exception {
        String vn = dir.resolve("vn").toString();
        String cn = dir.resolve("cn").toString();
        Path vnCard = dir.resolve("vn.card");
        Path cnCard = dir.resolve("cn.card");
        assertThat(run("peer", "export", "--agency", "VN-CB", "--data-dir", vn, "--out", vnCard.toString()).exitCode()).isZero();
        assertThat(run("peer", "export", "--agency", "CN-GX", "--data-dir", cn, "--out", cnCard.toString()).exitCode()).isZero();
        assertThat(Files.readString(vnCard)).contains("\"agency\" : \"VN-CB\"", "liaison-peer-card/1").doesNotContain("\"d\"");

        Run imported = run("peer", "import", "--agency", "VN-CB", "--data-dir", vn, cnCard.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("paired with CN-GX");

        Run list = run("peer", "list", "--agency", "VN-CB", "--data-dir", vn);
        assertThat(list.out()).contains("CN-GX", "queued=0", "last_contact=never");
    }

    @Test
    void refusesItsOwnCardAndAFileThatIsNoCard() throws Exception {
        String vn = dir.resolve("vn").toString();
        Path card = dir.resolve("own.card");
        run("peer", "export", "--agency", "VN-CB", "--data-dir", vn, "--out", card.toString());
        Run own = run("peer", "import", "--agency", "VN-CB", "--data-dir", vn, card.toString());
        assertThat(own.exitCode()).isEqualTo(1);
        assertThat(own.err()).contains("card refused", "own card");

        Path junk = Files.writeString(dir.resolve("junk.card"), "not json");
        Run bad = run("peer", "import", "--agency", "VN-CB", "--data-dir", vn, junk.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("card refused", "invalid JSON");
    }

    @Test
    void rotationKeepsTheNodeAndAddsNewFingerprints() {
        String vn = dir.resolve("vn").toString();
        Run before = run("keys", "generate", "--agency", "VN-CB", "--data-dir", vn);
        Run after = run("keys", "rotate", "--agency", "VN-CB", "--data-dir", vn);
        assertThat(after.exitCode()).isZero();
        String node = before.out().lines().findFirst().orElseThrow();
        assertThat(after.out()).startsWith(node);
        // the card now carries the new keys and, for the grace period, the old ones
        assertThat(after.out().lines().filter(l -> l.startsWith("  SHA256:")).count()).isEqualTo(4);
        assertThat(before.out().lines().filter(l -> l.startsWith("  SHA256:")).count()).isEqualTo(2);
    }
}
