package io.integra.qca.truthtable;

import io.integra.qca.QcaException;

import java.util.ArrayList;
import java.util.List;

/** One truth table sort key: a column ({@code OUT}, {@code n}, {@code incl}, {@code PRI} or a condition) and its direction. */
public record SortKey(String column, boolean decreasing) {
    /** Parses R's {@code sort.by} text, e.g. {@code "incl, n"} or {@code "incl-, n+"} (no suffix or "-" = decreasing). */
    public static List<SortKey> parse(String text) {
        List<SortKey> keys = new ArrayList<>();
        if (text == null || text.isBlank()) return keys;
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            boolean dec = true;
            if (p.endsWith("+")) {
                dec = false;
                p = p.substring(0, p.length() - 1).trim();
            } else if (p.endsWith("-")) {
                p = p.substring(0, p.length() - 1).trim();
            }
            if (p.equalsIgnoreCase("out")) p = "OUT";
            if (p.isEmpty()) throw new QcaException("empty sort key in \"" + text + "\"");
            keys.add(new SortKey(p, dec));
        }
        return keys;
    }
}
