package org.liaison.screening.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence for the user, not yet in their language: a message key and its arguments, which may be translated terms
 * themselves. Numbers are passed as text so that no locale groups their digits. Serializable, so that a refusal can
 * wait in the session (a flash attribute) and be put in words when the page is shown.
 */
public record Text(String key, List<Object> args) implements MessageSourceResolvable, Serializable {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A word that is itself translated, e.g. {@code term("screening.status.NEW")}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return key + args;
    }
}
