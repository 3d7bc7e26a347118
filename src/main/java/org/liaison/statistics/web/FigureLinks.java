package org.liaison.statistics.web;

import java.util.Locale;
import org.liaison.statistics.CooperationFigures;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the records behind a figure are listed: the owning module's list page, filtered as far as it can be.
 * Reports and requests lists have no period filter, so their figures open the whole list of that direction.
 */
final class FigureLinks {

    private FigureLinks() {
    }

    static String of(String key, CooperationFigures f) {
        return switch (key) {
            case "delegations" -> engagements("VISIT", f);
            case "talks" -> engagements("TALKS", f);
            case "agreements_signed" -> engagements("AGREEMENT", f);
            case "training_courses", "trainees" -> engagements("TRAINING_COURSE", f);
            case "handovers_to_cn" -> period("/handovers", f).queryParam("direction", "TO_CHINA").toUriString();
            case "handovers_to_vn" -> period("/handovers", f).queryParam("direction", "TO_VIET_NAM").toUriString();
            case "cases_coordinated" -> period("/cases", f).toUriString();
            case "reports_sent" -> "/reports?origin=OWN";
            case "reports_received" -> "/reports?origin=RECEIVED";
            case "requests_sent", "requests_answered", "requests_answered_on_time", "requests_answered_on_time_pct" ->
                    "/requests?origin=OWN";
            case "requests_received" -> "/requests?origin=RECEIVED";
            default -> key.startsWith("cases_") ? period("/cases", f)
                    .queryParam("crimeArea", key.substring("cases_".length()).toUpperCase(Locale.ROOT))
                    .toUriString() : key.startsWith("seizures_") ? period("/cases", f).toUriString() : null;
        };
    }

    private static String engagements(String kind, CooperationFigures f) {
        return period("/engagements", f).queryParam("kind", kind).toUriString();
    }

    private static UriComponentsBuilder period(String path, CooperationFigures f) {
        return UriComponentsBuilder.fromPath(path).queryParam("from", f.from()).queryParam("to", f.to());
    }
}
