package org.liaison.engagements.internal;

/** An agreement's signed text as stored, for download. */
public record SignedTextFile(String fileName, byte[] bytes) {
}
