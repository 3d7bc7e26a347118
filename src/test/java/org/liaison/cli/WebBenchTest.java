package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A small run of the load bench against its own demo node: every page of the mix answers for logged-in officers,
 * and the figures are printed. Timings are never asserted (they depend on the machine).
 */
class WebBenchTest {

    @Test
    void fiveOfficersBrowseTheDemoNodeWithoutErrors() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "bench", "web", "--users", "5", "--duration", "5s", "--warmup", "4s", "--think", "100ms");

        String report = out.toString();
        assertThat(code).as(report + "\n" + err).isZero();
        assertThat(report).as(report + "\n" + err)
                .containsPattern("(?m)^users=5$")
                .containsPattern("(?m)^errors=0$")
                .containsPattern("(?m)^warmup_errors=0$")
                .containsPattern("(?m)^requests=[1-9]\\d*$")
                .containsPattern("(?m)^pages_per_s=\\d")
                .containsPattern("(?m)^p50_ms=\\d+$")
                .containsPattern("(?m)^p90_ms=\\d+$")
                .containsPattern("(?m)^p99_ms=\\d+$")
                .containsPattern("(?m)^max_ms=\\d+$")
                .containsPattern("(?m)^heap_used_mb=\\d+$")
                .containsPattern("(?m)^cores=\\d+$")
                .containsPattern("(?m)^java=\\S+$");
        assertThat(err.toString()).contains("requests=");
    }
}
