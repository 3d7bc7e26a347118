package org.liaison.handovers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.Handovers;
import org.liaison.handovers.LinkedRecord;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handovers round-trip on H2 and PostgreSQL alike: every part of the seeded model case (stages, custody, both
 * confirmations, history), links, the list's filters and the figures by direction; a stale save is refused.
 */
class HandoversPersistenceIntegrationTest {

    @Transactional
    abstract static class Checks {

        @Autowired
        HandoverRecords records;
        @Autowired
        HandoverListing listing;
        @Autowired
        Handovers figures;

        @Test
        void theSeededModelCaseComesBackWithEveryPart() {
            Handover loaded = records.findById(DemoHandovers.id("huyen").value()).orElseThrow();

            assertThat(HandoverTest.state(loaded)).isEqualTo(HandoverTest.state(HandoverSeeder.modelCase()));
            assertThat(loaded.proposal().orElseThrow().escortsHoldingList())
                    .containsExactly("黄志强 一级警长 — 广西公安厅禁毒警察总队", "农建军 — 龙州县公安局");
            assertThat(loaded.confirmation(Side.REQUESTING).orElseThrow().officersList())
                    .containsExactly("Thiếu tá Nông Thị Hoa", "Đại úy Hoàng Văn Bình");
        }

        @Test
        void linksAndAStaleSave() {
            Handover h = Handover.request(new HandoverId(UUID.randomUUID()), "CN-GX", "VN-CB",
                    new WantedNoticeId(UUID.randomUUID()), new PersonId(UUID.randomUUID()), "请求移交。",
                    List.of(new LinkedRecord(LinkedRecord.Kind.REQUEST, "GX-2026-117"),
                            new LinkedRecord(LinkedRecord.Kind.CASE, "JC-9")), "gx", 1_790_000_000_000L);
            records.save(h);
            Handover first = records.findById(h.id().value()).orElseThrow();
            Handover second = records.findById(h.id().value()).orElseThrow();
            assertThat(first.links()).containsExactly(new LinkedRecord(LinkedRecord.Kind.REQUEST, "GX-2026-117"),
                    new LinkedRecord(LinkedRecord.Kind.CASE, "JC-9"));

            first.refuse(Side.HOLDING, "Không đủ căn cứ.", "cb", 1_790_000_000_100L);
            records.save(first);
            second.cancel(Side.REQUESTING, "撤回", "gx", 1_790_000_000_200L);
            assertThatThrownBy(() -> records.save(second))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void theListFiltersByStatusDirectionGateAndPeriod() {
            long all0 = Long.MIN_VALUE;
            long all1 = Long.MAX_VALUE;
            assertThat(ids(listing.list("CLOSED", "VN-%", null, all0, all1, 100)))
                    .contains(DemoHandovers.id("huyen"), DemoHandovers.id("khanh")).doesNotContain(DemoHandovers.id("wei"));
            assertThat(ids(listing.list(null, null, "HUU-NGHI", all0, all1, 100)))
                    .contains(DemoHandovers.id("khanh"), DemoHandovers.id("wei")).doesNotContain(DemoHandovers.id("huyen"));
            assertThat(ids(listing.list("PROPOSED", "CN-%", null, all0, all1, 100))).containsExactly(DemoHandovers.id("qin"));
            Handover model = records.findById(DemoHandovers.id("huyen").value()).orElseThrow();
            assertThat(listing.list("CLOSED", "VN-%", null, all0, all1, 100)).filteredOn(r -> r.id().equals(model.id()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.person()).isEqualTo(model.personId());
                        assertThat(r.direction()).isEqualTo(model.direction());
                        assertThat(r.gateCode()).isEqualTo(model.proposal().orElseThrow().gateCode());
                        assertThat(r.executed()).isTrue();
                    });
            long day = DemoHandovers.at(DemoHandovers.last(MonthDay.of(9, 20)), 0, 0);
            assertThat(ids(listing.list(null, null, null, day, day + 86_400_000L - 1, 100)))
                    .containsExactly(DemoHandovers.id("huyen"));
        }

        @Test
        void figuresCountHandoversByDirectionOnTheDayOfTheHandover() {
            LocalDate sept20 = DemoHandovers.last(MonthDay.of(9, 20));
            LocalDate oct18 = DemoHandovers.last(MonthDay.of(10, 18));
            assertThat(figures.count(sept20, sept20, "CN-GX")).isEqualTo(new Handovers.Figures(1, 0));
            assertThat(figures.count(oct18, oct18, "CN-GX")).isEqualTo(new Handovers.Figures(0, 1));
            assertThat(figures.count(oct18, oct18, "LA-VT")).isEqualTo(new Handovers.Figures(0, 0));
        }

        static List<HandoverId> ids(List<HandoverListing.Row> found) {
            return found.stream().map(HandoverListing.Row::id).toList();
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
