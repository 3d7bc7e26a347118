package org.liaison.statistics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the dashboard's charts, drawn as inline SVG by the template: no script, and the figures read the
 * same printed. Sizes are in the SVG's own units; the CSS scales the picture to the page.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int TOP = 20;
    private static final int BOTTOM = 30;
    private static final int LEFT = 40;

    private Charts() {
    }

    /** A bar with its label and value; {@code x,y,w,h} place the bar, {@code tx,ty} its value, {@code lx,ly} its label. */
    record Bar(String label, long value, int x, int y, int w, int h, int tx, int ty, int lx, int ly, String href) {
    }

    /** One point of a line, and the polyline's {@code points} attribute for the whole series. */
    record Line(List<Bar> points, String polyline) {
    }

    record Labelled(String label, long value, String href) {
    }

    /** Upright columns, one per value, left to right. */
    static List<Bar> columns(List<Labelled> values) {
        long max = Math.max(1, values.stream().mapToLong(Labelled::value).max().orElse(1));
        int slot = values.isEmpty() ? 0 : (WIDTH - LEFT) / values.size();
        int plot = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Labelled v = values.get(i);
            int h = (int) Math.round((double) plot * v.value() / max);
            int x = LEFT + i * slot + slot / 6;
            int w = Math.max(2, slot * 2 / 3);
            int y = TOP + plot - h;
            bars.add(new Bar(v.label(), v.value(), x, y, w, h, x + w / 2, y - 4, x + w / 2, HEIGHT - BOTTOM + 16,
                    v.href()));
        }
        return bars;
    }

    /** A line over the same slots as {@link #columns}, scaled to its own maximum. */
    static Line line(List<Labelled> values) {
        List<Bar> points = columns(values);
        StringBuilder polyline = new StringBuilder();
        for (Bar b : points) {
            polyline.append(b.x() + b.w() / 2).append(',').append(b.y()).append(' ');
        }
        return new Line(points, polyline.toString().strip());
    }

    /** Lying bars, one row each, top to bottom, with the label left of the bar. */
    static List<Bar> rows(List<Labelled> values) {
        long max = Math.max(1, values.stream().mapToLong(Labelled::value).max().orElse(1));
        int labels = 220;
        int row = 24;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Labelled v = values.get(i);
            int w = (int) Math.round((double) (WIDTH - labels - 60) * v.value() / max);
            int y = 8 + i * row;
            bars.add(new Bar(v.label(), v.value(), labels, y, w, row - 8, labels + w + 6, y + row - 11, labels - 8,
                    y + row - 11, v.href()));
        }
        return bars;
    }

    static int rowsHeight(int count) {
        return 16 + count * 24;
    }
}
