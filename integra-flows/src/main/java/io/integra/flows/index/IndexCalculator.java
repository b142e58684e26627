package io.integra.flows.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one group-year of aggregates into tidy index records. Pure arithmetic on a small matrix,
 * shared by every engine, so that two engines agree exactly when their aggregates agree.
 */
public final class IndexCalculator {
  /** Diagnostics of the RA fit, written beside the RA values. */
  public static final String RA_ITERATIONS = "ra-ipf-iterations";
  public static final String RA_MARGIN_ERROR = "ra-ipf-margin-error";

  private final double tolerance;
  private final int maxIterations;

  public IndexCalculator(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  public IndexCalculator() { this(QuasiIndependenceFit.DEFAULT_TOLERANCE, QuasiIndependenceFit.DEFAULT_MAX_ITERATIONS); }

  /** Records and warnings for one group-year. */
  public record Result(List<IndexRecord> records, List<String> warnings) { }

  public Result compute(String group, GroupYear gy, Collection<FlowIndex> wanted) {
    Set<FlowIndex> want = wanted.isEmpty() ? EnumSet.noneOf(FlowIndex.class) : EnumSet.copyOf(wanted);
    List<IndexRecord> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int y = gy.year();
    int n = gy.size();
    List<String> m = gy.members();
    double[][] x = gy.intra();
    double intra = gy.intraTotal();
    double gOut = gy.outflowTotal();
    double gIn = gy.inflowTotal();
    double world = gy.world();
    for (int i = 0; i < n; i++) {
      if (gy.outflow()[i] == 0) warnings.add(group + " " + y + ": no outflow reported for member " + m.get(i));
    }
    for (FlowIndex idx : want) {
      String id = idx.id();
      switch (idx) {
        case SHARE -> out.add(IndexRecord.group(group, y, id, 100 * TradeIntensity.share(intra, gOut)));
        case INTENSITY, MIGRANT_INTENSITY -> {
          out.add(IndexRecord.group(group, y, id, TradeIntensity.intensity(intra, gOut, gIn, world)));
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i != j && !Double.isNaN(x[i][j])) {
                out.add(new IndexRecord(group, y, id, m.get(i), m.get(j),
                    TradeIntensity.intensity(x[i][j], gy.outflow()[i], gy.inflow()[j], world)));
              }
            }
          }
        }
        case INTENSITY_KOJIMA -> {
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i != j && !Double.isNaN(x[i][j])) {
                out.add(new IndexRecord(group, y, id, m.get(i), m.get(j),
                    TradeIntensity.kojima(x[i][j], gy.outflow()[i], gy.inflow()[j], gy.inflow()[i], world)));
              }
            }
          }
        }
        case HOMOGENEOUS_INTENSITY ->
            out.add(IndexRecord.group(group, y, id, TradeIntensity.homogeneousIntensity(intra, gOut, gIn, world)));
        case INTROVERSION ->
            out.add(IndexRecord.group(group, y, id, TradeIntensity.introversion(intra, gOut, gIn, world)));
        case RA -> ra(group, y, m, x, out, warnings);
        case BALANCE -> {
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i != j && !(Double.isNaN(x[i][j]) && Double.isNaN(x[j][i]))) {
                out.add(new IndexRecord(group, y, id, m.get(i), m.get(j), Interdependence.balance(x[i][j], x[j][i])));
              }
            }
          }
        }
        case HHI, HIRSCHMAN -> concentration(group, gy, idx, out);
        case DEPENDENCE_ASYMMETRY -> {
          double sum = 0;
          int pairs = 0;
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i == j || (Double.isNaN(x[i][j]) && Double.isNaN(x[j][i]))) continue;
              double a = Interdependence.asymmetry(x[i][j], x[j][i], gy.outflow()[i], gy.inflow()[i],
                  gy.outflow()[j], gy.inflow()[j]);
              out.add(new IndexRecord(group, y, id, m.get(i), m.get(j), a));
              if (i < j && !Double.isNaN(a)) {
                sum += Math.abs(a);
                pairs++;
              }
            }
          }
          // group value: mean absolute asymmetry over unordered member pairs (project's summary)
          out.add(IndexRecord.group(group, y, id, pairs == 0 ? Double.NaN : sum / pairs));
        }
        case CLEARING_GROSS -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).gross()));
        case CLEARING_BILATERAL -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).bilateral()));
        case CLEARING_MULTILATERAL -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).multilateral()));
        case CLEARING_S_BILATERAL -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).savingsBilateral()));
        case CLEARING_S_MULTILATERAL -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).savingsMultilateral()));
        case CLEARING_S_COMPENSATION -> out.add(IndexRecord.group(group, y, id, ClearingSavings.of(x).savingsCompensation()));
        default -> throw new IllegalStateException(id);
      }
    }
    return new Result(out, warnings);
  }

  private void ra(String group, int y, List<String> m, double[][] x, List<IndexRecord> out, List<String> warnings) {
    int n = m.size();
    if (n < 3) {
      // with two members the quasi-independence fit reproduces the data exactly: RA is 0 by construction
      warnings.add(group + " " + y + ": RA needs at least 3 members with data, has " + n);
    }
    QuasiIndependenceFit.Fit fit = QuasiIndependenceFit.fit(x, null, tolerance, maxIterations);
    for (String w : fit.warnings()) warnings.add(group + " " + y + ": RA: " + w);
    double[][] ra = RelativeAcceptance.of(x, fit.expected());
    boolean ok = fit.converged() && n >= 3;
    out.add(IndexRecord.group(group, y, "ra", ok ? RelativeAcceptance.groupMean(ra) : Double.NaN));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && !Double.isNaN(ra[i][j])) {
          out.add(new IndexRecord(group, y, "ra", m.get(i), m.get(j), ok ? ra[i][j] : Double.NaN));
        }
      }
    }
    out.add(IndexRecord.group(group, y, RA_ITERATIONS, fit.iterations()));
    out.add(IndexRecord.group(group, y, RA_MARGIN_ERROR, fit.maxError()));
  }

  private static void concentration(String group, GroupYear gy, FlowIndex idx, List<IndexRecord> out) {
    int p = gy.partners().size();
    double[] groupVector = new double[p];
    for (int i = 0; i < gy.size(); i++) {
      double[] row = gy.toPartner()[i];
      for (int k = 0; k < p; k++) if (!Double.isNaN(row[k])) groupVector[k] += row[k];
      double h = idx == FlowIndex.HHI ? Concentration.hhi(row) : Concentration.hirschman(row);
      if (!Double.isNaN(h)) out.add(new IndexRecord(group, gy.year(), idx.id(), gy.members().get(i), null, h));
    }
    double h = idx == FlowIndex.HHI ? Concentration.hhi(groupVector) : Concentration.hirschman(groupVector);
    out.add(IndexRecord.group(group, gy.year(), idx.id(), h));
  }
}
