package io.integra.qca.data;

import io.integra.qca.QcaException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set of cases (rows) by sets (columns): crisp (integer values 0..k-1, multi-value when k &gt; 2)
 * or fuzzy (memberships in [0,1]). Immutable.
 */
public final class QcaData {
    private final List<String> cases;
    private final List<String> columns;
    private final Map<String, double[]> values;

    public QcaData(List<String> cases, List<String> columns, List<double[]> columnValues) {
        if (columns.size() != columnValues.size()) {
            throw new IllegalArgumentException("columns and values differ in length");
        }
        this.cases = List.copyOf(cases);
        this.columns = List.copyOf(columns);
        this.values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            double[] v = columnValues.get(i);
            if (v.length != cases.size()) {
                throw new IllegalArgumentException("column " + columns.get(i) + " has " + v.length + " values, expected " + cases.size());
            }
            if (values.put(columns.get(i), v.clone()) != null) {
                throw new QcaException("duplicate column \"" + columns.get(i) + "\"");
            }
        }
    }

    public List<String> cases() { return cases; }

    public List<String> columns() { return columns; }

    public int size() { return cases.size(); }

    public boolean has(String column) { return values.containsKey(column); }

    /** A copy of a column's values; throws QcaException for an unknown column. */
    public double[] column(String name) {
        return raw(name).clone();
    }

    double[] raw(String name) {
        double[] v = values.get(name);
        if (v == null) {
            throw new QcaException("condition \"" + name + "\" is not in the data (columns: " + String.join(", ", columns) + ")");
        }
        return v;
    }

    public double value(String column, int row) { return raw(column)[row]; }

    /** True when the column has a non-integer value (a fuzzy set), as R's admisc::getInfo decides. */
    public boolean isFuzzy(String column) {
        for (double x : raw(column)) {
            if (x != Math.rint(x)) return true;
        }
        return false;
    }

    /** Number of levels: 2 for a fuzzy set, max+1 for a crisp one (at least 2). */
    public int levels(String column) {
        if (isFuzzy(column)) return 2;
        double max = 0;
        for (double x : raw(column)) max = Math.max(max, x);
        return Math.max(2, (int) max + 1);
    }

    /** Checks a set's values: fuzzy in [0,1], crisp non-negative integers. */
    public void validateSet(String column) {
        double[] v = raw(column);
        boolean fuzzy = isFuzzy(column);
        for (int i = 0; i < v.length; i++) {
            double x = v[i];
            if (Double.isNaN(x)) {
                throw new QcaException("column \"" + column + "\", case " + cases.get(i) + ": missing value");
            }
            if (fuzzy && (x < 0 || x > 1)) {
                throw new QcaException("column \"" + column + "\", case " + cases.get(i) + ": fuzzy value " + x + " outside [0,1]");
            }
            if (!fuzzy && x < 0) {
                throw new QcaException("column \"" + column + "\", case " + cases.get(i) + ": crisp value " + x + " is negative");
            }
        }
    }

    /** A data set with one column replaced or added. */
    public QcaData with(String column, double[] newValues) {
        List<String> cols = new ArrayList<>(columns);
        List<double[]> vals = new ArrayList<>();
        for (String c : columns) vals.add(c.equals(column) ? newValues : values.get(c));
        if (!values.containsKey(column)) {
            cols.add(column);
            vals.add(newValues);
        }
        return new QcaData(cases, cols, vals);
    }

    /** The subset of rows given by index. */
    public QcaData rows(int[] rows) {
        List<String> cs = new ArrayList<>();
        for (int r : rows) cs.add(cases.get(r));
        List<double[]> vals = new ArrayList<>();
        for (String c : columns) {
            double[] src = values.get(c);
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) v[i] = src[rows[i]];
            vals.add(v);
        }
        return new QcaData(cs, columns, vals);
    }

    @Override
    public String toString() {
        return "QcaData" + columns + " x " + cases.size() + " cases";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QcaData)) return false;
        QcaData d = (QcaData) o;
        if (!cases.equals(d.cases) || !columns.equals(d.columns)) return false;
        for (String c : columns) if (!Arrays.equals(values.get(c), d.values.get(c))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return cases.hashCode() * 31 + columns.hashCode();
    }
}
