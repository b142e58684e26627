package io.integra.qca.plots;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * XY plot of a sufficiency relation, as R QCA's {@code XYplot()}: each unit's membership in the term or
 * solution (x) against its membership in the outcome (y), on the unit square with the diagonal; units
 * above the diagonal are consistent with sufficiency (Ragin 2008, ch. 3). The title carries the parameters
 * of fit computed by the caller (inclS, PRI, covS).
 */
public final class XyPlot {
    /** Colour of the points; tests find the points by it. */
    public static final Color POINT = new Color(31, 119, 180);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private XyPlot() {}

    /** One unit: its label and its memberships in X and Y. */
    public record Point(String label, double x, double y) {}

    /**
     * @param title  e.g. "M1: A*B + C -> Y"
     * @param fit    e.g. "inclS 0.899  PRI 0.808  covS 0.712" (a second title line)
     * @param labels whether to write each unit's label beside its point (for a few dozen units)
     */
    public static JFreeChart chart(String title, String fit, String xLabel, String yLabel, List<Point> points, boolean labels) {
        XYSeries s = new XYSeries("units", false, true);
        for (Point p : points) s.add(p.x(), p.y());
        XYSeriesCollection ds = new XYSeriesCollection(s);
        NumberAxis x = new NumberAxis(xLabel), y = new NumberAxis(yLabel);
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(-0.02, 1.02);
            a.setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, POINT);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, 1, 1, new BasicStroke(1f), Color.GRAY);
        plot.addAnnotation(diagonal);
        for (double v : new double[] {0.5}) {
            plot.addAnnotation(new XYLineAnnotation(v, 0, v, 1, new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f), Color.LIGHT_GRAY));
            plot.addAnnotation(new XYLineAnnotation(0, v, 1, v, new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f), Color.LIGHT_GRAY));
        }
        if (labels) {
            // units at the same place (e.g. the years of a case that did not change) share one label
            java.util.Map<String, List<Point>> at = new java.util.LinkedHashMap<>();
            for (Point p : points) at.computeIfAbsent(Math.round(p.x() * 1e6) + ":" + Math.round(p.y() * 1e6), k -> new java.util.ArrayList<>()).add(p);
            for (List<Point> same : at.values()) {
                Point p = same.get(0);
                String label = same.size() <= 3 ? String.join(", ", same.stream().map(Point::label).toList())
                        : same.get(0).label() + ", " + same.get(1).label() + " … (" + same.size() + ")";
                XYTextAnnotation t = new XYTextAnnotation(label, p.x(), p.y());
                t.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
                t.setTextAnchor(p.x() > 0.75 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                t.setPaint(Color.DARK_GRAY);
                plot.addAnnotation(t);
            }
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (fit != null && !fit.isBlank()) {
            org.jfree.chart.title.TextTitle sub = new org.jfree.chart.title.TextTitle(fit, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            chart.addSubtitle(sub);
        }
        return chart;
    }

    /** The chart as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as a PNG image. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(b, chart, width, height);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
