package org.liaison.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;
import org.liaison.directory.internal.DirectoryAdministration.Actor;
import org.liaison.directory.internal.DirectoryAdministration.GateDraft;
import org.liaison.directory.internal.DirectoryAdministration.UnitDraft;
import org.liaison.directory.internal.DirectoryChangeRefused.Reason;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's aggregates round-trip through Spring Data JDBC on H2 and on PostgreSQL alike: saved and
 * updated, unique keys enforced by the schema, stale updates refused by the version columns. Each test
 * runs in a transaction that is rolled back, so the shared demo directory stays as seeded.
 */
class DirectoryPersistenceIntegrationTest {

    @Transactional
    abstract static class Checks {

        @Autowired
        Agencies agencies;
        @Autowired
        Units units;
        @Autowired
        Officers officers;
        @Autowired
        CounterpartPairs pairs;
        @Autowired
        BorderGates gates;
        @Autowired
        ApiTokens tokens;
        @Autowired
        DirectoryAdministration admin;
        @Autowired
        AuditLog audit;

        @Test
        void savesAnAgencyAndRenamesItWithANewVersion() {
            Agency created = agencies.save(Agency.create("LA-VT", "Công an thủ đô Viêng Chăn", "万象首都警察局",
                    "Vientiane Capital Police", false));
            Agency loaded = agencies.findById("LA-VT").orElseThrow();
            assertThat(loaded.country()).isEqualTo("LA");
            assertThat(loaded.own()).isFalse();

            loaded.rename("Công an Thủ đô Viêng Chăn", "万象首都公安局", "Vientiane Capital Police Headquarters");
            agencies.save(loaded);

            Agency renamed = agencies.findById("LA-VT").orElseThrow();
            assertThat(renamed.nameEn()).isEqualTo("Vientiane Capital Police Headquarters");
            assertThat(renamed.version()).isEqualTo(created.version() + 1);
        }

        @Test
        void refusesAStaleAgencyUpdate() {
            agencies.save(Agency.create("LA-VT", "Viêng Chăn", "万象", "Vientiane", false));
            Agency first = agencies.findById("LA-VT").orElseThrow();
            Agency second = agencies.findById("LA-VT").orElseThrow();
            first.rename("Viêng Chăn 1", "万象 1", "Vientiane 1");
            agencies.save(first);

            second.rename("Viêng Chăn 2", "万象 2", "Vientiane 2");
            assertThatThrownBy(() -> agencies.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void savesAUnitUnderItsParentAndUpdatesItsNames() {
            Unit parent = units.findByAgencyCodeAndCode("VN-CB", "CB-PD").orElseThrow();
            Unit saved = units.save(Unit.create("VN-CB", code("CB-"), UnitKind.DISTRICT, parent.id(),
                    "Công an huyện Hà Quảng", "河广县公安局", "Ha Quang District Police"));

            units.save(saved.withNames(UnitKind.DISTRICT, parent.id(), "Công an huyện Hà Quảng (mới)", "河广县公安局",
                    "Ha Quang District Police"));

            Unit loaded = units.findById(saved.id()).orElseThrow();
            assertThat(loaded.nameLocal()).isEqualTo("Công an huyện Hà Quảng (mới)");
            assertThat(loaded.parentId()).isEqualTo(parent.id());
            assertThat(loaded.kind()).isEqualTo(UnitKind.DISTRICT);
            assertThat(loaded.version()).isEqualTo(saved.version() + 1);
        }

        @Test
        void unitCodesMayRepeatAcrossAgenciesButNotWithinOne() {
            String code = code("BLO-");
            units.save(Unit.create("VN-CB", code, UnitKind.OTHER, null, "a", "b", "c"));
            units.save(Unit.create("CN-GX", code, UnitKind.OTHER, null, "a", "b", "c"));
            assertThat(units.existsByAgencyCodeAndCode("CN-GX", code)).isTrue();

            assertThatThrownBy(() -> units.save(Unit.create("VN-CB", code, UnitKind.OTHER, null, "x", "y", "z")))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void refusesAStaleUnitUpdate() {
            Unit saved = units.save(Unit.create("VN-CB", code("CB-"), UnitKind.OTHER, null, "a", "b", "c"));
            units.save(saved.withNames(UnitKind.OTHER, null, "first", "b", "c"));

            assertThatThrownBy(() -> units.save(saved.withNames(UnitKind.OTHER, null, "second", "b", "c")))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void savesAnOfficerAndUpdatesRolesAndPassword() {
            Long unit = units.findByAgencyCodeAndCode("VN-CB", "CB-BLO").orElseThrow().id();
            Officer saved = officers.save(Officer.create("cb.p" + code(""), "{noop}x", "Lý Thị Mai", "Thượng úy",
                    "VN-CB", unit, EnumSet.of(Role.OFFICER), "vi"));

            Officer loaded = officers.findById(saved.id()).orElseThrow();
            loaded.update("Lý Thị Mai", "Đại úy", unit, EnumSet.of(Role.OFFICER, Role.SUPERVISOR), false);
            loaded.changePassword("{noop}y");
            officers.save(loaded);

            Officer updated = officers.findByUsername(saved.username()).orElseThrow();
            assertThat(updated.roleSet()).containsExactlyInAnyOrder(Role.OFFICER, Role.SUPERVISOR);
            assertThat(updated.rankTitle()).isEqualTo("Đại úy");
            assertThat(updated.enabled()).isFalse();
            assertThat(updated.passwordHash()).isEqualTo("{noop}y");
        }

        @Test
        void userNamesAreUnique() {
            assertThatThrownBy(() -> officers.save(Officer.create("cb.officer", "{noop}x", "Someone Else", "",
                    "VN-CB", null, EnumSet.of(Role.OFFICER), "vi")))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void refusesAStaleOfficerUpdate() {
            Officer first = officers.findByUsername("cb.officer").orElseThrow();
            Officer second = officers.findByUsername("cb.officer").orElseThrow();
            first.update("Nông Thị Hoa", "Trung tá", first.unitId(), first.roleSet(), true);
            officers.save(first);

            second.update("Nông Thị Hoa", "Thiếu tá", second.unitId(), second.roleSet(), true);
            assertThatThrownBy(() -> officers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void savesACounterpartPairOnceAndRelinksIt() {
            Unit here = units.findByAgencyCodeAndCode("VN-CB", "CB-TK").orElseThrow();
            Unit there = units.findByAgencyCodeAndCode("CN-GX", "GX-JX").orElseThrow();
            Unit other = units.findByAgencyCodeAndCode("CN-GX", "GX-PX").orElseThrow();
            CounterpartPair saved = pairs.save(CounterpartPair.create(here.id(), there.id(), "Tra Linh – Longbang gate"));

            pairs.save(saved.relink(here.id(), other.id(), "moved"));
            assertThat(pairs.findByUnitIdAndPartnerUnitId(here.id(), other.id())).get()
                    .extracting(CounterpartPair::note).isEqualTo("moved");

            assertThatThrownBy(() -> pairs.save(CounterpartPair.create(here.id(), other.id(), "again")))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void savesAGateAndRefusesAStaleUpdate() {
            BorderGate saved = gates.save(BorderGate.create(code("G-"), "Cửa khẩu Lý Vạn", "硕龙口岸", "Ly Van gate",
                    "Hạ Lang, Cao Bằng", "大新县, 广西"));
            gates.save(saved.withNames("Cửa khẩu song phương Lý Vạn", "硕龙口岸", "Ly Van gate", "Hạ Lang", "大新县"));
            assertThat(gates.findByCode(saved.code())).get().extracting(BorderGate::nameVi)
                    .isEqualTo("Cửa khẩu song phương Lý Vạn");

            assertThatThrownBy(() -> gates.save(saved.withNames("stale", "stale", "stale", "", "")))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void gateCodesAreUnique() {
            assertThatThrownBy(() -> gates.save(BorderGate.create("TA-LUNG", "a", "b", "c", "", "")))
                    .isInstanceOf(DuplicateKeyException.class);
        }

        @Test
        void savesAndRevokesAnApiToken() {
            Officer admin = officers.findByUsername("cb.admin").orElseThrow();
            ApiToken saved = tokens.save(new ApiToken(null, admin.id(), "ci", "h" + code(""), "lia_abc", 1, 0, 0, null));

            tokens.save(saved.revoke(5));

            assertThat(tokens.findById(saved.id())).get().satisfies(t -> {
                assertThat(t.revoked()).isTrue();
                assertThat(t.revokedMs()).isEqualTo(5);
            });
        }

        // The use cases on the same database: checks before writes, audit with the change.

        @Test
        void createsAUnitThroughTheUseCaseWithItsAuditEntry() {
            String code = code("CB-");
            long id = admin.createUnit(actor(), new UnitDraft("VN-CB", code, UnitKind.DIVISION, "CB-PD",
                    "Phòng Cảnh sát hình sự", "刑事警察处", "Criminal Police Division"));

            assertThat(units.findById(id)).get().extracting(Unit::code).isEqualTo(code);
            assertThat(audit.search(new AuditQuery("cb.admin", "CREATE", "unit", String.valueOf(id), null, null), 5))
                    .singleElement().satisfies(r -> assertThat(r.entry().remoteAddr()).isEqualTo("192.0.2.10"));
        }

        @Test
        void useCaseReportsEveryProblemAndWritesNothing() {
            long unitsBefore = units.count();
            long auditBefore = audit.search(AuditQuery.all(), 10_000).size();

            assertThatThrownBy(() -> admin.createUnit(actor(), new UnitDraft("VN-CB", "CB-PC04", UnitKind.DIVISION,
                    "NO-SUCH", "", "x", "y")))
                    .isInstanceOfSatisfying(DirectoryChangeRefused.class, e -> assertThat(e.problems())
                            .extracting(DirectoryChangeRefused.Problem::field, DirectoryChangeRefused.Problem::messageKey)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("code", "directory.error.unitCodeTaken"),
                                    org.assertj.core.groups.Tuple.tuple("parentCode", "directory.error.unknownParent"),
                                    org.assertj.core.groups.Tuple.tuple("nameLocal", "directory.validation.required")));

            assertThat(units.count()).isEqualTo(unitsBefore);
            assertThat(audit.search(AuditQuery.all(), 10_000)).hasSize((int) auditBefore);
        }

        @Test
        void useCaseRefusesAnUpdateOfAnOutdatedVersion() {
            long id = admin.createGate(actor(), new GateDraft(code("G-"), "Cửa khẩu Pò Peo", "岳圩口岸", "Po Peo gate",
                    "Trùng Khánh, Cao Bằng", "靖西市, 广西"));
            int version = gates.findById(id).orElseThrow().version();
            admin.updateGate(actor(), id, version, new GateDraft(null, "Cửa khẩu Pò Peo", "岳圩口岸", "Po Peo – Yuexu gate",
                    "Trùng Khánh, Cao Bằng", "靖西市, 广西"));

            assertThatThrownBy(() -> admin.updateGate(actor(), id, version, new GateDraft(null, "x", "y", "z", "", "")))
                    .isInstanceOfSatisfying(DirectoryChangeRefused.class, e -> assertThat(e.has(Reason.STALE)).isTrue());
            assertThat(gates.findById(id)).get().extracting(BorderGate::nameEn).isEqualTo("Po Peo – Yuexu gate");
        }

        @Test
        void createsAndRenamesAnAgencyThroughTheUseCase() {
            String code = admin.createAgency(actor(), new DirectoryAdministration.AgencyDraft("LA-PS",
                    "Công an tỉnh Phông Sa Lỳ", "丰沙里省警察厅", "Phongsaly Provincial Police"));
            int version = agencies.findById(code).orElseThrow().version();

            admin.updateAgency(actor(), code, version, new DirectoryAdministration.AgencyDraft(code,
                    "Công an tỉnh Phông Xa Lỳ", "丰沙里省公安厅", "Phongsaly Provincial Police Department"));

            assertThat(agencies.findById(code)).get().extracting(Agency::nameLocal, Agency::own)
                    .containsExactly("Công an tỉnh Phông Xa Lỳ", false);
            assertThat(audit.search(new AuditQuery(null, null, "agency", code, null, null), 5))
                    .extracting(r -> r.entry().action()).containsExactly("UPDATE", "CREATE");
        }

        @Test
        void createsAnOfficerWithAnEncodedPasswordThatTheAuditNeverSees() {
            String username = "cb.u" + code("").toLowerCase();
            long id = admin.createOfficer(actor(), new DirectoryAdministration.OfficerDraft(username, "Hà Văn Long",
                    "Thượng úy", "VN-CB", null, Set.of(Role.OFFICER), "vi", null, true, "cửa-khẩu-Tà-Lùng-2017"));

            Officer saved = officers.findById(id).orElseThrow();
            assertThat(saved.passwordHash()).startsWith("{bcrypt}").doesNotContain("Tà-Lùng");
            assertThat(audit.search(new AuditQuery(null, "CREATE", "officer", String.valueOf(id), null, null), 5))
                    .singleElement().satisfies(r -> assertThat(r.entry().detail())
                            .contains("username=" + username, "roles=OFFICER").doesNotContain("Tà-Lùng", "bcrypt"));
        }

        @Test
        void aLoginWithNothingToResetLeavesTheOfficerRowAloneSoTwoDevicesCanLogInAtOnce(@Autowired OfficerAccountService accounts) {
            Officer before = officers.findByUsername("cb.officer").orElseThrow();

            accounts.loginSucceeded("cb.officer", "192.0.2.10");

            assertThat(officers.findByUsername("cb.officer").orElseThrow().version()).isEqualTo(before.version());
        }

        @Test
        void aLoginAfterAFailedOneResetsTheFailureCount(@Autowired OfficerAccountService accounts) {
            accounts.loginFailed("cb.officer", "192.0.2.10");
            assertThat(officers.findByUsername("cb.officer").orElseThrow().failedLogins()).isEqualTo(1);

            accounts.loginSucceeded("cb.officer", "192.0.2.10");

            assertThat(officers.findByUsername("cb.officer").orElseThrow().failedLogins()).isZero();
        }

        private Actor actor() {
            Officer o = officers.findByUsername("cb.admin").orElseThrow();
            return new Actor(new CurrentOfficer(o.id(), o.username(), o.fullName(), o.agencyCode(), o.unitId(),
                    Set.of("ADMIN")), "192.0.2.10");
        }

        private static String code(String prefix) {
            return prefix + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
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
