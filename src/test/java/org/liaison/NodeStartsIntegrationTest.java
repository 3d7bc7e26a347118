package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.directory.Directory;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A demo node starts on H2 and on PostgreSQL: migrations run, the directory is seeded, the audit chain holds. */
class NodeStartsIntegrationTest {

    abstract static class Checks {
        @Autowired
        Directory directory;
        @Autowired
        AuditLog audit;

        @Test
        void seedsBothAgenciesWithTheOwnOneFirst() {
            assertThat(directory.agencies()).extracting(Directory.AgencySummary::code).containsExactly("VN-CB", "CN-GX");
            assertThat(directory.ownAgency().nameLocal()).isEqualTo("Công an tỉnh Cao Bằng");
        }

        @Test
        void auditChainStaysIntactAfterAppends() {
            for (int i = 0; i < 5; i++) {
                audit.append(new AuditEntry("tester", "VN-CB", "READ", "unit", String.valueOf(i), "127.0.0.1", "smoke"));
            }
            assertThat(audit.verify().intact()).as(audit.verify().describe()).isTrue();
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
