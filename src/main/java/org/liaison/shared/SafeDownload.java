package org.liaison.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every module serves bytes an officer or a partner uploaded: with the type they were checked to be by their
 * content (the caller's job), never sniffed by the browser, never run as a page (a sandbox with nothing allowed),
 * never cached; as a download, except an image re-checked by its content, which a page may show.
 */
public final class SafeDownload {

    private SafeDownload() {
    }

    /** A download ({@code Content-Disposition: attachment}) of the checked type. */
    public static ResponseEntity.BodyBuilder attachment(MediaType checkedType, String fileName) {
        return guarded(checkedType).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    /** The same headers set on a response the caller writes itself (streamed as it is produced). */
    public static void attachment(HttpServletResponse response, MediaType checkedType, String fileName) {
        attachment(checkedType, fileName).build().getHeaders()
                .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    }

    /** A JPEG or PNG image, shown inline: only for bytes just checked to be one. */
    public static ResponseEntity.BodyBuilder inlineImage(MediaType checkedImageType) {
        if (!checkedImageType.equals(MediaType.IMAGE_JPEG) && !checkedImageType.equals(MediaType.IMAGE_PNG)) {
            throw new IllegalArgumentException("only JPEG and PNG images are shown inline, not " + checkedImageType);
        }
        return guarded(checkedImageType).header(HttpHeaders.CONTENT_DISPOSITION, "inline");
    }

    private static ResponseEntity.BodyBuilder guarded(MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate());
    }
}
