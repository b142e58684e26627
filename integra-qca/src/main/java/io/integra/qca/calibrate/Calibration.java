package io.integra.qca.calibrate;

import io.integra.qca.QcaException;

import java.util.Arrays;

/**
 * Direct calibration of raw values into set memberships, as R QCA's {@code calibrate()} (Dusa 2019, ch. 4):
 * <ul>
 * <li>crisp: the number of thresholds at or below the value (0, 1, ... : binary or multi-value crisp sets);</li>
 * <li>fuzzy, three anchors (exclusion e, crossover c, inclusion i): Ragin's logistic "direct method"
 *     (Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 5) with log-odds &plusmn;log(idm/(1-idm)) at the
 *     anchors, or the piecewise power function ((x-e)/(c-e))^below / 2 ... with {@code logistic = false},
 *     optionally with the empirical cumulative distribution ({@code ecdf}); decreasing when i &lt; c &lt; e;</li>
 * <li>fuzzy, six anchors (e1, c1, i1, i2, c2, e2): bell-shaped (or inverted, i1 c1 e1 e2 c2 i2) functions,
 *     triangular or trapezoidal with below = above = 1.</li>
 * </ul>
 * Memberships below 0.0001 become 0 and above 0.9999 become 1, as in R.
 */
public final class Calibration {
    private Calibration() {}

    /** Crisp calibration (R's {@code findInterval} on the sorted thresholds). */
    public static double[] crisp(double[] x, double... thresholds) {
        if (thresholds.length == 0) throw new QcaException("crisp calibration needs at least one threshold");
        double[] th = thresholds.clone();
        Arrays.sort(th);
        double min = Arrays.stream(x).min().orElse(0), max = Arrays.stream(x).max().orElse(0);
        for (double t : th) {
            if (t < min || t > max) throw new QcaException("threshold " + t + " outside the range of the values [" + min + ", " + max + "]");
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int k = 0;
            while (k < th.length && th[k] <= x[i]) k++;
            out[i] = k;
        }
        return out;
    }

    /** Options of fuzzy direct calibration. */
    public record Options(boolean logistic, double idm, double below, double above, boolean ecdf) {
        public static final Options DEFAULT = new Options(true, 0.95, 1, 1, false);

        public Options {
            if (idm <= 0.5 || idm >= 1) throw new QcaException("the inclusion degree of membership must be in (0.5, 1)");
            if (below <= 0 || above <= 0) throw new QcaException("below and above must be positive");
        }
    }

    /**
     * One value by Ragin's direct method with R's defaults (logistic, idm = 0.95: memberships 0.05 and
     * 0.95 at the exclusion and inclusion anchors, 0.5 at the crossover; below 0.0001 is 0, above
     * 0.9999 is 1); NaN stays NaN. Increasing (e &lt; c &lt; i) or decreasing (i &lt; c &lt; e) anchors.
     * The measured memberships (integra-flows' {@code Measurer}) are calibrated here.
     */
    public static double direct(double x, double e, double c, double i) {
        return fuzzy(new double[] {x}, e, c, i, Options.DEFAULT)[0];
    }

    /** Fuzzy direct calibration with three anchors: exclusion, crossover, inclusion. */
    public static double[] fuzzy(double[] x, double e, double c, double i, Options o) {
        double thEX = e, thCR = c, thIN = i;
        boolean ordered = (e < c && c < i) || (i < c && c < e);
        if (!ordered) throw new QcaException("the crossover must lie strictly between the exclusion and inclusion anchors");
        double[] fs = new double[x.length];
        if (o.logistic()) {
            boolean decreasing = e > i;
            if (decreasing) {
                thEX = i;
                thIN = e;
            }
            double logit = Math.log(o.idm() / (1 - o.idm()));
            for (int k = 0; k < x.length; k++) {
                double v = x[k] < thCR
                        ? 1 / (1 + Math.exp((x[k] - thCR) * logit / (thEX - thCR)))
                        : 1 / (1 + Math.exp(-(x[k] - thCR) * logit / (thIN - thCR)));
                fs[k] = decreasing ? 1 - v : v;
            }
        } else {
            boolean increasing = !(thIN < thCR && thCR < thEX);
            double[] ecdfx = null;
            double lo = Math.min(e, Math.min(c, i)), hi = Math.max(e, Math.max(c, i));
            if (o.ecdf()) ecdfx = Arrays.stream(x).filter(v -> v >= lo && v <= hi).sorted().toArray();
            for (int k = 0; k < x.length; k++) {
                double xi = x[k];
                if (increasing) {
                    if (le(xi, thEX)) fs[k] = 0;
                    else if (le(xi, thCR)) fs[k] = o.ecdf() ? (ecdf(ecdfx, xi) / ecdf(ecdfx, thCR)) / 2 : Math.pow((thEX - xi) / (thEX - thCR), o.below()) / 2;
                    else if (le(xi, thIN)) fs[k] = o.ecdf() ? 1 - ((1 - ecdf(ecdfx, xi)) / (1 - ecdf(ecdfx, thCR))) / 2 : 1 - Math.pow((thIN - xi) / (thIN - thCR), o.above()) / 2;
                    else fs[k] = 1;
                } else {
                    if (le(xi, thIN)) fs[k] = 1;
                    else if (le(xi, thCR)) fs[k] = o.ecdf() ? 1 - (ecdf(ecdfx, xi) / ecdf(ecdfx, thCR)) / 2 : 1 - Math.pow((thIN - xi) / (thIN - thCR), o.above()) / 2;
                    else if (le(xi, thEX)) fs[k] = o.ecdf() ? ((1 - ecdf(ecdfx, xi)) / (1 - ecdf(ecdfx, thCR))) / 2 : Math.pow((thEX - xi) / (thEX - thCR), o.below()) / 2;
                    else fs[k] = 0;
                }
            }
        }
        return clamp(fs);
    }

    /** Bell-shaped (e1 &lt; c1 &lt; i1 &le; i2 &lt; c2 &lt; e2) or inverted bell (i1 &lt; c1 &lt; e1 &le; e2 &lt; c2 &lt; i2) calibration. */
    public static double[] bell(double[] x, double e1, double c1, double i1, double i2, double c2, double e2, double below, double above) {
        if (c1 < Math.min(e1, i1) || c1 > Math.max(e1, i1)) throw new QcaException("first crossover not between first exclusion and inclusion thresholds");
        if (c2 < Math.min(e2, i2) || c2 > Math.max(e2, i2)) throw new QcaException("second crossover not between second exclusion and inclusion thresholds");
        if (below <= 0 || above <= 0) throw new QcaException("below and above must be positive");
        boolean increasing = !(i1 < c1 && c1 < e1 && e1 <= e2 && e2 < c2 && c2 < i2);
        boolean someEqual = e1 == c1 || c1 == i1 || e1 == i1 || i2 == c2 || c2 == e2 || i2 == e2 || c1 == c2
                || (increasing ? e1 == e2 : i1 == i2);
        if (someEqual) throw new QcaException("some thresholds are equal that should not be equal");
        double[] fs = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double xi = x[k];
            double f;
            if (increasing) {
                if (le(xi, e1)) f = 0;
                else if (le(xi, c1)) f = Math.pow((e1 - xi) / (e1 - c1), below) / 2;
                else if (xi < i1) f = 1 - Math.pow((i1 - xi) / (i1 - c1), above) / 2;
                else if (le(xi, i2)) f = 1;
                else if (le(xi, c2)) f = 1 - Math.pow((i2 - xi) / (i2 - c2), above) / 2;
                else if (le(xi, e2)) f = Math.pow((e2 - xi) / (e2 - c2), below) / 2;
                else f = 0;
            } else {
                if (le(xi, i1)) f = 1;
                else if (le(xi, c1)) f = 1 - Math.pow((i1 - xi) / (i1 - c1), above) / 2;
                else if (xi < e1) f = Math.pow((e1 - xi) / (e1 - c1), below) / 2;
                else if (le(xi, e2)) f = 0;
                else if (le(xi, c2)) f = Math.pow((e2 - xi) / (e2 - c2), below) / 2;
                else if (le(xi, i2)) f = 1 - Math.pow((i2 - xi) / (i2 - c2), above) / 2;
                else f = 1;
            }
            fs[k] = f;
        }
        return clamp(fs);
    }

    /**
     * "Totally fuzzy and relative" calibration of an ordinal (e.g. Likert) variable (Cheli &amp; Lemmi 1995):
     * max(0, (F(x) - F(1)) / (1 - F(1))) with F the empirical distribution function.
     */
    public static double[] tfr(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double f1 = ecdf(sorted, 1);
        double[] out = new double[x.length];
        for (int k = 0; k < x.length; k++) out[k] = Math.max(0, (ecdf(sorted, x[k]) - f1) / (1 - f1));
        return out;
    }

    /** x &lt;= t, with R's all.equal tolerance for the equality. */
    private static boolean le(double x, double t) {
        return x < t || Math.abs(x - t) <= 1.5e-8 * Math.max(Math.abs(t), 1e-300);
    }

    /** Empirical distribution function of sorted values at v. */
    static double ecdf(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return (double) lo / sorted.length;
    }

    static double[] clamp(double[] fs) {
        for (int k = 0; k < fs.length; k++) {
            if (fs[k] < 0.0001) fs[k] = 0;
            if (fs[k] > 0.9999) fs[k] = 1;
        }
        return fs;
    }
}
