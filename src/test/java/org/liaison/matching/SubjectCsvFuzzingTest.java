package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.liaison.support.HostileCsv;

/**
 * Files of people as officers and partners really send them, good and broken rows mixed: every broken row comes back
 * with its line and a reason in each language, every good row is read, and nothing a file holds makes the reader throw.
 */
class SubjectCsvFuzzingTest {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Property(tries = 300, seed = "20261123")
    void everyRowComesBackAtItsLineGoodOrWithTheReasonItWasLeftOut(@ForAll @From(supplier = HostileCsv.Files.class) HostileCsv file) {
        List<SubjectCsv.Line> lines;
        try (Stream<SubjectCsv.Line> read = SubjectCsv.read(new StringReader(file.text()))) {
            lines = read.toList();
        }
        assertThat(lines).extracting(SubjectCsv.Line::line)
                .containsExactlyElementsOf(file.rows().stream().map(HostileCsv.Expected::line).toList());
        for (int i = 0; i < lines.size(); i++) {
            SubjectCsv.Line line = lines.get(i);
            assertThat(line instanceof SubjectCsv.Row).as("line %d: %s", line.line(), line).isEqualTo(file.rows().get(i).good());
            if (line instanceof SubjectCsv.RowError error) {
                for (Locale locale : LANGUAGES) {
                    assertThat(error.lineMessage(locale)).contains(Long.toString(error.line())).doesNotContain("{");
                }
            }
        }
    }

    @Property(tries = 200, seed = "20261123")
    void bytesThatAreNoCsvOfPeopleAreRefusedWithAReasonNeverAnException(@ForAll @From(supplier = HostileCsv.NotCsv.class) byte[] bytes) {
        // as an upload is read: UTF-8, anything else replaced
        var in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        try (Stream<SubjectCsv.Line> read = SubjectCsv.read(in)) {
            long previous = 1;
            for (SubjectCsv.Line line : read.toList()) {
                assertThat(line.line()).isGreaterThan(previous);
                previous = line.line();
                if (line instanceof SubjectCsv.RowError error) {
                    assertThat(error.message(Locale.forLanguageTag("vi"))).isNotBlank();
                }
            }
        } catch (SubjectCsv.FileError refused) {
            for (Locale locale : LANGUAGES) {
                assertThat(refused.message(locale)).isNotBlank().doesNotContain("{");
            }
        }
    }
}
