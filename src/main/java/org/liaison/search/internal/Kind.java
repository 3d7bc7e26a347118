package org.liaison.search.internal;

/** What a hit is; each kind has its own page. */
public enum Kind {
    REPORT("/reports/"),
    REQUEST("/requests/"),
    CASE("/cases/");

    private final String path;

    Kind(String path) {
        this.path = path;
    }

    /** The page of the record with this id. */
    public String link(String id) {
        return path + id;
    }
}
