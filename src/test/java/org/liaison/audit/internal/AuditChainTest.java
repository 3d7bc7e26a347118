package org.liaison.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.liaison.audit.AuditVerification.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The hash chain itself, without Spring: what each row's hash covers, and input that could hide an edit. */
class AuditChainTest {

    static final AuditEntry READ = new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2017-0412", "10.20.0.14",
            "wanted notice 23/2017");
    static final String PREV = "ab".repeat(32);

    JdbcAuditLog audit;
    JdbcTemplate jdbc;
    TransactionTemplate transactions;

    @BeforeEach
    void anEmptyLogInItsOwnDatabase() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:chain-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        transactions = new TransactionTemplate(new DataSourceTransactionManager(ds));
        audit = new JdbcAuditLog(ds, transactions.getTransactionManager(), Clock.fixed(Instant.parse("2017-09-20T02:30:00Z"), ZoneOffset.UTC));
        jdbc = new JdbcTemplate(ds);
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        String genuine = JdbcAuditLog.hash(7, 1_000, READ, PREV);
        List<UnaryOperator<AuditEntry>> edits = List.of(
                e -> new AuditEntry("cb.admin", e.agency(), e.action(), e.recordType(), e.recordId(), e.remoteAddr(), e.detail()),
                e -> new AuditEntry(e.actor(), "CN-GX", e.action(), e.recordType(), e.recordId(), e.remoteAddr(), e.detail()),
                e -> new AuditEntry(e.actor(), e.agency(), "UPDATE", e.recordType(), e.recordId(), e.remoteAddr(), e.detail()),
                e -> new AuditEntry(e.actor(), e.agency(), e.action(), "case", e.recordId(), e.remoteAddr(), e.detail()),
                e -> new AuditEntry(e.actor(), e.agency(), e.action(), e.recordType(), "P-2017-0413", e.remoteAddr(), e.detail()),
                e -> new AuditEntry(e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(), "10.20.0.15", e.detail()),
                e -> new AuditEntry(e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(), e.remoteAddr(), ""));

        for (UnaryOperator<AuditEntry> edit : edits) {
            assertThat(JdbcAuditLog.hash(7, 1_000, edit.apply(READ), PREV)).isNotEqualTo(genuine);
        }
        assertThat(JdbcAuditLog.hash(8, 1_000, READ, PREV)).isNotEqualTo(genuine);
        assertThat(JdbcAuditLog.hash(7, 1_001, READ, PREV)).isNotEqualTo(genuine);
        assertThat(JdbcAuditLog.hash(7, 1_000, READ, "cd".repeat(32))).isNotEqualTo(genuine);
        assertThat(JdbcAuditLog.hash(7, 1_000, READ, PREV)).isEqualTo(genuine).hasSize(64);
    }

    @Test
    void rowsAreChainedFromTheGenesisHash() {
        AuditRecord first = audit.appendNow(READ);
        AuditRecord second = audit.appendNow(READ);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevHash()).isEqualTo(JdbcAuditLog.GENESIS);
        assertThat(first.at()).isEqualTo(Instant.parse("2017-09-20T02:30:00Z"));
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(2));
    }

    /** Regression: a field separator inside a value let text move between fields without changing the hash. */
    @Test
    void separatorInAValueCannotHideAnEditAcrossFields() {
        AuditRecord r = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-1", "10.20.0.14",
                "note\u001fsecond part"));
        assertThat(r.entry().detail()).isEqualTo("note second part");

        jdbc.update("UPDATE audit_event SET remote_addr = ?, detail = ? WHERE seq = ?",
                "10.20.0.14\u001fnote", "second part", r.seq());

        AuditVerification result = audit.verify();
        assertThat(result.firstBrokenSeq()).isEqualTo(r.seq());
        assertThat(result.problem()).isEqualTo(Problem.CONTENT_CHANGED);
    }

    /** Entries appended inside a transaction are chained when it commits, in order, and vanish when it rolls back. */
    @Test
    void entriesCommitWithTheirTransactionAndOnlyThen() {
        transactions.executeWithoutResult(tx -> {
            audit.append(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-1", "", "first"));
            audit.append(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-2", "", "second"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isZero();
        });
        transactions.executeWithoutResult(tx -> {
            audit.append(new AuditEntry("cb.officer", "VN-CB", "UPDATE", "person", "P-3", "", "undone"));
            tx.setRollbackOnly();
        });
        audit.append(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-4", "", "no transaction"));

        assertThat(jdbc.queryForList("SELECT detail FROM audit_event ORDER BY seq", String.class))
                .containsExactly("first", "second", "no transaction");
        assertThat(audit.verify()).isEqualTo(AuditVerification.intact(3));
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(audit.verify().describe()).isEqualTo("audit log intact: 0 rows verified");
    }

    @Test
    void overlongValuesAreCutToTheirColumnsBeforeHashing() {
        AuditRecord r = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", "person", "P-1", "", "x".repeat(5_000)));

        assertThat(r.entry().detail()).hasSize(2_000);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aVerificationIsEitherIntactOrNamesARowAndAProblem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditVerification(3, 2, null, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditVerification(3, -1, Problem.LINK_BROKEN, "x"));
        assertThat(AuditVerification.broken(3, 2, Problem.ROWS_MISSING, "it is missing").describe())
                .isEqualTo("audit log BROKEN at row 2: it is missing (3 rows read)");
    }
}
