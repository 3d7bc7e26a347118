package org.liaison.exchange.internal;

/** An envelope refused as a whole; {@code code} is stable (for the sender and tests), the message says why. */
final class EnvelopeRejected extends RuntimeException {

    private final String code;
    private final int status;

    EnvelopeRejected(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }
}
