package io.integra.cli.qca.json;

/** Fit values as JSON numbers: NaN and infinities (undefined fit, e.g. no case in the set) become null. */
public final class Numbers {
    private Numbers() {}

    public static Double orNull(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
