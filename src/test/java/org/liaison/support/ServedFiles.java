package org.liaison.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** What every download of an uploaded file must carry, so a browser never runs it as a page. */
public final class ServedFiles {

    private ServedFiles() {
    }

    public static void assertServedSafely(MockHttpServletResponse r, String type, String fileName) {
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo(type);
        assertThat(r.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"" + fileName + "\"");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");
        assertThat(r.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }
}
