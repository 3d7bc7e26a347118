package org.liaison.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader: quoting as RFC 4180 has it, line numbers that point at the file's lines, and recovery after a bad row. */
class CsvRowsTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRows.Row> rows = read("\uFEFFid,name\r\n1,\"Hoàng, Thị Mai\"\r\n2,\"say \"\"Đức Béo\"\"\"\n3,\"two\nlines\"\n4,罗振邦");

        assertThat(rows).extracting(CsvRows.Row::fields).containsExactly(
                List.of("id", "name"), List.of("1", "Hoàng, Thị Mai"), List.of("2", "say \"Đức Béo\""),
                List.of("3", "two\nlines"), List.of("4", "罗振邦"));
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1L, 2L, 3L, 4L, 6L);
        assertThat(rows).noneMatch(CsvRows.Row::malformed);
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        List<CsvRows.Row> rows = read("id,name\n\n1,A\r\n\r\n2,B\r3,C");

        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1L, 3L, 5L, 6L);
        assertThat(rows).extracting(r -> r.fields().get(1)).containsExactly("name", "A", "B", "C");
    }

    @Test
    void aRowWithTextAfterAClosingQuoteIsReportedAndTheNextRowIsRead() throws IOException {
        List<CsvRows.Row> rows = read("id,name\n1,\"Mai\"x,1988\n2,Lan\n");

        assertThat(rows.get(1).malformed()).isTrue();
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).problem()).isEqualTo(Text.of("screening.batch.row.afterQuote", "2"));
        assertThat(rows.get(2).fields()).containsExactly("2", "Lan");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuoteNeverClosedIsReportedAtItsLine() throws IOException {
        List<CsvRows.Row> rows = read("id,name\n1,Mai\n2,\"Lan\n3,Hoa\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).line()).isEqualTo(3);
        assertThat(rows.get(2).problem().key()).isEqualTo("screening.batch.row.unclosedQuote");
    }

    @Test
    void anOverlongRowIsRefusedAndReadingResumesOnTheNextLine() throws IOException {
        String longName = "x".repeat(CsvRows.MAX_RECORD + 10);
        List<CsvRows.Row> rows = read("id,name\n1," + longName + "\n2,Lan\n");

        assertThat(rows.get(1).problem().key()).isEqualTo("screening.batch.row.tooLong");
        assertThat(rows.get(2).fields()).containsExactly("2", "Lan");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    static List<CsvRows.Row> read(String csv) throws IOException {
        List<CsvRows.Row> rows = new ArrayList<>();
        try (CsvRows reader = new CsvRows(new StringReader(csv))) {
            CsvRows.Row row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
