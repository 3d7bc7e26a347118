package org.liaison.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files are judged by their bytes: the accepted kinds are recognised, anything else is refused whatever its name. */
class FileKindsTest {

    @Test
    void recognisesPdfImagesAndOfficeFilesByTheirContent() throws IOException {
        assertThat(FileKinds.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileKinds.Kind.PDF);
        assertThat(FileKinds.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileKinds.Kind.JPEG);
        assertThat(FileKinds.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileKinds.Kind.PNG);
        assertThat(FileKinds.of(zip("[Content_Types].xml", "word/document.xml"))).contains(FileKinds.Kind.DOCX);
        assertThat(FileKinds.of(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"))).contains(FileKinds.Kind.XLSX);
    }

    @Test
    void plainTextIsUtf8WithoutControlCharacters() {
        assertThat(FileKinds.of("Tuyến Trà Lĩnh – 龙邦\r\n\tghi chú\n".getBytes(StandardCharsets.UTF_8))).contains(FileKinds.Kind.TEXT);
        assertThat(FileKinds.of("abc\u0000def".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKinds.of("Tuy\u1ebfn".getBytes(StandardCharsets.UTF_16LE))).isEmpty();
        assertThat(FileKinds.of(new byte[] {(byte) 0xC3, 0x28})).isEmpty();
    }

    @Test
    void refusesProgramsArchivesAndZipsThatAreNotOfficeFiles() throws IOException {
        assertThat(FileKinds.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isEmpty();
        assertThat(FileKinds.of(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEmpty();
        assertThat(FileKinds.of(zip("payload.exe"))).isEmpty();
        assertThat(FileKinds.of(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
        assertThat(FileKinds.of(new byte[] {'P', 'K', 3, 4, 0, 0})).as("a broken ZIP").isEmpty();
    }

    @Test
    void anUploadIsCheckedForSizeAndKindAndNamedWithoutItsFolders() {
        CooperationRefused.Problems problems = new CooperationRefused.Problems();
        byte[] big = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);

        List<Attachments.Checked> ok = Attachments.check(List.of(
                new AttachmentUpload("C:\\Users\\hoa\\bao-cao.txt", "Nội dung".getBytes(StandardCharsets.UTF_8)),
                new AttachmentUpload("big.pdf", big),
                new AttachmentUpload("empty.txt", new byte[0])), problems);

        assertThat(ok).singleElement().satisfies(c -> {
            assertThat(c.fileName()).isEqualTo("bao-cao.txt");
            assertThat(c.kind()).isEqualTo(FileKinds.Kind.TEXT);
            assertThat(c.parts()).isEqualTo(1);
        });
        assertThat(problems.isEmpty()).isFalse();
        assertThat(Attachments.partsFor(Attachments.MAX_BYTES)).isEqualTo(20);
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
