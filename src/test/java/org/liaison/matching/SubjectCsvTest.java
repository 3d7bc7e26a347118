package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Reading people from CSV with line numbers and reasons for the rows left out; writing results. */
class SubjectCsvTest {

    private static List<SubjectCsv.Line> read(String csv) {
        try (Stream<SubjectCsv.Line> lines = SubjectCsv.read(new StringReader(csv))) {
            return lines.toList();
        }
    }

    /** Scores are written as the formatter writes them: random ones, every rounding tie and the doubles either side. */
    @Test
    void writesScoresAsTheFormatterDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Double> scores = new java.util.ArrayList<>(List.of(0.0, 1.0, 0.8, 0.1 + 0.7, 1e-9, 1 - 1e-9));
        for (int i = 0; i < 200_000; i++) scores.add(random.nextDouble());
        for (int k = 0; k < 1000; k++) {
            double tie = (k + 0.5) / 1000;
            scores.addAll(List.of(tie, Math.nextUp(tie), Math.nextDown(tie), k / 1000.0, Math.nextDown(k / 1000.0)));
        }
        for (double score : scores) {
            assertThat(SubjectCsv.score(score)).as("%s", score).isEqualTo(String.format(Locale.ROOT, "%.3f", score));
        }
    }

    @Test
    void readsRowsWithTheirAttributesInAnyColumnOrder() {
        List<SubjectCsv.Line> lines = read("""
                \uFEFFName,ID,Nationality,sex,birth_date,gate,id_number
                Đoàn Thị Uyên,p1,VNM,F,1985-03-14,Tà Lùng,079185000123
                段氏鸳,p2,cn,女,~1985,,
                "LUO, Qiquan",p3,CHN,m,1962-07,Shuikou,
                """);
        assertThat(lines).hasSize(3);
        SubjectCsv.Row first = (SubjectCsv.Row) lines.get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.id()).isEqualTo("p1");
        assertThat(first.identity()).isEqualTo(new Identity("Đoàn Thị Uyên", BirthDate.parse("1985-03-14"), Sex.FEMALE, "VN",
                List.of(new IdNumber(IdNumber.Type.VN_CITIZEN_ID, "079185000123"))));
        assertThat(first.idNumber()).isEqualTo("079185000123");
        SubjectCsv.Row second = (SubjectCsv.Row) lines.get(1);
        assertThat(second.identity()).isEqualTo(new Identity("段氏鸳", BirthDate.aroundYear(1985), Sex.FEMALE, "CN"));
        assertThat(second.idNumber()).isNull();
        assertThat(((SubjectCsv.Row) lines.get(2)).identity())
                .isEqualTo(new Identity("LUO, Qiquan", BirthDate.inMonth(1962, 7), Sex.MALE, "CN"));
    }

    @Test
    void reportsEachBadRowWithItsLineAndReadsOn() {
        List<SubjectCsv.Line> lines = read("""
                id,name,birth_date,sex,nationality
                a1,Nguyễn Văn An,1970,M,VN
                a2,Trần Văn Bình,1970
                a3,,1970,M,VN
                a4,"Lê Thị
                Hoa",1970-13-01,F,VN
                a5,Phạm Văn Cường,1970,X,VN
                a6,Hoàng Văn Dũng,1970,M,VM
                a7,"Vũ Văn "Em",1970,M,VN
                ,Đỗ Văn Giang,1970,M,VN

                a9,Hồ Văn Hải,~1970,M,VN
                """);
        assertThat(lines).extracting(SubjectCsv.Line::line).containsExactly(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 12L);
        assertThat(lines.get(0)).isInstanceOf(SubjectCsv.Row.class);
        assertThat(error(lines.get(1))).isEqualTo("Line 3: The row has 3 columns where the first row names 5.");
        assertThat(error(lines.get(2))).isEqualTo("Line 4: The name is empty.");
        assertThat(error(lines.get(3))).isEqualTo("Line 5: The birth date “1970-13-01” is not written as 1975-03-14, 1975-03, 1975 or ~1975.");
        assertThat(error(lines.get(4))).isEqualTo("Line 7: The sex “X” is not M or F.");
        assertThat(error(lines.get(5))).contains("Line 8: The nationality “VM” is not a country code");
        assertThat(error(lines.get(6))).isEqualTo("Line 9: A field in quotes is not closed before the end of the row or file.");
        assertThat(error(lines.get(7))).isEqualTo("Line 10: The id is empty.");
        assertThat(((SubjectCsv.Row) lines.get(8)).identity().birthDate()).isEqualTo(BirthDate.aroundYear(1970));
    }

    @Test
    void errorsCarryAKeyAndArgumentsForPagesInEachLanguage() {
        SubjectCsv.RowError error = (SubjectCsv.RowError) read("id,name,sex\nx,Lý Cường,Q\n").get(0);
        assertThat(error.messageKey()).isEqualTo("matching.csv.sex");
        assertThat(error.args()).containsExactly("Q");
        assertThat(error.message(Locale.forLanguageTag("vi"))).isEqualTo("Giới tính “Q” không phải là M hoặc F.");
        assertThat(error.lineMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 2 行：性别“Q”不是 M 或 F。");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> read("id,full_name\n1,Lý Cường\n")).isInstanceOf(SubjectCsv.FileError.class)
                .hasMessageContaining("The first row has no column “name”")
                .satisfies(e -> assertThat(((SubjectCsv.FileError) e).messageKey()).isEqualTo("matching.csv.missingColumn"));
        assertThatThrownBy(() -> read("")).isInstanceOf(SubjectCsv.FileError.class).hasMessageContaining("The file is empty");
        assertThatThrownBy(() -> read("id,name,Name\n")).hasMessageContaining("names the column “name” twice");
    }

    @Test
    void writesResultsQuotedWhereNeeded() throws Exception {
        NameMatch match = NameMatcher.standard().compare("罗琦全", "LUO, Qiquan");
        StringWriter out = new StringWriter();
        SubjectCsv.writeResultHeader(out);
        SubjectCsv.writeResult(out, "s,1", new Candidate(new WatchlistEntry("w\"1", Identity.named("罗琦全")), match));
        List<String> rows = out.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo("subject_id,watchlist_id,score,explanation");
        assertThat(rows.get(1)).startsWith("\"s,1\",\"w\"\"1\"," + String.format(Locale.ROOT, "%.3f", match.score()) + ",");
        assertThat(SubjectCsv.quoted("罗琦全")).isEqualTo("罗琦全");
        assertThat(SubjectCsv.quoted("a\nb")).isEqualTo("\"a\nb\"");
    }

    private static String error(SubjectCsv.Line line) {
        return ((SubjectCsv.RowError) line).lineMessage(Locale.ENGLISH);
    }
}
