package org.liaison.statistics.internal;

/** A period or partner the statistics cannot be made for; {@code messageKey} is in the statistics bundles. */
public class StatisticsRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    StatisticsRefused(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
