package dev.ltt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws throughput against learners as an SVG line chart from a CSV of {@code series,learners,requests_per_second}
 * (one line per series, learners on a log scale), so the chart in docs/performance.md is made from the measured
 * numbers and nothing else. No dependencies, so it runs as a single source file:
 * {@code java ltt-bench/src/main/java/dev/ltt/bench/ThroughputChart.java docs/performance-throughput.csv docs/performance-throughput.svg}.
 */
public final class ThroughputChart {
    private static final int WIDTH = 760, HEIGHT = 420, LEFT = 70, RIGHT = 230, TOP = 40, BOTTOM = 60;
    private static final String[] COLOURS = {"#1f77b4", "#aec7e8", "#d62728", "#ff9896", "#2ca02c", "#9467bd", "#8c564b"
    };

    private ThroughputChart() {}

    public static void main(String[] args) throws IOException {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("series")) continue;
            String[] f = line.split(",");
            series.computeIfAbsent(f[0].trim(), k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim())});
        }
        Files.writeString(Path.of(args[1]), svg(series));
    }

    static String svg(Map<String, List<double[]>> series) {
        double minX = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (List<double[]> points : series.values()) {
            for (double[] p : points) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        double top = niceCeiling(maxY);
        double lx0 = Math.log10(minX), lx1 = Math.log10(maxX);
        int plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"22\" font-size=\"15\">Throughput against learners "
                        + "(requests or transactions per second)</text>%n",
                LEFT));
        for (int i = 0; i <= 5; i++) {
            double v = top * i / 5;
            double y = TOP + plotH - plotH * v / top;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n",
                    LEFT,
                    y,
                    LEFT + plotW,
                    y,
                    LEFT - 6,
                    y + 4,
                    v));
        }
        for (List<double[]> points : series.values()) {
            for (double[] p : points) {
                double x = LEFT + (lx1 == lx0 ? 0 : plotW * (Math.log10(p[0]) - lx0) / (lx1 - lx0));
                s.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
                        x,
                        TOP + plotH + 18,
                        p[0]));
            }
            break;
        }
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">learners with progress " + "(log scale)</text>%n",
                LEFT + plotW / 2,
                HEIGHT - 18));
        s.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT,
                TOP,
                LEFT,
                TOP + plotH,
                LEFT,
                TOP + plotH,
                LEFT + plotW,
                TOP + plotH));
        int k = 0;
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            String colour = COLOURS[k % COLOURS.length];
            boolean floor = e.getKey().contains("floor");
            StringBuilder path = new StringBuilder();
            for (double[] p : e.getValue()) {
                double x = LEFT + (lx1 == lx0 ? 0 : plotW * (Math.log10(p[0]) - lx0) / (lx1 - lx0));
                double y = TOP + plotH - plotH * p[1] / top;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                s.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, colour));
            }
            s.append(String.format(
                    Locale.ROOT,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    path,
                    colour,
                    floor ? " stroke-dasharray=\"6 4\"" : ""));
            int ly = TOP + 10 + 20 * k;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                            + "stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    LEFT + plotW + 15,
                    ly,
                    LEFT + plotW + 40,
                    ly,
                    colour,
                    floor ? " stroke-dasharray=\"6 4\"" : "",
                    LEFT + plotW + 46,
                    ly + 4,
                    escape(e.getKey())));
            k++;
        }
        return s.append("</svg>\n").toString();
    }

    private static double niceCeiling(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * step >= v) return m * step;
        return 10 * step;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
