package io.integra.qca.robust;

import java.util.List;
import java.util.Map;

/**
 * One specification of the analysis: cut-offs and calibration anchors.
 *
 * @param inclCut raw consistency threshold (OUT = 1 at or above)
 * @param priCut  PRI threshold
 * @param nCut    frequency threshold
 * @param anchors calibrated set to its anchors {exclusion, crossover, inclusion}
 */
public record Setting(double inclCut, double priCut, int nCut, Map<String, List<Double>> anchors) {
  public Setting { anchors = Map.copyOf(anchors); }

  public String label() {
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "incl.cut=%.2f n.cut=%d", inclCut, nCut));
    if (priCut > 0) sb.append(String.format(java.util.Locale.ROOT, " pri.cut=%.2f", priCut));
    anchors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(' ').append(e.getKey()).append('=')
        .append(e.getValue().stream().map(x -> x == Math.rint(x) ? Long.toString((long) (double) x) : Double.toString(x)).toList()));
    return sb.toString();
  }
}
