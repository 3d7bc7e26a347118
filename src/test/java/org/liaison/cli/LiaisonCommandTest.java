package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line lists its commands and answers bad arguments with one line and a non-zero exit. */
class LiaisonCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "demo", "audit");
    }

    @Test
    void unknownOptionGivesOneLineAndExitTwo() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("Unknown option: '--bogus'")
                .doesNotContain("Exception");
    }

    @Test
    void unknownCommandIsRefused() {
        assertThat(run("launch-rockets")).isEqualTo(2);
        assertThat(err.toString()).contains("launch-rockets").doesNotContain("at org.");
    }

    @Test
    void invalidPortIsRefusedBeforeAnythingStarts() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("port must be 1-65535");
    }

    @Test
    void invalidAgencyCodeIsRefused() {
        assertThat(run("serve", "--agency", "cao bang")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid agency code 'cao bang'");
    }

    @Test
    void missingConfigFileIsRefused() {
        assertThat(run("serve", "--config", "/nonexistent/liaison.properties")).isEqualTo(2);
        assertThat(err.toString()).contains("config file not found");
    }
}
