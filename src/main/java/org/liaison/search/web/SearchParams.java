package org.liaison.search.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.search.internal.Criteria;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as the page's form and the API send it, bound from the query string; every part as typed, so the form can
 * show a mistake again for correction.
 */
public record SearchParams(String q, String kind, String area, String unit, String from, String to, String status,
                           String page) {

    /** Checks the parts; a {@code SearchRefused} names every problem. */
    Criteria criteria() {
        return Criteria.parse(q, kind, area, unit, from, to, status, page);
    }

    /** The words as typed, never null. */
    public String words() {
        return q == null ? "" : q;
    }

    /** The link to another page of the same search. */
    public String pageLink(int number) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("q", q);
        parts.put("kind", kind);
        parts.put("area", area);
        parts.put("unit", unit);
        parts.put("from", from);
        parts.put("to", to);
        parts.put("status", status);
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/search");
        parts.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("page", number).encode().build().toUriString();
    }
}
