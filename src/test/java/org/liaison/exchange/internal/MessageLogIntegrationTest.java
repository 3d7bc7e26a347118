package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.MessageState;
import org.liaison.exchange.internal.MessageLog.Direction;
import org.liaison.exchange.internal.MessageLog.Query;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The message list reads outbox and inbox as one: the state a user sees, filters, newest-first pages. Same checks
 * on H2 and PostgreSQL, since the query is a hand-written UNION with per-side limits.
 */
class MessageLogIntegrationTest {

    /** 1 October 2025, 09:00 in the node's zone: the day the fixtures happen. */
    static final long DAY = LocalDate.of(2025, 10, 1).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    abstract static class Checks {
        @Autowired
        MessageLog log;
        @Autowired
        JdbcTemplate jdbc;

        @BeforeEach
        void emptyTables() {
            jdbc.update("DELETE FROM outbox");
            jdbc.update("DELETE FROM inbox");
        }

        @Test
        void showsTheStateAUserSeesFromTheStoredStateAndTimestamps() {
            UUID awaiting = outgoing("AWAITING_RELEASE", 1, 0, 0, 0, 0, 0);
            UUID queued = outgoing("QUEUED", 2, 0, 0, 0, 0, 0);
            UUID sent = outgoing("QUEUED", 3, DAY + 4, 0, 0, 0, 0);
            UUID delivered = outgoing("DELIVERED", 4, DAY + 5, DAY + 6, 0, 0, 0);
            UUID read = outgoing("DELIVERED", 5, DAY + 6, DAY + 7, DAY + 8, 0, 0);
            UUID answered = outgoing("DELIVERED", 6, DAY + 7, DAY + 8, DAY + 9, DAY + 10, 0);
            UUID failed = outgoing("FAILED", 7, DAY + 8, 0, 0, 0, DAY + 9);
            UUID received = incoming(8, 0, 0);
            UUID opened = incoming(9, DAY + 10, 0);
            UUID replied = incoming(10, DAY + 11, DAY + 12);

            var page = log.page(Query.ALL, 0, 50);

            assertThat(page.entries()).extracting(MessageLog.Entry::id, MessageLog.Entry::state).containsExactly(
                    entry(replied, MessageState.ANSWERED), entry(opened, MessageState.READ),
                    entry(received, MessageState.RECEIVED), entry(failed, MessageState.FAILED),
                    entry(answered, MessageState.ANSWERED), entry(read, MessageState.READ),
                    entry(delivered, MessageState.DELIVERED), entry(sent, MessageState.SENT),
                    entry(queued, MessageState.QUEUED), entry(awaiting, MessageState.AWAITING_RELEASE));
            assertThat(log.find(sent)).get().extracting(MessageLog.Detail::state).isEqualTo(MessageState.SENT);
            assertThat(log.find(opened)).get().satisfies(d -> {
                assertThat(d.direction()).isEqualTo(Direction.INCOMING);
                assertThat(d.state()).isEqualTo(MessageState.READ);
                assertThat(d.readBy()).isEqualTo("cb.officer");
            });
            assertThat(log.find(UUID.randomUUID())).isEmpty();
        }

        @Test
        void filtersByDirectionStatePartnerTypeAndPeriod() {
            UUID out = outgoing("QUEUED", 1, 0, 0, 0, 0, 0);
            UUID in = incoming(2, 0, 0);
            UUID otherPartner = insertOutgoing("LA-PS", "exchange.probe", "QUEUED", DAY + 3, "cb.officer", 0, 0, 0, 0, 0);
            UUID otherType = insertOutgoing("CN-GX", "intel.report", "QUEUED", DAY + 4, "cb.officer", 0, 0, 0, 0, 0);
            UUID nextDay = insertOutgoing("CN-GX", "exchange.probe", "QUEUED", DAY + 86_400_000L, "cb.officer", 0, 0, 0, 0, 0);

            assertThat(ids(new Query(Direction.INCOMING, null, null, null, null, null))).containsExactly(in);
            assertThat(ids(new Query(null, MessageState.RECEIVED, null, null, null, null))).containsExactly(in);
            assertThat(ids(new Query(Direction.OUTGOING, MessageState.RECEIVED, null, null, null, null))).isEmpty();
            assertThat(ids(new Query(null, null, "LA-PS", null, null, null))).containsExactly(otherPartner);
            assertThat(ids(new Query(null, null, null, "intel.report", null, null))).containsExactly(otherType);
            long start = LocalDate.of(2025, 10, 1).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
            assertThat(ids(new Query(null, null, "CN-GX", "exchange.probe", start, start + 86_400_000L)))
                    .containsExactly(in, out);
            assertThat(ids(new Query(Direction.OUTGOING, MessageState.QUEUED, "CN-GX", null, start + 86_400_000L, null)))
                    .containsExactly(nextDay);
        }

        @Test
        void pagesNewestFirstAcrossOutboxAndInbox() {
            List<UUID> all = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                all.add(i % 3 == 0 ? incoming(i, 0, 0) : outgoing("QUEUED", i, 0, 0, 0, 0, 0));
            }
            List<UUID> newestFirst = all.reversed();

            var first = log.page(Query.ALL, 0, 50);
            var second = log.page(Query.ALL, 1, 50);
            var last = log.page(Query.ALL, 2, 50);

            assertThat(first.hasNext()).isTrue();
            assertThat(second.hasNext()).isTrue();
            assertThat(last.hasNext()).isFalse();
            List<UUID> seen = new ArrayList<>();
            List.of(first, second, last).forEach(p -> p.entries().forEach(e -> seen.add(e.id())));
            assertThat(seen).containsExactlyElementsOf(newestFirst);
            assertThat(first.entries()).isSortedAccordingTo(Comparator.comparing(MessageLog.Entry::created).reversed());
        }

        @Test
        void countsWhatWaitsForReleaseAndWhatASupervisorMayRelease() {
            insertOutgoing("CN-GX", "exchange.probe", "AWAITING_RELEASE", DAY, "cb.officer", 0, 0, 0, 0, 0);
            insertOutgoing("CN-GX", "exchange.probe", "AWAITING_RELEASE", DAY + 1, "cb.supervisor", 0, 0, 0, 0, 0);
            outgoing("QUEUED", 2, 0, 0, 0, 0, 0);

            assertThat(log.awaitingRelease("cb.supervisor")).isEqualTo(new MessageLog.Awaiting(2, 1));
            assertThat(log.awaitingRelease("cb.admin")).isEqualTo(new MessageLog.Awaiting(2, 2));
        }

        UUID outgoing(String state, int minute, long sent, long delivered, long read, long answered, long failed) {
            return insertOutgoing("CN-GX", "exchange.probe", state, DAY + minute * 60_000L, "cb.officer", sent, delivered,
                    read, answered, failed);
        }

        UUID insertOutgoing(String recipient, String type, String state, long created, String by, long sent,
                            long delivered, long read, long answered, long failed) {
            UUID id = UUID.randomUUID();
            jdbc.update("""
                    INSERT INTO outbox (message_id, recipient, type, schema_version, correlation_id, conversation_id, summary,
                      payload, payload_hash, created_by, released_by, state, attempts, last_error, receipt_batch, created_ms,
                      released_ms, sent_ms, delivered_ms, read_ms, answered_ms, failed_ms)
                    VALUES (?, ?, ?, 1, ?, ?, 'test message', '{}', ?, ?, '', ?, ?, ?, '', ?, 0, ?, ?, ?, ?, ?)""",
                    id, recipient, type, id.toString(), id.toString(), EnvelopeCodec.sha256("{}"), by, state,
                    sent > 0 ? 1 : 0, failed > 0 ? "refused by the partner: unknown message type" : "", created, sent,
                    delivered, read, answered, failed);
            return id;
        }

        UUID incoming(int minute, long read, long answered) {
            UUID id = UUID.randomUUID();
            long created = DAY + minute * 60_000L;
            jdbc.update("""
                    INSERT INTO inbox (message_id, sender, type, schema_version, correlation_id, conversation_id, summary,
                      payload, payload_hash, batch_id, created_ms, received_ms, read_ms, read_by, answered_ms)
                    VALUES (?, 'CN-GX', 'exchange.probe', 1, ?, ?, 'test message', '{}', ?, ?, ?, ?, ?, ?, ?)""",
                    id, id.toString(), id.toString(), EnvelopeCodec.sha256("{}"), UUID.randomUUID().toString(), created,
                    created + 500, read, read > 0 ? "cb.officer" : "", answered);
            return id;
        }

        List<UUID> ids(Query q) {
            return log.page(q, 0, 50).entries().stream().map(MessageLog.Entry::id).toList();
        }

        static org.assertj.core.groups.Tuple entry(UUID id, MessageState state) {
            return org.assertj.core.groups.Tuple.tuple(id, state);
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
