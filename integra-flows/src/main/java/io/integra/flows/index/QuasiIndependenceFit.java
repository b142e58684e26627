package io.integra.flows.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Savage &amp; Deutsch's (1960) null model of indifference: the quasi-independence fit
 * {@code E_ij = a_i b_j} on the cells that are not structural zeros, matching the observed row
 * and column totals, computed by iterative proportional fitting (Deming &amp; Stephan 1940).
 * Structural zeros are the diagonal and every restricted or unreported pair (Goodman 1963).
 * See shared/spec/flows.md §1.2–1.3.
 *
 * <p>Existence: the fit exists when each positive margin has at least one free cell and IPF
 * converges; when the pattern of zeros prevents it (flows.md §1.3), the result says so in
 * {@link Fit#converged()} and {@link Fit#warnings()} instead of pretending.
 */
public final class QuasiIndependenceFit {
  /** Stopping rule: largest absolute margin error, relative to the largest margin. */
  public static final double DEFAULT_TOLERANCE = 1e-12;
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;

  private QuasiIndependenceFit() { }

  /**
   * @param expected   E (0 on structural zeros)
   * @param iterations row+column sweeps done
   * @param maxError   largest absolute margin error at the end, in the unit of x
   * @param tolerance  the stopping tolerance used (relative to the largest margin)
   * @param converged  whether {@code maxError <= tolerance * largest margin}
   * @param warnings   why the fit is doubtful, if it is
   */
  public record Fit(double[][] expected, int iterations, double maxError, double tolerance, boolean converged,
                    List<String> warnings) { }

  /**
   * @param x          observed flows, {@code x[i][j]}; NaN marks a structural zero (diagonal, unreported pair)
   * @param structural additional structural zeros (restricted pairs), or null
   */
  public static Fit fit(double[][] x, boolean[][] structural, double tolerance, int maxIterations) {
    int n = x.length;
    boolean[][] free = new boolean[n][n];
    double[] r = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        free[i][j] = i != j && !Double.isNaN(x[i][j]) && (structural == null || !structural[i][j]);
        if (free[i][j]) {
          r[i] += x[i][j];
          c[j] += x[i][j];
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    double scale = 0;
    for (int i = 0; i < n; i++) scale = Math.max(scale, Math.max(r[i], c[i]));
    double[][] e = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) e[i][j] = free[i][j] ? 1 : 0;
    if (scale == 0) {
      warnings.add("no flows between members: the fit does not exist");
      return new Fit(e, 0, 0, tolerance, false, warnings);
    }
    double err = Double.POSITIVE_INFINITY;
    int it = 0;
    while (it < maxIterations) {
      it++;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) s += e[i][j];
        if (s > 0) for (int j = 0; j < n; j++) e[i][j] *= r[i] / s;
      }
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int i = 0; i < n; i++) s += e[i][j];
        if (s > 0) for (int i = 0; i < n; i++) e[i][j] *= c[j] / s;
      }
      err = marginError(e, r, c);
      if (err <= tolerance * scale) break;
    }
    boolean converged = err <= tolerance * scale;
    for (int i = 0; i < n; i++) {
      boolean rowFree = false;
      boolean colFree = false;
      for (int k = 0; k < n; k++) {
        rowFree |= free[i][k];
        colFree |= free[k][i];
      }
      if ((r[i] > 0 && !rowFree) || (c[i] > 0 && !colFree)) {
        warnings.add("member " + i + " has a margin but no free cell");
      }
    }
    if (!converged) {
      warnings.add(String.format("IPF did not converge in %d sweeps (margin error %.3g): the pattern of zero "
          + "cells leaves no quasi-independence fit", it, err));
    }
    return new Fit(e, it, err, tolerance, converged, List.copyOf(warnings));
  }

  public static Fit fit(double[][] x) { return fit(x, null, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS); }

  private static double marginError(double[][] e, double[] r, double[] c) {
    int n = e.length;
    double err = 0;
    for (int i = 0; i < n; i++) {
      double rs = 0;
      double cs = 0;
      for (int k = 0; k < n; k++) {
        rs += e[i][k];
        cs += e[k][i];
      }
      err = Math.max(err, Math.max(Math.abs(rs - r[i]), Math.abs(cs - c[i])));
    }
    return err;
  }
}
