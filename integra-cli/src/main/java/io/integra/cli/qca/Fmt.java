package io.integra.cli.qca;

import java.util.Locale;

/** Number formatting for text and CSV output (three decimals in text, as R prints; full precision in CSV). */
final class Fmt {
    private Fmt() {}

    static String d3(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }

    static String full(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    static String cut(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "…";
    }
}
