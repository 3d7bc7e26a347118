package org.liaison.shared;

import java.util.regex.Pattern;

/** An agency's short code, country first: {@code VN-CB} (Cao Bang), {@code CN-GX} (Guangxi). */
public record AgencyCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,8}");

    public AgencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "Agency code must be a two-letter country code, a hyphen and 2-8 letters or digits, e.g. VN-CB; got '"
                            + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String country() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
