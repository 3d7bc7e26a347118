package org.liaison.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.engagements.GuangxiPairing;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation records on PostgreSQL: the demo's 2017 reconciliation is agreed by both sides there too, a
 * side's figures keep their records through the JSON column and are replaced by the next exchange, and the
 * partner's figures arriving make the own side answer once, not again for an answer. Each test is rolled back.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@PostgresTest
@Import(GuangxiPairing.class)
@Transactional
class ReconciliationPostgresIntegrationTest {

    static final Period YEAR_2017 = new Period("CN-GX", LocalDate.of(2017, 1, 1), LocalDate.of(2017, 10, 31));

    @Autowired
    Reconciliations store;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;

    @Test
    void theSeeded2017FiguresAreAgreedByBothWithoutDifference() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        Reconciliation.View view = reconciliation.view("2017-01-01", "2017-10-31", "CN-GX");
        assertThat(view.exchanged()).isTrue();
        assertThat(view.differences()).isZero();
        assertThat(view.agreedByBoth()).isTrue();
        assertThat(view.rows()).filteredOn(r -> r.key().equals("delegations")).singleElement()
                .satisfies(r -> assertThat(r.ourValue()).isEqualTo("24").isEqualTo(r.partnerValue()));
        assertThat(view.partnerAgreement().orElseThrow().agreement().agreedBy()).isEqualTo("gx.supervisor");
        assertThat(store.figures(YEAR_2017, "CN-GX").orElseThrow().fingerprint())
                .isEqualTo(view.partnerAgreement().orElseThrow().agreement().ownFingerprint());
    }

    @Test
    void aSidesFiguresKeepTheirRecordsAndTheNextExchangeReplacesThem() {
        Period p = new Period("CN-GX", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31));
        String report = UUID.randomUUID().toString();
        FiguresSnapshot first = new FiguresSnapshot("CN-GX", p.from(), p.to(), 1_000L,
                Map.of("reports_sent", new FiguresSnapshot.Line("1", List.of(report)),
                        "seizures_heroin_kg", new FiguresSnapshot.Line("12.5", List.of())));
        store.save(p, first, 2_000L);
        Reconciliations.Stored read = store.figures(p, "CN-GX").orElseThrow();
        assertThat(read.snapshot().lines()).isEqualTo(first.lines());
        assertThat(read.fingerprint()).isEqualTo(first.fingerprint()).isEqualTo(read.snapshot().fingerprint());
        assertThat(read.receivedMs()).isEqualTo(2_000L);

        store.save(p, new FiguresSnapshot("CN-GX", p.from(), p.to(), 3_000L,
                Map.of("reports_sent", new FiguresSnapshot.Line("0", List.of()))), 4_000L);
        assertThat(store.figures(p, "CN-GX").orElseThrow().snapshot().lines()).containsOnlyKeys("reports_sent");
        assertThat(store.figures(p, "VN-CB")).isEmpty();
    }

    @Test
    void thePartnersFiguresAreAnsweredOnceAndAnAnswerIsNotAnswered() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        reconciliation.receive(message(), new Reconciliation.FiguresMessage("CN-GX", from, to, 5_000L, Map.of(), false));
        assertThat(outbox()).isEqualTo(1);
        Period p = new Period("CN-GX", from, to);
        assertThat(store.figures(p, "VN-CB")).isPresent();
        reconciliation.receive(message(), new Reconciliation.FiguresMessage("CN-GX", from, to, 6_000L, Map.of(), true));
        assertThat(outbox()).isEqualTo(1);
        assertThat(store.figures(p, "CN-GX").orElseThrow().snapshot().takenMs()).isEqualTo(6_000L);
        // figures that are not numbers are refused whole, and what was stored stays
        assertThatThrownBy(() -> reconciliation.receive(message(), new Reconciliation.FiguresMessage("CN-GX", from, to,
                7_000L, Map.of("talks", new FiguresSnapshot.Line("many", List.of())), true)))
                .isInstanceOf(RejectedMessageException.class);
        assertThat(store.figures(p, "CN-GX").orElseThrow().snapshot().takenMs()).isEqualTo(6_000L);
    }

    @Test
    void differingFiguresAreNotAgreedWithoutANote() {
        CurrentOfficer nam = accounts.findLogin("cb.supervisor").orElseThrow().officer();
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        reconciliation.exchange(nam, "127.0.0.1", from.toString(), to.toString(), "CN-GX");
        // Guangxi counts what this side counts, seen from its end, and one report more that it received from us
        Map<String, FiguresSnapshot.Line> theirs = new HashMap<>();
        store.figures(new Period("CN-GX", from, to), "VN-CB").orElseThrow().snapshot().lines()
                .forEach((key, line) -> theirs.put(RecordsBehind.ours(key), line));
        List<String> received = new ArrayList<>(theirs.get("reports_received").records());
        received.add(UUID.randomUUID().toString());
        theirs.put("reports_received", new FiguresSnapshot.Line(String.valueOf(received.size()), received));
        reconciliation.receive(message(), new Reconciliation.FiguresMessage("CN-GX", from, to, 5_000L, theirs, true));
        assertThatThrownBy(() -> reconciliation.agree(nam, "127.0.0.1", from.toString(), to.toString(), "CN-GX", " "))
                .isInstanceOf(StatisticsRefused.class).hasMessageContaining("noteRequired");
        reconciliation.agree(nam, "127.0.0.1", from.toString(), to.toString(), "CN-GX", "A report dated 2020 here.");
        Reconciliation.View view = reconciliation.view(from.toString(), to.toString(), "CN-GX");
        assertThat(view.ourAgreement().orElseThrow().current()).isTrue();
        assertThat(view.agreedByBoth()).isFalse();
        assertThat(view.rows()).filteredOn(Reconciliation.Comparison::differs).extracting(Reconciliation.Comparison::key)
                .containsExactly("reports_sent");
    }

    private long outbox() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE type = 'statistics.figures'", Long.class);
    }

    private static IncomingMessage message() {
        return new IncomingMessage(UUID.randomUUID(), "CN-GX", Reconciliation.FIGURES, 1, Instant.now(), "",
                "", "{}");
    }
}
