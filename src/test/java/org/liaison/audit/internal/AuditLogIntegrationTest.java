package org.liaison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.liaison.audit.AuditVerification.Problem;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log on H2 and on PostgreSQL: tampering with rows straight in the database (edit, delete, insert,
 * reorder) is found by {@link AuditLog#verify()}, which names the first broken row; concurrent appends stay chained.
 */
class AuditLogIntegrationTest {

    abstract static class Checks {

        @Autowired
        AuditLog audit;
        @Autowired
        JdbcTemplate jdbc;

        /** Ten rows of a working day, oldest first; their seqs are 1..10. */
        List<AuditRecord> day;

        @BeforeEach
        void aWorkingDayInTheLog() {
            emptyLog();
            day = new ArrayList<>();
            day.add(audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "LOGIN", "officer", "1", "10.20.0.14", "")));
            day.add(audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2017-0412", "10.20.0.14",
                    "Đoàn Thị Uyên (wanted notice 23/2017)")));
            day.add(audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "CREATE", "request", "R-0091", "10.20.0.14",
                    "locate request to CN-GX")));
            day.add(audit.appendNow(new AuditEntry("cb.supervisor", "VN-CB", "RELEASE", "request", "R-0091", "10.20.0.22",
                    "four-eyes release")));
            day.add(audit.appendNow(new AuditEntry("system", "VN-CB", "SEND", "envelope", "5f0c9a", "", "to CN-GX")));
            day.add(audit.appendNow(new AuditEntry("CN-GX", "CN-GX", "RECEIPT", "envelope", "5f0c9a", "", "delivered")));
            day.add(audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", "reply", "R-0091/1", "10.20.0.14",
                    "located in Pingxiang")));
            day.add(audit.appendNow(new AuditEntry("cb.admin", "VN-CB", "UPDATE", "unit", "4", "10.20.0.3", "renamed")));
            day.add(audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2017-0412", "10.20.0.14",
                    "")));
            day.add(audit.appendNow(new AuditEntry("cb.auditor", "VN-CB", "EXPORT", "audit_log", "", "10.20.0.9",
                    "CSV")));
        }

        /** The context is cached and shared with other tests: leave an intact log behind. */
        @AfterEach
        void emptyLog() {
            jdbc.update("DELETE FROM audit_event");
            jdbc.update("UPDATE audit_head SET last_seq = 0, last_hash = ? WHERE id = 1", JdbcAuditLog.GENESIS);
        }

        @Test
        void intactLogVerifiesEveryRow() {
            AuditVerification result = audit.verify();

            assertThat(result.intact()).as(result.describe()).isTrue();
            assertThat(result.rowsChecked()).isEqualTo(10);
            assertThat(result.describe()).isEqualTo("audit log intact: 10 rows verified");
        }

        @Test
        void editedRowIsNamed() {
            jdbc.update("UPDATE audit_event SET detail = ? WHERE seq = ?", "nothing to see", seq(4));

            assertBrokenAt(seq(4), Problem.CONTENT_CHANGED, "the row was edited");
        }

        @Test
        void editedRowWithItsHashRecomputedBreaksTheLinkOfTheNextRow() {
            AuditRecord r = day.get(3);
            AuditEntry forged = new AuditEntry("cb.officer", r.entry().agency(), r.entry().action(), r.entry().recordType(),
                    r.entry().recordId(), r.entry().remoteAddr(), r.entry().detail());
            jdbc.update("UPDATE audit_event SET actor = ?, hash = ? WHERE seq = ?", forged.actor(),
                    JdbcAuditLog.hash(r.seq(), r.at().toEpochMilli(), forged, r.prevHash()), r.seq());

            assertBrokenAt(seq(5), Problem.LINK_BROKEN, "rows reordered, inserted or deleted");
        }

        @Test
        void deletedMiddleRowIsNamed() {
            jdbc.update("DELETE FROM audit_event WHERE seq = ?", seq(5));

            assertBrokenAt(seq(5), Problem.ROWS_MISSING, "rows were deleted");
        }

        @Test
        void deletedFirstRowsAreNamed() {
            jdbc.update("DELETE FROM audit_event WHERE seq <= ?", seq(2));

            AuditVerification result = assertBrokenAt(seq(1), Problem.ROWS_MISSING, "the next row found is " + seq(3));
            assertThat(result.reason()).contains("it and the next 1 rows are missing");
        }

        @Test
        void deletedLastRowIsNamed() {
            jdbc.update("DELETE FROM audit_event WHERE seq = ?", seq(10));

            assertBrokenAt(seq(10), Problem.TAIL_MISSING, "the last rows were deleted");
        }

        @Test
        void replacedLastRowIsNamed() {
            AuditRecord last = day.get(9);
            AuditEntry forged = new AuditEntry(last.entry().actor(), last.entry().agency(), last.entry().action(),
                    last.entry().recordType(), last.entry().recordId(), last.entry().remoteAddr(), "PDF");
            jdbc.update("UPDATE audit_event SET detail = ?, hash = ? WHERE seq = ?", forged.detail(),
                    JdbcAuditLog.hash(last.seq(), last.at().toEpochMilli(), forged, last.prevHash()), last.seq());

            assertBrokenAt(seq(10), Problem.CONTENT_CHANGED, "the last row was replaced");
        }

        @Test
        void insertedRowIsNamed() {
            // A forger who knows the hash function: a well-formed row after row 6, later rows renumbered to make room.
            AuditRecord before = day.get(5);
            for (long s = seq(10); s >= seq(7); s--) {
                jdbc.update("UPDATE audit_event SET seq = ? WHERE seq = ?", s + 1, s);
            }
            long at = before.at().toEpochMilli() + 1;
            AuditEntry forged = new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2017-0412", "10.20.0.14",
                    "routine check");
            jdbc.update("""
                    INSERT INTO audit_event (seq, at_ms, actor, agency, action, record_type, record_id, remote_addr, detail, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq(7), at, forged.actor(), forged.agency(), forged.action(),
                    forged.recordType(), forged.recordId(), forged.remoteAddr(), forged.detail(), before.hash(),
                    JdbcAuditLog.hash(seq(7), at, forged, before.hash()));

            // Row 7 is the forgery and fits; the displaced original, now row 8, no longer links to what precedes it.
            assertBrokenAt(seq(7) + 1, Problem.LINK_BROKEN, "rows reordered, inserted or deleted");
        }

        @Test
        void reorderedRowsAreNamed() {
            AuditRecord third = day.get(2);
            AuditRecord seventh = day.get(6);
            overwrite(third.seq(), seventh);
            overwrite(seventh.seq(), third);

            assertBrokenAt(seq(3), Problem.LINK_BROKEN, "rows reordered, inserted or deleted");
        }

        @Test
        void rowAppendedBehindTheApplicationsBackIsNamed() {
            AuditRecord last = day.get(9);
            long at = last.at().toEpochMilli() + 1;
            AuditEntry forged = new AuditEntry("cb.auditor", "VN-CB", "VERIFY", "audit_log", "", "", "intact");
            jdbc.update("""
                    INSERT INTO audit_event (seq, at_ms, actor, agency, action, record_type, record_id, remote_addr, detail, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", last.seq() + 1, at, forged.actor(), forged.agency(),
                    forged.action(), forged.recordType(), forged.recordId(), forged.remoteAddr(), forged.detail(),
                    last.hash(), JdbcAuditLog.hash(last.seq() + 1, at, forged, last.hash()));

            assertBrokenAt(last.seq() + 1, Problem.ROWS_AFTER_HEAD, "added outside the application");
        }

        @Test
        void concurrentAppendsLeaveAnIntactChainWithoutGaps() throws Exception {
            int threads = 6;
            int perThread = 40;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> results = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    String actor = "officer-" + t;
                    Callable<List<Long>> appender = () -> {
                        List<Long> seqs = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            seqs.add(audit.appendNow(new AuditEntry(actor, "VN-CB", "READ", "person", "P-" + i, "", "")).seq());
                        }
                        return seqs;
                    };
                    results.add(pool.submit(appender));
                }
                List<Long> seqs = new ArrayList<>();
                for (Future<List<Long>> f : results) {
                    seqs.addAll(f.get());
                }

                assertThat(seqs).containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(seq(10) + 1, seq(10) + threads * perThread).boxed().toList());
                AuditVerification result = audit.verify();
                assertThat(result.intact()).as(result.describe()).isTrue();
                assertThat(result.rowsChecked()).isEqualTo(10 + threads * perThread);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void searchFiltersNewestFirstAndPagesBackwards() {
            AuditQuery readsOfThePerson = new AuditQuery("OFFICER", "READ", "person", "P-2017-0412", null, null);

            assertThat(audit.search(readsOfThePerson, 10)).extracting(AuditRecord::seq).containsExactly(seq(9), seq(2));
            assertThat(audit.search(readsOfThePerson, 1)).extracting(AuditRecord::seq).containsExactly(seq(9));
            assertThat(audit.search(readsOfThePerson.before(seq(9)), 10)).extracting(AuditRecord::seq)
                    .containsExactly(seq(2));
        }

        @Test
        void searchTakesTheActorFilterLiterally() {
            audit.appendNow(new AuditEntry("cb_officer", "VN-CB", "READ", "person", "1", "", ""));

            assertThat(audit.search(new AuditQuery("b_o", null, null, null, null, null), 50))
                    .extracting(r -> r.entry().actor()).containsExactly("cb_officer");
        }

        @Test
        void searchKeepsToTheTimeWindow() {
            Instant fourth = day.get(3).at();
            List<AuditRecord> found = audit.search(new AuditQuery(null, null, null, null, fourth, fourth.plusMillis(1)), 50);

            assertThat(found).isNotEmpty().allSatisfy(r -> assertThat(r.at()).isEqualTo(fourth));
        }

        @Test
        void exportStreamsMatchingRowsOldestFirst() {
            List<Long> seqs = new ArrayList<>();
            audit.forEach(new AuditQuery(null, null, "request", null, null, null), r -> seqs.add(r.seq()));

            assertThat(seqs).containsExactly(seq(3), seq(4));
        }

        long seq(int n) {
            return day.get(n - 1).seq();
        }

        AuditVerification assertBrokenAt(long row, Problem problem, String reasonPart) {
            AuditVerification result = audit.verify();
            assertThat(result.intact()).as(result.describe()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(row);
            assertThat(result.problem()).isEqualTo(problem);
            assertThat(result.describe()).startsWith("audit log BROKEN at row " + row + ": ").contains(reasonPart);
            return result;
        }

        /** Writes another row's content (everything but the sequence number) into row {@code seq}. */
        void overwrite(long seq, AuditRecord from) {
            jdbc.update("""
                    UPDATE audit_event SET at_ms = ?, actor = ?, agency = ?, action = ?, record_type = ?, record_id = ?,
                    remote_addr = ?, detail = ?, prev_hash = ?, hash = ? WHERE seq = ?""", from.at().toEpochMilli(),
                    from.entry().actor(), from.entry().agency(), from.entry().action(), from.entry().recordType(),
                    from.entry().recordId(), from.entry().remoteAddr(), from.entry().detail(), from.prevHash(),
                    from.hash(), seq);
        }
    }

    @Nested
    @SpringBootTest
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBootTest
    @PostgresTest
    class OnPostgres extends Checks {
    }
}
