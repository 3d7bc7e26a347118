package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.screening.internal.Actor;
import org.liaison.screening.internal.BatchJobs;
import org.liaison.screening.internal.ScreeningRefused;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Screening a CSV file on the Cao Bang demo node: the job runs in the background to 100 %, malformed rows are listed
 * with their line numbers and reasons while the other rows are screened, the matches download as CSV; what is no CSV
 * text is refused at upload with a reason, and one officer's jobs are not another's.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class BatchScreeningIntegrationTest {

    static final String CROSSINGS = """
            id,name,birth_date,sex,nationality,id_number
            GATE-001,Nông Chí Cường,1984,M,CHN,
            GATE-002,"HOANG THI MAI",1988-05-12,F,VNM,004188012345
            GATE-003,,1990,M,VNM,
            GATE-004,Trần Văn Bình,1990-13-01,M,VNM,
            GATE-005,Lý Thị Hoa,1992,F
            GATE-006,"Đàm, Hải Sinh",1986,M,CHN,
            GATE-007,"Nguyễn ""Tí"" Văn",1975,X,VNM,
            GATE-008,Phạm Văn Đồng,,,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    BatchJobs jobs;
    @Autowired
    OfficerAccounts accounts;

    @Test
    void aCrossingListIsScreenedToTheEndWithItsMalformedRowsListedAndTheMatchesDownloaded() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String location = mvc.perform(multipart("/screening/batches").file(csv("crossings.csv", CROSSINGS))
                        .session(officer).with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/screening/batches/[0-9a-f-]{36}");
        String progress = awaitDone(location + "/progress", officer);

        // other tests of this node may have recorded more persons that match: the count of matches varies
        assertThat(progress).contains("<strong data-testid=\"percent\">100 %</strong>").containsPattern(
                "8 of 8 rows screened; \\d+ matches so far; 4 rows could not be read\\.");
        assertThat(malformed(progress)).containsExactly(
                "4: Column name: Enter a name.",
                "5: Column birth_date: “1990-13-01” is not a birth date; write 1988-05-12, 1988-05, 1988 or ~1988.",
                "6: The row has 4 fields; the header has 6.",
                "8: Column sex: “X” is not a sex; write M or F, or leave it empty.");
        assertThat(progress).contains("data-line=\"2\"", "data-line=\"3\"", "data-line=\"7\"", "Nóng Zhìqiáng", "HOANG THI MAI");

        var download = mvc.perform(get(location + "/matches.csv").session(officer))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(download.getContentType()).startsWith("text/csv");
        List<String> lines = download.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("subject_id,watchlist_id,score,explanation,subject_name,watchlist_name,record,wanted_notices");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GATE-001," + ScreeningIntegrationTest.demo("person:cn-nong"))
                .contains("Nông ~ 农 (Hán-Việt reading nông)", "CN-GX", ScreeningIntegrationTest.demo("notice:cn-nong-drugs").toString()));
        assertThat(lines).noneMatch(l -> l.startsWith("GATE-008,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GATE-002," + ScreeningIntegrationTest.demo("person:vn-mai"))
                .contains("VN-CB", ",HOANG ~ Hoàng (written without diacritics); ", ScreeningIntegrationTest.MAI_NOTICE.toString()));

        // another officer neither sees the job nor downloads its matches
        MockHttpSession colleague = FormLogin.logIn(mvc, "cb.supervisor");
        mvc.perform(get(location).session(colleague)).andExpect(status().isNotFound());
        mvc.perform(get(location + "/matches.csv").session(colleague)).andExpect(status().isNotFound());
        assertThat(page(get("/screening/batches").session(officer))).contains("crossings.csv");
    }

    @Test
    void whatIsNoCsvTextIsRefusedAtUploadWithTheReason() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] latin1 = "id,name\nGATE-1,Ho\u00e0ng Th\u1ecb Mai\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(upload(officer, new MockMultipartFile("file", "photo.csv", "text/csv", png)))
                .contains("This is not a CSV text file (it holds binary data, e.g. a spreadsheet or an image).");
        assertThat(upload(officer, new MockMultipartFile("file", "list.csv", "text/csv", latin1)))
                .contains("This file is not UTF-8 text (line 2). Save the list as CSV UTF-8 and upload that.");
        assertThat(upload(officer, csv("list.csv", "ho_ten,ngay_sinh\nHoàng Thị Mai,1988\n")))
                .contains("The first line must name the columns, with at least id and name; it says: ho_ten,ngay_sinh");
        assertThat(upload(officer, csv("empty.csv", "")))
                .contains("Choose a CSV file; the one sent was empty or none was chosen.");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        Actor officer = new Actor(accounts.findLogin("cb.officer").orElseThrow().officer(), "127.0.0.1");

        assertThatThrownBy(() -> jobs.start(officer, "big.csv", BatchJobs.MAX_BYTES + 1,
                        () -> new ByteArrayInputStream(new byte[0]), Locale.ENGLISH))
                .isInstanceOfSatisfying(ScreeningRefused.class, e -> assertThat(e.problems().getFirst().text().args())
                        .containsExactly("50.0", "50.0"));
    }

    static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    String upload(MockHttpSession session, MockMultipartFile file) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(multipart("/screening/batches").file(file).session(session).with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Polls the progress fragment as the page does, until the job is done; returns the last fragment. */
    String awaitDone(String progress, MockHttpSession session) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String fragment = page(get(progress).session(session));
            if (fragment.contains("data-state=\"DONE\"") || fragment.contains("data-state=\"FAILED\"")) {
                assertThat(fragment).as("the last answer stops the polling").doesNotContain("hx-trigger");
                return fragment;
            }
            assertThat(fragment).contains("hx-trigger=\"every 1s\"");
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job did not end within 60 s:\n" + fragment);
            }
            Thread.sleep(100);
        }
    }

    /** The malformed rows table as "line: reason". */
    static List<String> malformed(String fragment) {
        Matcher m = Pattern.compile("<tr data-line=\"(\\d+)\">\\s*<td>\\d+</td>\\s*<td>([^<]*)</td>").matcher(
                fragment.substring(fragment.indexOf("data-testid=\"malformed\"")));
        return m.results().map(r -> r.group(1) + ": " + r.group(2)).toList();
    }
}
