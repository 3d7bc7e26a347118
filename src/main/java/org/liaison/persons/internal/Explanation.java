package org.liaison.persons.internal;

import java.util.Arrays;
import java.util.List;
import org.liaison.persons.BirthDate;
import org.liaison.persons.Sex;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence for the user, not yet in their language: a key of the {@code persons} bundle and its arguments.
 * Arguments are plain strings (numbers are passed as text so that no locale groups their digits) or
 * {@link MessageSourceResolvable} terms that are translated too, such as the name of a sex.
 */
public record Explanation(String key, List<Object> args) implements MessageSourceResolvable {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Arrays.asList(args));
    }

    /** A word that is itself translated, e.g. {@code term("persons.sex.FEMALE")}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    public static MessageSourceResolvable sex(Sex sex) {
        return term("persons.sex." + sex);
    }

    /** A birth date at its precision, e.g. "about 1990" in the reader's language. */
    public static MessageSourceResolvable birth(BirthDate birth) {
        String text = birth.precision() == BirthDate.Precision.APPROXIMATE_YEAR ? String.valueOf(birth.year()) : birth.iso();
        return of("persons.birthDate." + birth.precision(), text);
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
