package io.integra.qca.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal reader of the R calls in the manifest: function name, positional and named arguments as text. */
record RCall(String function, List<String> positional, Map<String, String> named) {
    static RCall parse(String text) {
        text = text.trim();
        int open = text.indexOf('(');
        String fn = text.substring(0, open).trim();
        String inner = text.substring(open + 1, matching(text, open));
        List<String> pos = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (String arg : splitArgs(inner)) {
            String a = arg.trim();
            if (a.isEmpty()) continue;
            int eq = topLevelEquals(a);
            if (eq > 0) named.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
            else pos.add(a);
        }
        return new RCall(fn, pos, named);
    }

    String arg(String name, int position) {
        if (named.containsKey(name)) return named.get(name);
        return position < positional.size() ? positional.get(position) : null;
    }

    static int matching(String s, int open) {
        int depth = 0;
        boolean q = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') q = !q;
            if (q) continue;
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unbalanced: " + s);
    }

    static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean q = false;
        StringBuilder cur = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"') q = !q;
            if (!q && (c == '(' || c == '[')) depth++;
            if (!q && (c == ')' || c == ']')) depth--;
            if (c == ',' && depth == 0 && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static int topLevelEquals(String a) {
        boolean q = false;
        int depth = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '"') q = !q;
            if (q) continue;
            if (c == '(' || c == '[') depth++;
            if (c == ')' || c == ']') depth--;
            if (c == '=' && depth == 0 && (i + 1 >= a.length() || a.charAt(i + 1) != '=') && i > 0 && a.charAt(i - 1) != '<' && a.charAt(i - 1) != '>' && a.charAt(i - 1) != '!') {
                return a.substring(0, i).trim().matches("[A-Za-z.][A-Za-z0-9._]*") ? i : -1;
            }
        }
        return -1;
    }

    static String unquote(String s) {
        if (s == null) return null;
        s = s.trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) return s.substring(1, s.length() - 1);
        return s;
    }

    /** c(1, 2) or "1, 2" or 1 as a list of strings. */
    static List<String> vector(String s) {
        s = s.trim();
        if (s.startsWith("c(")) {
            List<String> out = new ArrayList<>();
            for (String p : splitArgs(s.substring(2, matching(s, 1)))) out.add(unquote(p.trim()));
            return out;
        }
        s = unquote(s);
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) out.add(p.trim());
        return out;
    }
}
