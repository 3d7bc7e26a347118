package org.liaison.matching.internal;

/** One reading of a Han character as written ({@code đoàn}, {@code luó}) with its comparison keys. */
record Reading(String written, String plain, String exact) {

    static Reading of(String written) {
        return new Reading(written, LatinSpelling.plain(written), LatinSpelling.exact(written));
    }
}
