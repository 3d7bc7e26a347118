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
 * unpacking anything, so a ZIP bomb costs nothing); plain text when the bytes are UTF-8 without control characters
 * and are not markup a browser would run (HTML, SVG, XML). A file whose name claims one of these kinds and whose
 * content is another is {@link #disguised}.
 */
final class FileKinds {

    enum Kind {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png"),
        TEXT("text/plain;charset=UTF-8", "txt"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String contentType;
        private final java.util.List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = java.util.List.of(extensions);
        }
    }

    /** Openings of markup a browser runs: refused as text even though it is text. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "<\\s*(!doctype|html|head|body|script|svg|iframe|object|embed|\\?xml|meta|style|img|a\\s)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

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
        return isPlainText(bytes) && !isMarkup(bytes) ? Optional.of(Kind.TEXT) : Optional.empty();
    }

    /**
     * Whether the file's name says it is one of the accepted kinds (by its extension) while its content is another:
     * an HTML page named {@code .pdf}, a PDF named {@code .png}. Other names ({@code .csv}, none) claim nothing.
     */
    static boolean disguised(String fileName, Kind content) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.extensions.contains(extension)) {
                return k != content;
            }
        }
        return false;
    }

    /** HTML, SVG or XML anywhere in the text: a browser that ignored the declared type would run it. */
    static boolean isMarkup(byte[] bytes) {
        return MARKUP.matcher(new String(bytes, StandardCharsets.UTF_8)).find();
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
