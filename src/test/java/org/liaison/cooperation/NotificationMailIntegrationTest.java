package org.liaison.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.support.DemoNodes;
import org.liaison.support.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail copies of notifications on the Cao Bang demo node with mail configured, against GreenMail's SMTP server: a
 * partner's reply on a request is mailed once to the officer handling it, in the officer's language, with the title
 * and a link but not the reply; an officer without an address is told in the application only; a mail the SMTP
 * server could not take at first is delivered once it is up.
 */
@SpringBootTest(properties = {
        "liaison.exchange.worker-enabled=false",
        "liaison.notifications.mail.enabled=true",
        "liaison.notifications.mail.base-url=https://liaison.congan.caobang.test/",
        "liaison.notifications.mail.from=liaison@congan.caobang.test",
        "liaison.notifications.mail.poll=100ms",
        "liaison.notifications.mail.retry-delay=200ms",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
@AutoConfigureMockMvc
class NotificationMailIntegrationTest {

    /** Asked by cb.officer (Nông Thị Hoa), acknowledged by Guangxi. */
    static final UUID LOCATE_MAI = CooperationIntegrationTest.uuid("request:vn-locate-mai");
    /** Asked by cb.supervisor (Hoàng Văn Nam), partly answered by Guangxi. */
    static final UUID INFO_TA_LUNG = CooperationIntegrationTest.uuid("request:vn-info-ta-lung");
    static final String ADMIN_TOKEN = "lia_demo_VN-CB_c40b8a1e5f2d4e97";
    static final int SMTP_PORT = freePort();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    ApplicationContext node;

    GreenMail smtp;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aPartnersReplyIsMailedOnceInTheLanguageOfTheOfficerHandlingTheRequest() throws Exception {
        String address = "hoa.nt@congan.caobang.test";
        setEmail("cb.officer", address);
        accounts.preferLanguage(accounts.findLogin("cb.officer").orElseThrow().officer(), "en");
        startSmtp();

        reply(LOCATE_MAI, "已在凭祥市南山路一带发现黄氏梅踪迹，正在核实。");

        Eventually.await(() -> sent(address));
        List<MimeMessage> mails = to(address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).startsWith("[Liaison] News from ").endsWith(": Đề nghị xác minh nơi ở của Hoàng Thị Mai");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("liaison@congan.caobang.test");
        String body = (String) mail.getContent();
        assertThat(body).contains("Đề nghị xác minh nơi ở của Hoàng Thị Mai",
                "https://liaison.congan.caobang.test/requests/" + LOCATE_MAI, "This mail carries only the title.");
        assertThat(body).doesNotContain("南山路", "1988");
    }

    @Test
    void anOfficerWithoutAnAddressIsToldInTheApplicationOnly() throws Exception {
        setEmail("cb.supervisor", null);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = 'cb.supervisor'",
                Integer.class);
        int told = told("cb.supervisor", INFO_TA_LUNG);

        reply(INFO_TA_LUNG, "补充提供四至六月查获案件情况。");

        // the mail would be queued in the transaction that writes the in-app notification
        Eventually.await(() -> told("cb.supervisor", INFO_TA_LUNG) > told);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_mail WHERE recipient = 'cb.supervisor'",
                Integer.class)).isEqualTo(before);
    }

    @Test
    void aMailTheServerCouldNotTakeAtFirstIsDeliveredOnceWhenItIsUp() throws Exception {
        String address = "nam.hv@congan.caobang.test";
        setEmail("cb.supervisor", address);

        reply(INFO_TA_LUNG, "补充提供七至九月查获案件情况。");

        Eventually.await(() -> Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT COUNT(*) > 0 FROM notification_mail WHERE address = ? AND attempts > 0 AND last_error IS NOT NULL
                  AND sent_ms = 0""", Boolean.class, address)));
        startSmtp();
        Eventually.await(() -> sent(address));
        List<MimeMessage> mails = to(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .isEqualTo("[Liaison] Tin mới từ Công an Khu tự trị dân tộc Choang Quảng Tây: "
                        + "Đề nghị cung cấp thông tin về đường dây ma túy qua cửa khẩu Tà Lùng");
        assertThat(jdbc.queryForObject("SELECT attempts FROM notification_mail WHERE address = ?", Integer.class, address))
                .isGreaterThan(1);
    }

    // --- helpers ---

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** The administrator sets (or, with null, removes) the officer's address through the directory API. */
    void setEmail(String username, String address) throws Exception {
        String id = mvc.perform(get("/api/v1/admin/directory/officers").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*\\{\"id\":(\\d+),\"username\":\"" + username.replace(".", "\\.") + "\".*", "$1");
        mvc.perform(put("/api/v1/admin/directory/officers/" + id + "/email")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(address == null ? "{\"email\":null}" : "{\"email\":\"" + address + "\"}"))
                .andExpect(status().isOk());
    }

    /** Guangxi's partial reply arrives, applied the way the exchange applies it (one transaction, events after). */
    void reply(UUID request, String text) {
        MessageHandler handler = node.getBeansOfType(MessageHandler.class).values().stream()
                .filter(h -> h.type().equals("cooperation.entry")).findFirst().orElseThrow();
        UUID id = UUID.randomUUID();
        String payload = """
                {"id":"%s","thread":"%s","kind":"PARTIAL_REPLY","text":"%s","actorName":"黄志强","atMs":%d,"attachments":[]}"""
                .formatted(id, request, text, System.currentTimeMillis());
        node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> handler.apply(new IncomingMessage(id, "CN-GX",
                "cooperation.entry", 1, Instant.now(), id.toString(), request.toString(), payload)));
    }

    int told(String username, UUID thread) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cooperation_notification WHERE recipient = ? AND thread = ? AND kind = 'THREAD_ADVANCED'""",
                Integer.class, username, thread);
        return n == null ? 0 : n;
    }

    boolean sent(String address) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM notification_mail WHERE address = ? AND sent_ms > 0", Boolean.class, address));
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static int freePort() {
        try {
            return DemoNodes.freePorts(1)[0];
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
