package org.liaison.cooperation.internal;

/** A file an officer attaches, as uploaded: the name the browser gave and the bytes, not yet checked. */
public record AttachmentUpload(String fileName, byte[] bytes) {
}
