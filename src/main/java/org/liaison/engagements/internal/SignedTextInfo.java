package org.liaison.engagements.internal;

import java.time.Instant;

/** What is known about an agreement's signed text without loading it. */
public record SignedTextInfo(String fileName, long size, String sha256, String attachedBy, Instant attached) {
}
