package org.liaison.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.SourceReliability;
import org.liaison.cooperation.Urgency;
import org.liaison.persons.CrimeArea;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports, requests, thread entries, attachments arriving in parts and notifications round-trip on H2 and on
 * PostgreSQL alike. Each test runs in a transaction that is rolled back, so the demo records stay as seeded.
 */
class CooperationPersistenceIntegrationTest {

    static final long NOW = 1_750_000_000_000L;

    @Transactional
    abstract static class Checks {

        @Autowired
        Reports reports;
        @Autowired
        Requests requests;
        @Autowired
        ThreadEntries entries;
        @Autowired
        Attachments attachments;
        @Autowired
        Notifications notifications;

        static ReportContent content() {
            return new ReportContent("Tuyến Trà Lĩnh", "Nội dung báo cáo.", "vi", CrimeArea.DRUGS, "VN-CB", "CB-TK",
                    "TRA-LINH", "đường mòn", LocalDate.of(2025, 5, 2), LocalTime.of(22, 30), SourceReliability.B,
                    InformationAccuracy.KNOWN_TO_SOURCE,
                    Set.of(HandlingCondition.NO_ONWARD_SHARING_WITHOUT_CONSENT, HandlingCondition.CRIME_PREVENTION_ONLY),
                    "Liên hệ trước.");
        }

        static CooperationRequest request(UUID id, long deadline, String title) {
            return CooperationRequest.written(id, "VN-CB", "CB-PC04", 4L, "CN-GX", "GX-JD",
                    new RequestTerms(RequestType.PROVISIONAL_ARREST, title, "Đề nghị bắt giữ.", Urgency.URGENT, deadline,
                            "Quy chế phối hợp 2023, Điều 5", UUID.randomUUID(), null, ""),
                    "Nông Thị Hoa", "cb.officer", NOW, UUID.randomUUID());
        }

        @Test
        void aReportKeepsItsContentConditionsAndTimeOfTheFacts() {
            UUID id = UUID.randomUUID();
            reports.save(InformationReport.written(id, "VN-CB", "CB-PC04", 4L, "CN-GX", "GX-JD", content(), "Nông Thị Hoa",
                    "cb.officer", NOW, UUID.randomUUID()));

            InformationReport loaded = reports.findById(id).orElseThrow();
            assertThat(loaded.content()).isEqualTo(content());
            assertThat(loaded.version()).isZero();
            loaded.assignTo("cb.supervisor");
            reports.save(loaded);
            assertThat(reports.findById(id).orElseThrow().assignedTo()).isEqualTo("cb.supervisor");
            assertThat(reports.list(true, 500)).extracting(InformationReport::id).contains(id);
            assertThat(reports.list(false, 500)).extracting(InformationReport::id).doesNotContain(id);
        }

        @Test
        void pendingRequestsComeSoonestDeadlineFirstAndAnsweredOnesDropOut() {
            UUID later = UUID.randomUUID();
            UUID sooner = UUID.randomUUID();
            requests.save(request(later, NOW + 10_000_000, "Sau"));
            requests.save(request(sooner, NOW + 1_000, "Trước"));

            List<UUID> pending = requests.pending().stream().map(CooperationRequest::id).toList();
            assertThat(pending.indexOf(sooner)).isLessThan(pending.indexOf(later));

            CooperationRequest r = requests.findById(sooner).orElseThrow();
            r.advance(EntryKind.FINAL_REPLY, NOW + 2_000);
            requests.save(r);
            CooperationRequest loaded = requests.findById(sooner).orElseThrow();
            assertThat(loaded.status()).isEqualTo(RequestStatus.ANSWERED);
            assertThat(loaded.answeredLate()).isTrue();
            assertThat(loaded.terms().urgency()).isEqualTo(Urgency.URGENT);
            assertThat(requests.pending()).extracting(CooperationRequest::id).doesNotContain(sooner).contains(later);
        }

        @Test
        void aThreadListsItsEntriesInTheOrderTheyWereMade() {
            UUID thread = UUID.randomUUID();
            entries.save(new ThreadEntry(UUID.randomUUID(), thread, EntryKind.FINAL_REPLY, "CN-GX", "韦海燕", "", "答复", NOW + 20,
                    true, false, UUID.randomUUID(), null));
            entries.save(new ThreadEntry(UUID.randomUUID(), thread, EntryKind.ACKNOWLEDGED, "CN-GX", "韦海燕", "", "", NOW + 10,
                    false, false, null, null));

            assertThat(entries.findByThreadOrderByAtMsAscIdAsc(thread)).extracting(ThreadEntry::kind)
                    .containsExactly(EntryKind.ACKNOWLEDGED, EntryKind.FINAL_REPLY);
        }

        @Test
        void anAttachmentArrivesInPartsAndIsWholeOnlyWhenItsHashMatches() {
            UUID thread = UUID.randomUUID();
            byte[] bytes = new byte[Attachments.PART_BYTES + 10];
            System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
            UUID id = UUID.randomUUID();
            assertThat(attachments.expect(thread, thread, 0, new Wire.FileMeta(id, "so-do.pdf", "application/pdf",
                    bytes.length, Attachments.sha256(bytes)))).isEmpty();

            assertThat(attachments.receivePart(id, 1, Attachments.part(bytes, 1))).isEmpty();
            assertThat(attachments.inThread(thread)).singleElement().satisfies(a -> {
                assertThat(a.complete()).isFalse();
                assertThat(a.partsReceived()).isEqualTo(1);
                assertThat(a.parts()).isEqualTo(2);
            });
            assertThat(attachments.file(id)).isEmpty();
            assertThat(attachments.receivePart(id, 0, Attachments.part(bytes, 0))).isEmpty();
            assertThat(attachments.file(id).orElseThrow().bytes()).isEqualTo(bytes);

            UUID forged = UUID.randomUUID();
            assertThat(attachments.expect(thread, thread, 1, new Wire.FileMeta(forged, "x.txt", "text/plain;charset=UTF-8", 3,
                    Attachments.sha256("abc".getBytes(StandardCharsets.UTF_8))))).isEmpty();
            assertThat(attachments.receivePart(forged, 0, "abd".getBytes(StandardCharsets.UTF_8))).get().asString()
                    .contains("do not make up the announced file");
            assertThat(attachments.file(forged)).isEmpty();
        }

        @Test
        void aPartThatArrivesBeforeItsAnnouncementIsKeptAndJoinedWhenTheItemComes() {
            UUID thread = UUID.randomUUID();
            UUID id = UUID.randomUUID();
            byte[] text = "Biển số 11C-024.68".getBytes(StandardCharsets.UTF_8);

            assertThat(attachments.receivePart(id, 0, text)).isEmpty();
            assertThat(attachments.file(id)).isEmpty();
            assertThat(attachments.expect(thread, thread, 0, new Wire.FileMeta(id, "bien-so.txt", "text/plain;charset=UTF-8",
                    text.length, Attachments.sha256(text)))).isEmpty();

            assertThat(attachments.file(id).orElseThrow().bytes()).isEqualTo(text);
        }

        @Test
        void notificationsCountUntilReadAndBelongToTheirRecipient() {
            UUID thread = UUID.randomUUID();
            ThreadRef ref = new ThreadRef(thread, true, false, 4L, "", "", "CN-GX", "Khẩn", List.of(), List.of());
            int before = notifications.unread("cb.officer");
            notifications.tell("cb.officer", Notifications.Kind.REQUEST_RECEIVED, ref, "CN-GX");
            notifications.tell("cb.officer", Notifications.Kind.THREAD_ADVANCED, ref, "CN-GX");
            assertThat(notifications.unread("cb.officer")).isEqualTo(before + 2);

            long id = notifications.recent("cb.officer").get(0).id();
            assertThat(notifications.open("cb.supervisor", id)).isEmpty();
            assertThat(notifications.open("cb.officer", id)).get().satisfies(n -> assertThat(n.thread()).isEqualTo(thread));
            notifications.markThreadRead("cb.officer", thread);
            assertThat(notifications.unread("cb.officer")).isEqualTo(before);
        }
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    @PostgresTest
    class OnPostgres extends Checks {
    }
}
