package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The partner-offline drill end to end: two node processes, Guangxi down while Cao Bang queues, then back; every
 * message arrives once. (The clock-skew and disk-full drills need libfaketime and root; they are run by hand, see
 * docs/operations.md.)
 */
class DrillCommandTest {

    @Test
    void partnerOfflineDrillDeliversEverythingOnceWhenThePartnerIsBack() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "drill", "partner-offline", "--messages", "40", "--offline", "PT3S");

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("Guangxi stays down for 3 s while 40 messages are queued")
                .containsPattern("Cao Bang sees: queue 40, last error: .+")
                .contains("accepted=40", "lost=0", "duplicates=0");
    }
}
