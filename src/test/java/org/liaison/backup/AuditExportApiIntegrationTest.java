package org.liaison.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.NodeSignatures;
import org.liaison.exchange.Peers;
import org.liaison.shared.NodeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/audit/export} with an auditor's token: a download of the signed JSON Lines file that verifies
 * with the node's peer card alone; a period that ends before it starts is refused.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class AuditExportApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    Peers peers;
    @Autowired
    NodeProperties node;

    @TempDir
    Path dir;

    @Test
    void anAuditorDownloadsTheLogAsAFileThatVerifiesWithThePeerCard() throws Exception {
        String token = accounts.createToken(accounts.findLogin("cb.auditor").orElseThrow().officer(), "archive")
                .rawToken();
        String today = LocalDate.now(node.zone()).toString();

        var response = mvc.perform(get("/api/v1/audit/export").param("to", today)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-VN-CB-start-to-" + today + ".jsonl\"");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        Path file = Files.write(dir.resolve("audit.jsonl"), response.getContentAsByteArray());
        AuditExportFile.Verification verified = AuditExportFile.verify(file, peers.ownCard());
        assertThat(verified.describe()).contains("chain intact, signature valid");
        assertThat(verified.signature()).isEqualTo(NodeSignatures.Verdict.VALID);
        assertThat(verified.manifest().firstSeq()).isEqualTo(1);
        assertThat(verified.rows()).isEqualTo(verified.manifest().lastSeq());

        assertThat(mvc.perform(get("/api/v1/audit/export").param("from", today).param("to", "2020-01-01")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(400);
    }
}
