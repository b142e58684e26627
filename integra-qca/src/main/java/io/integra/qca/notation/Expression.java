package io.integra.qca.notation;

import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sum of products in QCA notation ({@code A*~B + C}, {@code A[1]*B{0,2}}), parsed from text, and its
 * fuzzy membership on a data set (AND = minimum, OR = maximum, NOT = 1 - x; Zadeh's operators as in
 * Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 2).
 */
public record Expression(List<List<Literal>> products) {
    public Expression {
        products = products.stream().map(List::copyOf).toList();
    }

    /**
     * Parses {@code A*~B + C}. Conjunction is {@code *}, disjunction {@code +}, negation a leading {@code ~};
     * multi-value literals take their values in square or curly brackets.
     */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) throw new QcaException("empty expression");
        List<List<Literal>> products = new ArrayList<>();
        for (String product : splitTop(text, '+')) {
            List<Literal> lits = new ArrayList<>();
            for (String lit : splitTop(product, '*')) {
                lits.add(parseLiteral(lit.trim(), text));
            }
            products.add(lits);
        }
        return new Expression(products);
    }

    private static List<String> splitTop(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '[' || ch == '{') depth++;
            if (ch == ']' || ch == '}') depth--;
            if (ch == sep && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static Literal parseLiteral(String s, String whole) {
        boolean neg = false;
        while (s.startsWith("~")) {
            neg = !neg;
            s = s.substring(1).trim();
        }
        Set<Integer> values = new LinkedHashSet<>();
        int br = indexOfBracket(s);
        String name = s;
        if (br >= 0) {
            char close = s.charAt(br) == '[' ? ']' : '}';
            if (!s.endsWith(String.valueOf(close))) throw new QcaException("malformed literal \"" + s + "\" in \"" + whole + "\"");
            name = s.substring(0, br).trim();
            for (String v : s.substring(br + 1, s.length() - 1).split(",")) {
                try {
                    values.add(Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    throw new QcaException("value \"" + v.trim() + "\" of \"" + s + "\" is not an integer");
                }
            }
        }
        if (name.isEmpty() || !name.matches("[\\p{L}_.][\\p{L}\\p{N}_.]*")) {
            throw new QcaException("malformed literal \"" + s + "\" in \"" + whole + "\"");
        }
        return new Literal(name, neg, values);
    }

    private static int indexOfBracket(String s) {
        int a = s.indexOf('['), b = s.indexOf('{');
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    /** Membership of every case in one literal. */
    public static double[] membership(Literal lit, QcaData data) {
        double[] x = data.column(lit.name());
        boolean fuzzy = data.isFuzzy(lit.name());
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double m;
            if (lit.values().isEmpty()) {
                if (!fuzzy && x[i] > 1) {
                    throw new QcaException("\"" + lit.name() + "\" is multi-value: give its value in brackets, e.g. " + lit.name() + "[1]");
                }
                m = x[i];
            } else if (fuzzy) {
                double mm = 0;
                if (lit.values().contains(1)) mm = Math.max(mm, x[i]);
                if (lit.values().contains(0)) mm = Math.max(mm, 1 - x[i]);
                m = mm;
            } else {
                m = lit.values().contains((int) x[i]) ? 1 : 0;
            }
            out[i] = lit.negated() ? 1 - m : m;
        }
        return out;
    }

    /** Membership of every case in one product (fuzzy AND). */
    public static double[] membership(List<Literal> product, QcaData data) {
        double[] out = null;
        for (Literal l : product) {
            double[] m = membership(l, data);
            out = out == null ? m : FuzzyMath.and(out, m);
        }
        return out;
    }

    /** Membership of every case in the whole expression (fuzzy OR of the products). */
    public double[] membership(QcaData data) {
        double[] out = null;
        for (List<Literal> p : products) {
            double[] m = membership(p, data);
            out = out == null ? m : FuzzyMath.or(out, m);
        }
        return out;
    }

    /** The names of the sets used. */
    public Set<String> names() {
        Set<String> s = new LinkedHashSet<>();
        for (List<Literal> p : products) for (Literal l : p) s.add(l.name());
        return s;
    }

    public static String write(List<Literal> product) {
        return String.join("*", product.stream().map(Literal::toString).toList());
    }

    @Override
    public String toString() {
        return String.join(" + ", products.stream().map(Expression::write).toList());
    }

    /** Element-wise fuzzy operations used by the evaluator. */
    static final class FuzzyMath {
        static double[] and(double[] a, double[] b) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) o[i] = Math.min(a[i], b[i]);
            return o;
        }

        static double[] or(double[] a, double[] b) {
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) o[i] = Math.max(a[i], b[i]);
            return o;
        }
    }
}
