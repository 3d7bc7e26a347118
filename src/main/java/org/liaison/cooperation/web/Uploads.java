package org.liaison.cooperation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.liaison.cooperation.internal.AttachmentUpload;
import org.springframework.web.multipart.MultipartFile;

/** Files from a form's file field, unchecked; an unused field sends one empty part, which is left out. */
final class Uploads {

    private Uploads() {
    }

    static List<AttachmentUpload> of(MultipartFile[] files) {
        if (files == null) {
            return List.of();
        }
        return Arrays.stream(files).filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new AttachmentUpload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
