package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The partner-offline drill end to end: two node processes, Guangxi down while Cao Bang queues, then back; every
 * message arrives once; and the database-restart drill on a PostgreSQL server made from the machine's PostgreSQL
 * programs (.ci/run installs Debian's postgresql when they are missing). (The disk-full drill needs root to mount
 * a tmpfs; it is run by hand, see docs/operations.md.)
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

    @Test
    void databaseRestartDrillLosesNothingWhenPostgresGoesDownUnderLoad() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "drill", "database-restart", "--messages", "200", "--rate", "40", "--restarts", "1", "--down", "2s");

        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("both nodes up on PostgreSQL", "the database goes down (immediate) 1 times")
                .containsPattern("restart 1: database down \\d+ ms; Cao Bang acknowledged 0 messages meanwhile; nodes alive: true")
                .contains("accepted=200", "lost=0", "duplicates=0");
    }
}
