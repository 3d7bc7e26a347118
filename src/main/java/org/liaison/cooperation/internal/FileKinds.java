package org.liaison.cooperation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Which kind of file some bytes are, judged by their content, never by the name or the type a browser claims:
 * PDF, JPEG and PNG by their signatures; Word and Excel files by the parts their ZIP directory lists (read without
 * unpacking anything, so a ZIP bomb costs nothing); plain text when the bytes are UTF-8 without control characters.
 */
final class FileKinds {

    enum Kind {
        PDF("application/pdf"),
        JPEG("image/jpeg"),
        PNG("image/png"),
        TEXT("text/plain;charset=UTF-8"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FileKinds() {
    }

    static Optional<Kind> of(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(bytes, ZIP)) {
            return office(bytes);
        }
        return isPlainText(bytes) ? Optional.of(Kind.TEXT) : Optional.empty();
    }

    /** The kind whose content type this is, for a received attachment's declared type. */
    static Optional<Kind> byContentType(String contentType) {
        for (Kind k : Kind.values()) {
            if (k.contentType.equals(contentType)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> office(byte[] bytes) {
        Path file = null;
        try {
            file = Files.createTempFile("liaison-attachment", ".zip");
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return Optional.empty();
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(Kind.DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(Kind.XLSX);
                }
                return Optional.empty();
            }
        } catch (ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** UTF-8 (a byte order mark allowed) with no control characters but tab, line breaks and form feed. */
    static boolean isPlainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
