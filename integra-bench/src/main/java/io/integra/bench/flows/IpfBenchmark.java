package io.integra.bench.flows;

import io.integra.flows.index.QuasiIndependenceFit;
import io.integra.flows.index.RelativeAcceptance;
import java.util.SplittableRandom;

/**
 * Printed-figure benchmark: Savage–Deutsch RA with the quasi-independence IPF fit for a
 * 200 x 200 matrix, 60 years (one matrix per year, log-normal flows, 5 % unreported cells).
 */
public final class IpfBenchmark {
  private IpfBenchmark() { }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int years = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    SplittableRandom rnd = new SplittableRandom(42);
    double[][][] xs = new double[years][n][n];
    for (double[][] x : xs) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          x[i][j] = i == j || rnd.nextDouble() < 0.05 ? Double.NaN : Math.exp(rnd.nextGaussian() * 2 + 3);
        }
      }
    }
    for (int round = 1; round <= 2; round++) {
      long t0 = System.nanoTime();
      long sweeps = 0;
      int notConverged = 0;
      double check = 0;
      for (double[][] x : xs) {
        var fit = QuasiIndependenceFit.fit(x);
        sweeps += fit.iterations();
        if (!fit.converged()) notConverged++;
        check += RelativeAcceptance.groupMean(RelativeAcceptance.of(x, fit.expected()));
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("round %d: RA/IPF %dx%d x %d years: %.2f s (%.1f ms/year), %d sweeps in all, %d not converged, "
          + "tolerance %.0e relative; checksum %.6f%n", round, n, n, years, s, 1000 * s / years, sweeps, notConverged,
          QuasiIndependenceFit.DEFAULT_TOLERANCE, check);
    }
  }
}
