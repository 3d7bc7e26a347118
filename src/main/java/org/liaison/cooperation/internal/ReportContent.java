package org.liaison.cooperation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.SourceReliability;
import org.liaison.persons.CrimeArea;

/**
 * What a report says and the conditions on its use, checked.
 *
 * @param lang        the language the officer wrote in ({@code vi}, {@code zh-CN}, {@code en})
 * @param placeAgency the agency of the unit where the facts took place (with {@code placeUnit}), or null
 * @param gate        the border gate's code, or null
 * @param factsAt     the time of day of the facts, or null when only the day is known
 */
public record ReportContent(String title, String body, String lang, CrimeArea crimeArea, String placeAgency,
                            String placeUnit, String gate, String placeText, LocalDate factsOn, LocalTime factsAt,
                            SourceReliability reliability, InformationAccuracy accuracy,
                            Set<HandlingCondition> conditions, String otherConditions) {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 20_000;
    static final int MAX_PLACE = 300;
    static final int MAX_OTHER_CONDITIONS = 2000;

    public ReportContent {
        conditions = Set.copyOf(conditions);
        placeText = placeText == null ? "" : placeText;
        otherConditions = otherConditions == null ? "" : otherConditions;
    }
}
