package org.liaison.persons;

import java.util.List;

/**
 * A retention action (expire a person, withdraw a notice) was refused and nothing changed. {@code key} is a message
 * key with {@code args}, shown to the reader in their language.
 */
public class RetentionRefused extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public RetentionRefused(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    /** Every retention action gives a reason, of at most this many characters. */
    public static final int MAX_REASON = 1000;

    /** The stripped reason, or the refusal when it is missing or too long. */
    public static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RetentionRefused("retention.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new RetentionRefused("retention.error.reasonTooLong", MAX_REASON);
        }
        return why;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
