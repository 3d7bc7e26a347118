package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code liaison screen}: files in, matches out, bad rows reported with their line and left out. */
class ScreenCommandTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return LiaisonCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    List<String> matches() throws Exception {
        return Files.readAllLines(dir.resolve("m.csv"), StandardCharsets.UTF_8);
    }

    private void watchlist() throws Exception {
        file("w.csv", """
                id,name,birth_date,sex,nationality
                N-1,段氏鸳,1985,F,VNM
                N-2,罗琦全,1962-07-02,M,CHN
                N-3,"NGUYEN, VAN ANH",1990,M,VN
                N-4,Đoàn Thị Uyên,1985,F,VN
                N-5,习远平,1956,M,CN
                """);
    }

    @Test
    void writesEveryCandidateBestFirstPerSubjectInInputOrder() throws Exception {
        watchlist();
        file("s.csv", """
                id,name,birth_date
                gate-7,Luo Qiquan,1962
                "gate-8, lane 2",DOAN THI UYEN,1985
                gate-9,习近平,1953
                """);
        assertThat(run("screen", "--watchlist", dir.resolve("w.csv").toString(), "--subjects", dir.resolve("s.csv").toString(),
                "--out", dir.resolve("m.csv").toString())).isZero();
        List<String> rows = matches();
        assertThat(rows.get(0)).isEqualTo("subject_id,watchlist_id,score,explanation");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("gate-7,N-2,").contains("Luo ~ 罗 (pinyin luo)");
        // a subject id with a comma is quoted; N-1 (Han) and N-4 (Vietnamese with diacritics) both match, the closer first
        assertThat(rows.get(2)).startsWith("\"gate-8, lane 2\",N-");
        assertThat(rows.get(3)).startsWith("\"gate-8, lane 2\",N-");
        double first = Double.parseDouble(rows.get(2).split(",")[3]), second = Double.parseDouble(rows.get(3).split(",")[3]);
        assertThat(first).isGreaterThanOrEqualTo(second).isGreaterThanOrEqualTo(0.8);
        assertThat(err.toString()).contains("screened 3 subjects against 5 watchlist entries: 3 matches");
    }

    @Test
    void thresholdOptionDropsWeakerCandidates() throws Exception {
        watchlist();
        file("s.csv", "id,name\ns1,Nguyễn Văn Anh\ns2,Đoàn Thị Uyên\n");
        assertThat(run("screen", "--watchlist", dir.resolve("w.csv").toString(), "--subjects", dir.resolve("s.csv").toString(),
                "--out", dir.resolve("m.csv").toString(), "--threshold", "0.99")).isZero();
        // against NGUYEN VAN ANH, written without diacritics, Nguyễn Văn Anh scores 0.95: below 0.99; the exact spelling
        // and its Hán-Việt characters stay
        assertThat(matches()).extracting(r -> r.split(",")[0] + "," + r.split(",")[1])
                .containsExactly("subject_id,watchlist_id", "s2,N-1", "s2,N-4");
    }

    @Test
    void reportsMalformedRowsWithTheirLineAndScreensTheRest() throws Exception {
        file("w.csv", """
                id,name,birth_date
                W1,Lý Cường,1970
                W2,,1970
                W3,罗琦全,1962-13
                W1,李强,1970
                """);
        file("s.csv", """
                id,name
                S1,李强
                S2,Lý Cường,extra
                S3,"Luo Qiquan
                """);
        assertThat(run("screen", "--watchlist", dir.resolve("w.csv").toString(), "--subjects", dir.resolve("s.csv").toString(),
                "--out", dir.resolve("m.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(
                "w.csv: Line 3: The name is empty.",
                "w.csv: Line 4: The birth date “1962-13” is not written as 1975-03-14, 1975-03, 1975 or ~1975.",
                "w.csv: Line 5: The id “W1” is already used on line 2.",
                "s.csv: Line 3: The row has 3 columns where the first row names 2.",
                "s.csv: Line 4: A field in quotes is not closed before the end of the row or file.",
                "rows left out: 5");
        assertThat(matches()).hasSize(2);
        assertThat(matches().get(1)).startsWith("S1,W1,").contains("李 ~ Lý (Hán-Việt lí)");
    }

    @Test
    void badArgumentsAndUnreadableFilesGiveOneLineAndExitTwo() throws Exception {
        watchlist();
        String w = dir.resolve("w.csv").toString(), m = dir.resolve("m.csv").toString();
        assertThat(run("screen", "--watchlist", w, "--subjects", dir.resolve("missing.csv").toString(), "--out", m)).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("cannot read").contains("missing.csv");
        err.getBuffer().setLength(0);
        file("s.csv", "id,full_name\n1,Lý Cường\n");
        assertThat(run("screen", "--watchlist", w, "--subjects", dir.resolve("s.csv").toString(), "--out", m)).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("s.csv: The first row has no column “name”");
        err.getBuffer().setLength(0);
        Files.write(dir.resolve("s.csv"), new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', (byte) 0xC4, (byte) 0x28, '\n'});
        assertThat(run("screen", "--watchlist", w, "--subjects", dir.resolve("s.csv").toString(), "--out", m)).isEqualTo(2);
        assertThat(err.toString()).contains("not UTF-8");
        err.getBuffer().setLength(0);
        assertThat(run("screen", "--watchlist", w, "--subjects", w, "--out", m, "--threshold", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold must be above 0 and at most 1");
    }

    @Test
    void helpSaysWhatTheExitCodesMean() {
        assertThat(run("screen", "--help")).isZero();
        assertThat(out.toString()).contains("1 done, but some rows were left out", "subject_id,watchlist_id,score,explanation");
    }
}
