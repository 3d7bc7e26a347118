package org.liaison.statistics.web;

import org.liaison.statistics.CooperationFigures;

/** The report as CSV: a header {@code statistic,value}, then one row per statistic; keys need no quoting. */
final class FiguresCsv {

    static final String MEDIA_TYPE = "text/csv";

    private FiguresCsv() {
    }

    static String of(CooperationFigures figures) {
        StringBuilder csv = new StringBuilder("statistic,value\r\n");
        figures.figures().forEach((key, value) -> csv.append(key).append(',').append(CooperationFigures.plain(value)).append("\r\n"));
        return csv.toString();
    }

    static String fileName(CooperationFigures f, String extension) {
        return "cooperation-" + f.agency() + "-" + f.partner() + "-" + f.from() + "-" + f.to() + "." + extension;
    }
}
