package org.liaison.statistics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.liaison.statistics.CooperationFigures;

/** The figures as an XLSX workbook: one sheet, the stable key, the reader's label and the value as a number. */
final class FiguresXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FiguresXlsx() {
    }

    /**
     * @param labels     the reader's label of each figure, in the figures' order
     * @param reconciled the line saying whether both sides agreed the figures of this period
     */
    static void write(CooperationFigures f, List<String> labels, String title, String reconciled, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "Liaison", "1.0");
        Worksheet ws = wb.newWorksheet(f.agency() + " - " + f.partner());
        ws.value(0, 0, title);
        ws.value(1, 0, f.from().toString() + " – " + f.to());
        ws.value(2, 0, reconciled);
        ws.value(3, 0, "statistic");
        ws.value(3, 1, "");
        ws.value(3, 2, "value");
        int row = 4;
        int i = 0;
        for (var e : f.figures().entrySet()) {
            ws.value(row, 0, e.getKey());
            ws.value(row, 1, labels.get(i++));
            ws.value(row, 2, e.getValue() instanceof BigDecimal d ? d : e.getValue());
            row++;
        }
        wb.finish();
    }
}
