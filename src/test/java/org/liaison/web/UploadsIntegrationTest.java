package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.FormLogin;
import org.liaison.support.ServedFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads are judged by their content, and what is served back is never run as a page: an HTML page or an SVG with
 * a script named as a PDF, an image or text is refused with nothing stored, and a download of an uploaded file
 * carries its checked type, {@code attachment}, {@code nosniff} and a sandbox (report attachments are checked so by
 * {@code HandlingCodeMatrixIntegrationTest}, at every download it makes; notice photos by {@code PersonsIntegrationTest}).
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class UploadsIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final UUID REGULATION = UUID.nameUUIDFromBytes(
            "liaison-demo:engagement:agreement-2023-11-08-blo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    JsonMapper json;

    String token() {
        return accounts.createToken(accounts.findLogin("cb.officer").orElseThrow().officer(), "uploads test").rawToken();
    }

    MockHttpServletResponse sendReport(String token, String fileName, byte[] bytes) throws Exception {
        Map<String, Object> report = Map.of("title", "Tuyến vận chuyển qua Trà Lĩnh", "body", "Nội dung báo cáo.",
                "crimeArea", "DRUGS", "recipientUnit", "CN-GX:GX-JD", "factsOn", LocalDate.now().minusDays(1).toString(),
                "reliability", "B", "accuracy", "2",
                "attachments", List.of(Map.of("fileName", fileName, "content", Base64.getEncoder().encodeToString(bytes))));
        return mvc.perform(post("/api/v1/reports").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "en").contentType("application/json")
                        .content(json.writeValueAsString(report)))
                .andReturn().getResponse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lead.pdf|<!DOCTYPE html><html><body><script>fetch('/api/v1/me')</script></body></html>",
            "map.png|<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>",
            "notes.txt|Xem bản đồ: <iframe src=\"https://example.org\"></iframe>",
            "scan.pdf|%PNG-looking text that is not a PDF"})
    void aPageOrImageDisguisedAsADocumentIsRefusedAndNothingIsStored(String fileName, String content) throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM information_report", Integer.class);

        var response = sendReport(token(), fileName, content.getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("attachments[0]");
        assertThat(error.get("message").asString()).contains(fileName).containsAnyOf("accepted", "refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_report", Integer.class)).isEqualTo(before);
    }

    @Test
    void theSignedTextOfAnAgreementIsADownloadInASandbox() throws Exception {
        var r = mvc.perform(get("/engagements/" + REGULATION + "/signed-text").session(FormLogin.logIn(mvc, "cb.auditor")))
                .andReturn().getResponse();
        ServedFiles.assertServedSafely(r, "application/pdf", "quy-che-phoi-hop-blo-2023.pdf");
    }
}
