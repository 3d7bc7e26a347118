package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.liaison.support.HostileCsv;

/**
 * {@code liaison screen} on hostile subject files: each bad row is reported with its line and left out, the good rows
 * are screened, and a file that is no UTF-8 CSV of people ends with a message, never a stack trace.
 */
class ScreenCommandFuzzingTest {

    static final String WATCHLIST = HostileCsv.HEADER + "\nN-1,段氏鸳,1985,F,VNM\nN-2,Đoàn Thị Uyên,1985,F,VN\n";

    record Run(int exit, String err) {
    }

    static Run screen(byte[] subjects) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "screen-fuzz");
        Files.writeString(dir.resolve("w.csv"), WATCHLIST);
        Files.write(dir.resolve("s.csv"), subjects);
        StringWriter err = new StringWriter();
        int exit = LiaisonCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "screen",
                "--watchlist", dir.resolve("w.csv").toString(), "--subjects", dir.resolve("s.csv").toString(),
                "--out", dir.resolve("m.csv").toString(), "--threads", "1");
        return new Run(exit, err.toString());
    }

    @Property(tries = 15, seed = "20261123")
    void badRowsAreReportedByLineAndTheRestIsScreened(@ForAll @From(supplier = HostileCsv.Files.class) HostileCsv file) throws Exception {
        Run run = screen(file.text().getBytes(StandardCharsets.UTF_8));
        long bad = file.rows().size() - file.good();
        assertThat(run.exit()).as(run.err()).isEqualTo(bad == 0 ? 0 : 1);
        for (HostileCsv.Expected row : file.rows()) {
            assertThat(run.err().contains("s.csv: Line " + row.line() + ":")).as(run.err()).isEqualTo(!row.good());
        }
        assertThat(run.err()).contains("screened " + file.good() + " subjects").doesNotContain("Exception", "\tat ");
    }

    @Property(tries = 15, seed = "20261123")
    void aFileThatIsNoCsvOfPeopleEndsWithAMessage(@ForAll @From(supplier = HostileCsv.NotCsv.class) byte[] bytes) throws Exception {
        Run run = screen(bytes);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        if (run.exit() == 2) {
            assertThat(run.err()).as("refused with the reason").startsWith("liaison: ").hasSizeGreaterThan(20);
        } else {
            // 1 is also what an unexpected failure exits with: then the summary line is missing
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
            assertThat(run.err()).contains("screened ");
        }
    }
}
