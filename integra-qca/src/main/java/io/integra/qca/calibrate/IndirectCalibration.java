package io.integra.qca.calibrate;

import io.integra.qca.QcaException;

import java.util.Arrays;

/**
 * Indirect calibration (Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 5): the researcher sorts cases
 * into qualitative groups by thresholds (group scores 0, 1/k, ..., 1), and the memberships are the fitted
 * values of a fractional-polynomial quasi-binomial logit regression of the group scores on
 * log(x), &radic;x, x and x&sup2; (as in R QCA's {@code calibrate(method = "indirect")}). The regression is
 * fitted by iteratively reweighted least squares (McCullagh &amp; Nelder 1989, <i>Generalized Linear
 * Models</i>, 2.5) with Householder QR for each weighted least-squares step.
 */
public final class IndirectCalibration {
    private IndirectCalibration() {}

    public static double[] calibrate(double[] rawX, double... thresholds) {
        if (thresholds.length == 0) throw new QcaException("indirect calibration needs thresholds");
        double[] th = thresholds.clone();
        Arrays.sort(th);
        int n = rawX.length;
        double[] y = new double[n];
        for (int t = 0; t < th.length; t++) {
            double value = Math.round((t + 1) / (double) th.length * 1000) / 1000.0;
            for (int i = 0; i < n; i++) if (rawX[i] > th[t]) y[i] = value;
        }
        double[][] design = new double[n][5];
        for (int i = 0; i < n; i++) {
            double x = rawX[i] == 0 ? 0.00001 : rawX[i];
            if (x < 0) throw new QcaException("indirect calibration needs non-negative values");
            design[i] = new double[] {1, Math.log(x), Math.sqrt(x), x, x * x};
        }
        double[] mu = fitLogit(design, y);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = Math.round(mu[i] * 1e6) / 1e6;
        return Calibration.clamp(out);
    }

    /** IRLS for a binomial logit GLM; returns fitted means. */
    static double[] fitLogit(double[][] x, double[] y) {
        int n = y.length, p = x[0].length;
        double[] mu = new double[n], eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = (y[i] + 0.5) / 2;
            eta[i] = Math.log(mu[i] / (1 - mu[i]));
        }
        double devOld = deviance(y, mu);
        for (int iter = 0; iter < 100; iter++) {
            double[][] a = new double[n][p];
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double var = mu[i] * (1 - mu[i]);
                double w = Math.sqrt(var);
                z[i] = (eta[i] + (y[i] - mu[i]) / var) * w;
                for (int j = 0; j < p; j++) a[i][j] = x[i][j] * w;
            }
            double[] beta = leastSquares(a, z);
            for (int i = 0; i < n; i++) {
                double e = 0;
                for (int j = 0; j < p; j++) e += x[i][j] * beta[j];
                eta[i] = e;
                mu[i] = 1 / (1 + Math.exp(-e));
                mu[i] = Math.min(Math.max(mu[i], 1e-15), 1 - 1e-15);
            }
            double dev = deviance(y, mu);
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-10) break;
            devOld = dev;
        }
        return mu;
    }

    private static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0) d += y[i] * Math.log(y[i] / mu[i]);
            if (y[i] < 1) d += (1 - y[i]) * Math.log((1 - y[i]) / (1 - mu[i]));
        }
        return 2 * d;
    }

    /** Least squares by Householder QR with column scaling. */
    static double[] leastSquares(double[][] a0, double[] b0) {
        int n = a0.length, p = a0[0].length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = a0[i].clone();
        double[] b = b0.clone();
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) s = Math.max(s, Math.abs(a[i][j]));
            scale[j] = s == 0 ? 1 : s;
            for (int i = 0; i < n; i++) a[i][j] /= scale[j];
        }
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) norm += a[i][k] * a[i][k];
            norm = Math.sqrt(norm);
            if (norm == 0) continue;
            double alpha = a[k][k] > 0 ? -norm : norm;
            double[] v = new double[n];
            for (int i = k; i < n; i++) v[i] = a[i][k];
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < n; i++) vv += v[i] * v[i];
            if (vv == 0) continue;
            for (int j = k; j < p; j++) {
                double dot = 0;
                for (int i = k; i < n; i++) dot += v[i] * a[i][j];
                double f = 2 * dot / vv;
                for (int i = k; i < n; i++) a[i][j] -= f * v[i];
            }
            double dot = 0;
            for (int i = k; i < n; i++) dot += v[i] * b[i];
            double f = 2 * dot / vv;
            for (int i = k; i < n; i++) b[i] -= f * v[i];
        }
        double[] beta = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double s = b[j];
            for (int k = j + 1; k < p; k++) s -= a[j][k] * beta[k];
            beta[j] = a[j][j] == 0 ? 0 : s / a[j][j];
        }
        for (int j = 0; j < p; j++) beta[j] /= scale[j];
        return beta;
    }
}
