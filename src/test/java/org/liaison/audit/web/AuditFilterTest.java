package org.liaison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditQuery;

/** Reading the auditor's filters: days in the node's zone, inclusive "to", exact instants, every problem named. */
class AuditFilterTest {

    static final ZoneId CAO_BANG = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void daysAreReadInTheNodesZoneAndToIncludesItsWholeDay() {
        AuditQuery q = filter("2017-09-20", "2017-09-20", null).toQuery(CAO_BANG);

        assertThat(q.from()).isEqualTo(Instant.parse("2017-09-19T17:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2017-09-20T17:00:00Z"));
    }

    @Test
    void instantsAreTakenAsGiven() {
        AuditQuery q = filter("2017-09-20T01:00:00Z", "2017-09-20T01:30:00Z", null).toQuery(CAO_BANG);

        assertThat(q.from()).isEqualTo(Instant.parse("2017-09-20T01:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2017-09-20T01:30:00Z"));
    }

    @Test
    void blankValuesMeanAnyAndTextIsTrimmed() {
        AuditQuery q = new AuditFilter("  cb.officer ", " ", "", null, " ", null, null).toQuery(CAO_BANG);

        assertThat(q).isEqualTo(new AuditQuery("cb.officer", null, null, null, null, null, null));
    }

    @Test
    void everyBadValueIsReportedAtOnceWithTheValue() {
        var invalid = catchThrowableOfType(AuditFilter.InvalidAuditFilter.class,
                () -> filter("2017-02-30", "20/09/2017", "row 5").toQuery(CAO_BANG));

        assertThat(invalid.problems()).extracting(AuditFilter.Problem::field).containsExactly("from", "to", "before");
        assertThat(invalid.problems().getFirst().code()).isEqualTo("audit.filter.invalidDate");
        assertThat(invalid.problems().getFirst().getArguments()).containsExactly("2017-02-30");
    }

    @Test
    void fromMustComeBeforeTo() {
        var invalid = catchThrowableOfType(AuditFilter.InvalidAuditFilter.class,
                () -> filter("2017-09-21", "2017-09-20", null).toQuery(CAO_BANG));

        assertThat(invalid.problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("audit.filter.fromAfterTo"));
    }

    @Test
    void beforeMustBeARowNumber() {
        assertThat(filter(null, null, "120").toQuery(CAO_BANG).beforeSeq()).isEqualTo(120L);
        for (String bad : new String[] {"0", "-3", "12a"}) {
            var invalid = catchThrowableOfType(AuditFilter.InvalidAuditFilter.class,
                    () -> filter(null, null, bad).toQuery(CAO_BANG));
            assertThat(invalid.problems()).singleElement()
                    .satisfies(p -> assertThat(p.code()).isEqualTo("audit.filter.invalidRow"));
        }
    }

    @Test
    void overlongTextIsRefused() {
        var invalid = catchThrowableOfType(AuditFilter.InvalidAuditFilter.class,
                () -> new AuditFilter("a".repeat(201), null, null, null, null, null, null).toQuery(CAO_BANG));

        assertThat(invalid.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("actor"));
    }

    private static AuditFilter filter(String from, String to, String before) {
        return new AuditFilter(null, null, null, null, from, to, before);
    }
}
