package org.liaison.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.SourceReliability;
import org.liaison.directory.Directory;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.persons.CrimeArea;
import org.liaison.support.FormLogin;
import org.liaison.support.ServedFiles;
import org.liaison.web.OtherAgencySession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every line of {@code handling-code-matrix.csv}: for each handling condition, a report Guangxi sent to Cao
 * Bang's counter-narcotics division arrives through the exchange's handlers, its supervisor assigns and grants it
 * through the pages, and then each reader, logged in through the form, tries each action. A line the node does not
 * honour, and a matrix that misses a combination, fail the test.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class HandlingCodeMatrixIntegrationTest {

    static final Path MATRIX = Path.of("src/test/resources/handling-code-matrix.csv");
    static final List<String> CONDITIONS = List.of("NONE", "CRIME_PREVENTION_ONLY", "NOT_FOR_COURT_WITHOUT_CONSENT",
            "NO_ONWARD_SHARING_WITHOUT_CONSENT");
    static final List<String> RELATIONS = List.of("addressed-unit", "supervisor-of-unit", "assigned", "granted",
            "other-unit", "auditor", "admin", "other-agency");
    static final List<String> ACTIONS = List.of("view", "api-view", "list", "download", "api-download", "court-banner",
            "forward", "grant");
    /** Where each reader passes the report on to: distinct units none of the readers belongs to. */
    static final Map<String, String> FORWARD_TO = Map.of("addressed-unit", "CB-PD", "supervisor-of-unit", "CB-BLO",
            "assigned", "CB-PH", "granted", "CB-HL");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Directory directory;
    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OfficerAccounts accounts;

    record Line(String condition, String relation, String action, String outcome) {
        @Override
        public String toString() {
            return condition + "," + relation + "," + action + " should be " + outcome;
        }
    }

    record Fixture(UUID report, UUID attachment, String title, String body) {
    }

    /**
     * Who reads: a session from the log-in form for pages and the officer's own API token for the API, or (another
     * agency) a session that cannot be had by logging in.
     */
    record Reader(MockHttpSession session, String token, boolean otherAgency) {
        MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder b, boolean api) {
            if (otherAgency) {
                return b.with(OtherAgencySession.officerOfGuangxi());
            }
            return api ? b.header("Authorization", "Bearer " + token) : b.session(session);
        }
    }

    private Reader reader(String username) throws Exception {
        return reader(username, FormLogin.logIn(mvc, username));
    }

    private Reader reader(String username, MockHttpSession session) {
        var officer = accounts.findLogin(username).orElseThrow().officer();
        return new Reader(session, accounts.createToken(officer, "handling-code matrix").rawToken(), false);
    }

    static List<Line> matrix() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String l : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                String[] f = l.split(",");
                assertThat(f).as("matrix line '%s' needs condition,relation,action,outcome", l).hasSize(4);
                lines.add(new Line(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
            }
        }
        return lines;
    }

    @Test
    void theMatrixCoversEveryConditionReaderAndActionOnce() throws IOException {
        List<String> keys = matrix().stream().map(l -> l.condition() + "," + l.relation() + "," + l.action()).toList();
        List<String> expected = new ArrayList<>();
        CONDITIONS.forEach(c -> RELATIONS.forEach(r -> ACTIONS.forEach(a -> expected.add(c + "," + r + "," + a))));
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyLineOfTheMatrixHolds() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        MockHttpSession admin = FormLogin.logIn(mvc, "cb.admin");
        String assigned = createOfficer(admin, "t.assigned." + suffix, "CB-PC04");
        String granted = createOfficer(admin, "t.granted." + suffix, "CB-CSDT");
        String bystander = createOfficer(admin, "t.bystander." + suffix, "CB-CSDT");

        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        Map<String, Fixture> reports = new LinkedHashMap<>();
        for (String c : CONDITIONS) {
            Fixture f = receive(c, suffix);
            act(supervisor, "/reports/" + f.report() + "/assign", "assignee", assigned);
            act(supervisor, "/reports/" + f.report() + "/need-to-know", "grantee", granted);
            assertThat(jdbc.queryForObject("SELECT assigned_to FROM information_report WHERE id = ?", String.class,
                    f.report())).isEqualTo(assigned);
            reports.put(c, f);
        }
        // the officer the reports were given to moves to another unit, and keeps them
        moveOfficer(admin, assigned, "CB-CSDT");

        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("addressed-unit", reader("cb.officer"));
        readers.put("supervisor-of-unit", reader("cb.supervisor", supervisor));
        readers.put("assigned", reader(assigned));
        readers.put("granted", reader(granted));
        readers.put("other-unit", reader("cb.district"));
        readers.put("auditor", reader("cb.auditor"));
        readers.put("admin", reader("cb.admin", admin));
        readers.put("other-agency", new Reader(null, null, true));

        List<String> problems = new ArrayList<>();
        for (Line line : matrix()) {
            String seen = perform(line, reports.get(line.condition()), readers.get(line.relation()), bystander);
            if (!seen.equals(line.outcome())) {
                problems.add(line + ", is " + seen);
            }
        }
        assertThat(problems).as("handling-code matrix violations").isEmpty();
    }

    private String perform(Line line, Fixture f, Reader reader, String bystander) throws Exception {
        return switch (line.action()) {
            case "view" -> view(reader, f);
            case "api-view" -> apiView(reader, f);
            case "list" -> listed(reader, f);
            case "download" -> download(reader, "/cooperation/attachments/" + f.attachment());
            case "api-download" -> download(reader, "/api/v1/cooperation/attachments/" + f.attachment());
            case "court-banner" -> banner(reader, f);
            case "forward" -> forward(reader, f, FORWARD_TO.getOrDefault(line.relation(), "CB-PH"));
            case "grant" -> grant(reader, f, bystander);
            default -> throw new AssertionError("unknown action " + line.action());
        };
    }

    private MockHttpServletResponse call(Reader reader, MockHttpServletRequestBuilder b) throws Exception {
        return call(reader, b, false);
    }

    private MockHttpServletResponse call(Reader reader, MockHttpServletRequestBuilder b, boolean api) throws Exception {
        return mvc.perform(reader.apply(b, api).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private static boolean refused(MockHttpServletResponse r) {
        String location = r.getHeader("Location");
        return r.getStatus() == 401 || r.getStatus() == 403 || r.getStatus() == 404
                || (r.getStatus() == 302 && location != null && location.endsWith("/login"));
    }

    private static String judge(MockHttpServletResponse r, String content, Fixture f, String redactedMark) {
        if (refused(r)) {
            return "REFUSED";
        }
        if (r.getStatus() != 200) {
            return "status " + r.getStatus();
        }
        if (content.contains(f.body()) && content.contains(f.title())) {
            return "FULL";
        }
        if (content.contains(redactedMark) && !content.contains(f.title()) && !content.contains(f.body())) {
            return "REDACTED";
        }
        return "neither full nor redacted";
    }

    private String view(Reader reader, Fixture f) throws Exception {
        var r = call(reader, get("/reports/" + f.report()));
        return judge(r, r.getContentAsString(StandardCharsets.UTF_8), f, "data-testid=\"redacted\"");
    }

    private String apiView(Reader reader, Fixture f) throws Exception {
        var r = call(reader, get("/api/v1/reports/" + f.report()).accept("application/json"), true);
        return judge(r, r.getContentAsString(StandardCharsets.UTF_8), f, "\"redacted\":true");
    }

    private String listed(Reader reader, Fixture f) throws Exception {
        var r = call(reader, get("/reports"));
        if (refused(r)) {
            return "REFUSED";
        }
        String page = r.getContentAsString(StandardCharsets.UTF_8);
        int at = page.indexOf("data-report=\"" + f.report() + "\"");
        if (at < 0) {
            return "REFUSED";
        }
        String row = page.substring(at, page.indexOf("</tr>", at));
        return row.contains(f.title()) ? "FULL" : row.contains("data-testid=\"redacted-line\"") ? "REDACTED" : "row: " + row;
    }

    private String download(Reader reader, String path) throws Exception {
        var r = call(reader, get(path), path.startsWith("/api/"));
        if (refused(r)) {
            return "REFUSED";
        }
        if (r.getStatus() != 200 || !java.util.Arrays.equals(r.getContentAsByteArray(), PDF)) {
            return "status " + r.getStatus();
        }
        ServedFiles.assertServedSafely(r, "application/pdf", "lead.pdf");
        return "ALLOWED";
    }

    private String banner(Reader reader, Fixture f) throws Exception {
        var r = call(reader, get("/reports/" + f.report()));
        if (refused(r)) {
            return "REFUSED";
        }
        return r.getContentAsString(StandardCharsets.UTF_8).contains("data-testid=\"not-for-court\"") ? "SHOWN" : "ABSENT";
    }

    private String forward(Reader reader, Fixture f, String unitCode) throws Exception {
        long unit = directory.unit("VN-CB", unitCode).orElseThrow().id();
        String count = "SELECT COUNT(*) FROM report_forward WHERE report_id = ? AND unit_id = ?";
        int before = jdbc.queryForObject(count, Integer.class, f.report(), unit);
        call(reader, post("/reports/" + f.report() + "/forward").param("unit", Long.toString(unit)).with(csrf()));
        int after = jdbc.queryForObject(count, Integer.class, f.report(), unit);
        return before == 0 && after == 1 ? "ALLOWED" : after == before ? "REFUSED" : "forwarded " + after + " times";
    }

    private String grant(Reader reader, Fixture f, String grantee) throws Exception {
        String count = "SELECT COUNT(*) FROM report_need_to_know WHERE report_id = ? AND username = ?";
        int before = jdbc.queryForObject(count, Integer.class, f.report(), grantee);
        call(reader, post("/reports/" + f.report() + "/need-to-know").param("grantee", grantee).with(csrf()));
        int after = jdbc.queryForObject(count, Integer.class, f.report(), grantee);
        return before == 0 && after == 1 ? "ALLOWED" : after == before ? "REFUSED" : "granted " + after + " times";
    }

    private void act(MockHttpSession session, String path, String param, String value) throws Exception {
        mvc.perform(post(path).session(session).param(param, value).with(csrf()));
    }

    /** Guangxi's counter-narcotics office sends a report with one PDF to Cao Bang's division, through the handlers. */
    private Fixture receive(String condition, String suffix) {
        UUID id = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        Set<HandlingCondition> conditions = condition.equals("NONE") ? EnumSet.noneOf(HandlingCondition.class)
                : EnumSet.of(HandlingCondition.valueOf(condition));
        String title = "矩阵测试 " + condition + " " + suffix;
        String body = "正文 " + condition + " " + suffix + "：凭祥方向线索。";
        var report = new Wire.Report(id, "CN-GX", "GX-JD", "CB-PC04", title, body, "zh-CN", CrimeArea.DRUGS, null, null,
                null, "", LocalDate.now().minusDays(2), null, SourceReliability.B, InformationAccuracy.KNOWN_TO_SOURCE,
                conditions, "", List.of(), List.of(new Wire.FileMeta(file, "lead.pdf", "application/pdf", PDF.length,
                Attachments.sha256(PDF))), "黄志强", System.currentTimeMillis());
        apply(Wire.REPORT, json.writeValueAsString(report), id);
        apply(Wire.PART, json.writeValueAsString(new Wire.Part(file, 0, Base64.getEncoder().encodeToString(PDF))), id);
        return new Fixture(id, file, title, body);
    }

    private void apply(String type, String payload, UUID conversation) {
        MessageHandler handler = context.getBeansOfType(MessageHandler.class).values().stream()
                .filter(h -> h.type().equals(type)).findFirst().orElseThrow();
        UUID message = UUID.randomUUID();
        tx.executeWithoutResult(t -> handler.apply(new IncomingMessage(message, "CN-GX", type, 1, Instant.now(),
                conversation.toString(), conversation.toString(), payload)));
    }

    private String createOfficer(MockHttpSession admin, String username, String unitCode) throws Exception {
        long unit = directory.unit("VN-CB", unitCode).orElseThrow().id();
        mvc.perform(post("/admin/directory/officers/new").session(admin).with(csrf())
                .param("username", username).param("fullName", "Test " + username).param("rankTitle", "Đại úy")
                .param("agencyCode", "VN-CB").param("unitId", Long.toString(unit)).param("roles", "OFFICER")
                .param("preferredLang", "en").param("enabled", "true").param("password", FormLogin.DEMO_PASSWORD));
        assertThat(directory.officer(username)).as("officer %s created", username).isPresent();
        return username;
    }

    /** An administrator moves the officer to another unit with the edit form. */
    private void moveOfficer(MockHttpSession admin, String username, String unitCode) throws Exception {
        var officer = directory.officer(username).orElseThrow();
        long unit = directory.unit("VN-CB", unitCode).orElseThrow().id();
        String form = mvc.perform(get("/admin/directory/officers/" + officer.id() + "/edit").session(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher version = VERSION.matcher(form);
        assertThat(version.find()).as("version on the edit form").isTrue();
        mvc.perform(post("/admin/directory/officers/" + officer.id() + "/edit").session(admin).with(csrf())
                .param("username", username).param("fullName", officer.fullName()).param("rankTitle", "Đại úy")
                .param("agencyCode", "VN-CB").param("unitId", Long.toString(unit)).param("roles", "OFFICER")
                .param("preferredLang", "en").param("enabled", "true").param("version", version.group(1)));
        assertThat(directory.officer(username).orElseThrow().unitId()).as("%s moved", username).isEqualTo(unit);
    }
}
