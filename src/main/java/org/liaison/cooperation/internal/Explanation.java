package org.liaison.cooperation.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence for the user, not yet in their language: a key of the {@code cooperation} bundle and its arguments
 * (plain strings, so no locale groups the digits of a number).
 */
public record Explanation(String key, List<Object> args) implements MessageSourceResolvable {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Arrays.asList(args));
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
