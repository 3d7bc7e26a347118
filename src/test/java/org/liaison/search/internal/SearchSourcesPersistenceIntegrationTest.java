package org.liaison.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseTexts;
import org.liaison.cooperation.Cooperation;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the index is built from reads alike on H2 and on PostgreSQL: the seeded reports, requests and cases in
 * words, one by one and all at once, and who may open them; and the index built from them finds a case.
 */
class SearchSourcesPersistenceIntegrationTest {

    static final UUID ROUTE_REPORT = uuid("report:vn-route-tra-linh");
    static final UUID VERIFY_SON = uuid("request:cn-verify-son");
    static final CaseId TRUNG_KHANH = new CaseId(uuid("case:trung-khanh-drugs"));

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    abstract static class Checks {

        @Autowired
        Cooperation cooperation;
        @Autowired
        CaseTexts cases;
        @Autowired
        OfficerAccounts accounts;
        @Autowired
        SearchService search;

        @Test
        void reportsAndRequestsReadTheSameOneByOneAndAllAtOnce() {
            Cooperation.ItemText route = cooperation.text(ROUTE_REPORT).orElseThrow();
            assertThat(route.units()).containsExactly("VN-CB/CB-PC04", "CN-GX/GX-JD");
            assertThat(route.words()).contains("đường mòn cách cửa khẩu khoảng 3 km", "TRA-LINH");
            assertThat(route.termKeys()).contains("persons.crimeArea.DRUGS",
                    "cooperation.condition.NO_ONWARD_SHARING_WITHOUT_CONSENT");
            assertThat(route.linksPersons()).isTrue();
            Cooperation.ItemText verify = cooperation.text(VERIFY_SON).orElseThrow();
            assertThat(verify.status()).isEqualTo("ANSWERED");
            assertThat(verify.replies()).singleElement().asString().startsWith("Hộ chiếu C7304518");

            assertThat(cooperation.texts()).contains(route, verify);
        }

        @Test
        void casesReadTheSameOneByOneAndAllAtOnceAndOnlyOfficersAndAuditorsMayOpenThem() {
            CaseTexts.CaseText c = cases.text(TRUNG_KHANH).orElseThrow();
            assertThat(c.crimeArea()).isEqualTo(CrimeArea.DRUGS);
            assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(c.units()).containsExactly("VN-CB/CB-PC04", "VN-CB/CB-TK", "CN-GX/GX-JD", "CN-GX/GX-DX");
            assertThat(c.termKeys()).contains("cases.drug.HEROIN");
            assertThat(c.linksPersons()).isTrue();
            assertThat(cases.texts()).contains(c).hasSizeGreaterThan(92);

            CurrentOfficer auditor = accounts.findLogin("cb.auditor").orElseThrow().officer();
            CurrentOfficer admin = accounts.findLogin("cb.admin").orElseThrow().officer();
            CaseId unknown = new CaseId(UUID.randomUUID());
            assertThat(cases.visibleTo(auditor, List.of(TRUNG_KHANH, unknown))).containsExactly(TRUNG_KHANH);
            assertThat(cases.visibleTo(admin, List.of(TRUNG_KHANH))).isEmpty();
            assertThat(cooperation.visibleTo(auditor, Set.of(ROUTE_REPORT, VERIFY_SON, unknown.value())))
                    .containsExactlyInAnyOrder(ROUTE_REPORT, VERIFY_SON);
        }

        @Test
        void theIndexBuiltFromThemFindsACaseByItsChineseTitle() {
            CurrentOfficer auditor = accounts.findLogin("cb.auditor").orElseThrow().officer();
            assertThat(search.search(Criteria.parse("612T专案", "CASE", null, null, null, null, null, null), auditor,
                    "127.0.0.1").hits()).extracting(SearchService.Hit::id).containsExactly(TRUNG_KHANH.toString());
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
