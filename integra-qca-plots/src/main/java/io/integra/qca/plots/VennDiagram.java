package io.integra.qca.plots;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Venn diagram of a crisp truth table with one to five conditions, as R's {@code venn()} draws a QCA truth
 * table: one set per condition, each of the 2^k regions one configuration, coloured by its output value
 * (1, 0, contradiction C, remainder ?) and labelled with its number of cases; a key lists the cases of each
 * observed configuration. Four and five sets use congruent ellipses (the usual four-ellipse Venn diagram and
 * Gr&uuml;nbaum's five-ellipse one); each region is the exact {@link Area} intersection of the sets it is in and
 * the complements of the others, so that every configuration has its own region (checked in the tests).
 */
public final class VennDiagram {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    public static final Color OUT1 = new Color(120, 180, 120);
    public static final Color OUT0 = new Color(205, 205, 205);
    public static final Color CONTRADICTION = new Color(230, 180, 90);
    public static final Color REMAINDER = Color.WHITE;

    private VennDiagram() {}

    /** One configuration: condition values (0/1, one per set), output ("1", "0", "C", "?"), and its cases. */
    public record Region(int[] values, String out, List<String> cases) {
        public Region {
            values = values.clone();
            cases = List.copyOf(cases);
        }
    }

    /**
     * Ellipses on the unit square (y up): centre x, centre y, width, height, rotation in degrees.
     * Four and five sets: the usual layouts of congruent ellipses.
     */
    static double[][] layout(int k) {
        switch (k) {
            case 1: return new double[][] {{0.5, 0.5, 0.6, 0.6, 0}};
            case 2: return new double[][] {{0.38, 0.5, 0.5, 0.5, 0}, {0.62, 0.5, 0.5, 0.5, 0}};
            case 3: return new double[][] {{0.38, 0.42, 0.5, 0.5, 0}, {0.62, 0.42, 0.5, 0.5, 0}, {0.5, 0.62, 0.5, 0.5, 0}};
            case 4: return new double[][] {{0.350, 0.400, 0.72, 0.45, 140}, {0.450, 0.500, 0.72, 0.45, 140},
                    {0.544, 0.500, 0.72, 0.45, 40}, {0.644, 0.400, 0.72, 0.45, 40}};
            case 5: return new double[][] {{0.428, 0.449, 0.87, 0.50, 155}, {0.469, 0.543, 0.87, 0.50, 82},
                    {0.558, 0.523, 0.87, 0.50, 10}, {0.578, 0.432, 0.87, 0.50, 118}, {0.489, 0.383, 0.87, 0.50, 46}};
            default: throw new IllegalArgumentException("a Venn diagram takes 1 to 5 conditions, not " + k);
        }
    }

    /** The set shapes in pixels: the unit square mapped to a {@code size} square at (x0, y0), y pointing down. */
    static List<Area> sets(int k, double x0, double y0, double size) {
        List<Area> out = new ArrayList<>();
        for (double[] e : layout(k)) {
            Ellipse2D el = new Ellipse2D.Double(-e[2] / 2, -e[3] / 2, e[2], e[3]);
            AffineTransform t = new AffineTransform();
            t.translate(x0, y0 + size);
            t.scale(size, -size);
            t.translate(e[0], e[1]);
            t.rotate(Math.toRadians(e[4]));
            out.add(new Area(t.createTransformedShape(el)));
        }
        return out;
    }

    /** Region of a configuration: inside the sets valued 1, outside those valued 0, within the frame. */
    static Area region(List<Area> sets, int[] values, Rectangle2D frame) {
        Area a = new Area(frame);
        for (int c = 0; c < sets.size(); c++) {
            if (values[c] == 1) a.intersect(sets.get(c));
            else a.subtract(sets.get(c));
        }
        return a;
    }

    /** Row number (1-based, R's order: the first condition varies slowest) of a crisp configuration. */
    static int rowNumber(int[] v) {
        int r = 0;
        for (int x : v) r = r * 2 + x;
        return r + 1;
    }

    public static String svg(String title, List<String> sets, List<Region> rows) {
        int[] size = size(sets, rows);
        SVGGraphics2D g = new SVGGraphics2D(size[0], size[1]);
        draw(g, title, sets, rows, size[0], size[1], true);
        return g.getSVGDocument();
    }

    public static byte[] png(String title, List<String> sets, List<Region> rows) {
        int[] size = size(sets, rows);
        BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        draw(g, title, sets, rows, size[0], size[1], false);
        g.dispose();
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(img, "png", b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int DIAGRAM = 460, KEY_W = 420, TOP = 40, LINE = 15;

    private static int[] size(List<String> sets, List<Region> rows) {
        long keyLines = rows.stream().filter(r -> !r.cases().isEmpty()).count() + 6;
        return new int[] {DIAGRAM + KEY_W, (int) Math.max(TOP + DIAGRAM + 20, TOP + keyLines * LINE + 20)};
    }

    private static void draw(Graphics2D g, String title, List<String> names, List<Region> rows, int w, int h, boolean svg) {
        int k = names.size();
        layout(k);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(title, 10, 20);
        double x0 = 10, y0 = TOP, s = DIAGRAM - 20;
        Rectangle2D frame = new Rectangle2D.Double(x0, y0, s, s);
        List<Area> sets = sets(k, x0, y0, s);
        Map<Integer, Region> byRow = new HashMap<>();
        for (Region r : rows) byRow.put(rowNumber(r.values()), r);
        int[][] labelAt = labelPoints(sets, frame, k);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int no = 1; no <= (1 << k); no++) {
            int[] v = new int[k];
            for (int c = 0; c < k; c++) v[c] = ((no - 1) >> (k - 1 - c)) & 1;
            Region r = byRow.get(no);
            String out = r == null ? "?" : r.out();
            Area a = region(sets, v, frame);
            if (svg) g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "row-" + no);
            if (svg) g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, "row " + no + ": OUT " + out + (r == null ? "" : ", " + r.cases().size() + " case(s)"));
            g.setColor(switch (out) {
                case "1" -> OUT1;
                case "C" -> CONTRADICTION;
                case "0" -> OUT0;
                default -> REMAINDER;
            });
            g.fill(a);
            if (r != null && !r.cases().isEmpty() && labelAt[no] != null) {
                g.setColor(Color.BLACK);
                g.drawString(String.valueOf(r.cases().size()), labelAt[no][0] - 3, labelAt[no][1] + 4);
            }
            if (svg) g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
        }
        g.setStroke(new BasicStroke(1.2f));
        Color[] outline = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44), new Color(148, 103, 189), new Color(140, 86, 75)};
        for (int c = 0; c < k; c++) {
            g.setColor(outline[c]);
            g.draw(sets.get(c));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(frame);
        // key: set names with their colours, output colours, cases of each observed configuration
        int kx = DIAGRAM + 10, ky = TOP + 10;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        StringBuilder setsLine = new StringBuilder();
        for (int c = 0; c < k; c++) {
            g.setColor(outline[c]);
            g.drawString(names.get(c), kx + setsLine.length() * 7, ky);
            setsLine.append(names.get(c)).append("  ");
        }
        ky += LINE;
        g.setColor(Color.BLACK);
        g.drawString("fill: green = 1, grey = 0, orange = C, white = remainder", kx, ky);
        ky += LINE + 4;
        for (Region r : rows) {
            if (r.cases().isEmpty()) continue;
            StringBuilder conf = new StringBuilder();
            for (int x : r.values()) conf.append(x);
            String line = conf + "  OUT " + r.out() + "  " + String.join(", ", r.cases());
            if (line.length() > 64) line = line.substring(0, 63) + "…";
            g.drawString(line, kx, ky);
            ky += LINE;
        }
    }

    /** For each region (by row number) a point well inside it: the grid cell farthest from the region's edge. */
    static int[][] labelPoints(List<Area> sets, Rectangle2D frame, int k) {
        int n = 120;
        int[][] code = new int[n][n];
        double cw = frame.getWidth() / n, ch = frame.getHeight() / n;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = frame.getX() + (i + 0.5) * cw, y = frame.getY() + (j + 0.5) * ch;
                int r = 0;
                for (Area a : sets) r = r * 2 + (a.contains(x, y) ? 1 : 0);
                code[i][j] = r + 1;
            }
        }
        int[][] dist = new int[n][n];
        ArrayDeque<int[]> q = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean edge = i == 0 || j == 0 || i == n - 1 || j == n - 1
                        || code[i - 1][j] != code[i][j] || code[i + 1][j] != code[i][j] || code[i][j - 1] != code[i][j] || code[i][j + 1] != code[i][j];
                dist[i][j] = edge ? 0 : Integer.MAX_VALUE;
                if (edge) q.add(new int[] {i, j});
            }
        }
        int[][] d4 = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int[] p = q.poll();
            for (int[] d : d4) {
                int a = p[0] + d[0], b = p[1] + d[1];
                if (a < 0 || b < 0 || a >= n || b >= n || code[a][b] != code[p[0]][p[1]]) continue;
                if (dist[a][b] > dist[p[0]][p[1]] + 1) {
                    dist[a][b] = dist[p[0]][p[1]] + 1;
                    q.add(new int[] {a, b});
                }
            }
        }
        int[][] best = new int[(1 << k) + 1][];
        int[] bestD = new int[(1 << k) + 1];
        java.util.Arrays.fill(bestD, -1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int c = code[i][j];
                if (dist[i][j] > bestD[c]) {
                    bestD[c] = dist[i][j];
                    best[c] = new int[] {(int) (frame.getX() + (i + 0.5) * cw), (int) (frame.getY() + (j + 0.5) * ch)};
                }
            }
        }
        return best;
    }
}
