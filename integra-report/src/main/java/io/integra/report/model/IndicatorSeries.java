package io.integra.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A criterion's indicator recipe measured for one case year by year (io.integra.core.indicator),
 * beside the coded score of each lens that carries the same recipe. Lists run over {@code years};
 * {@code raw} and {@code membership} are null in a year the data do not give, and {@code reasons}
 * says why (null where a value exists). The coded score is read on 30 June, like the timeline.
 *
 * @param lenses    the lenses whose criterion has this recipe (e.g. Deutsch and its Buen Vivir rereading)
 * @param exclusion the raw value of full non-membership (calibrated 0.05)
 * @param crossover the raw value of maximum ambiguity (0.5)
 * @param inclusion the raw value of full membership (0.95)
 * @param note      the codebook's justification of the anchors
 * @param source    the data read (file, layout, flow code), or null when none was given for the flow
 */
public record IndicatorSeries(String caseId, String criterion, String criterionName, List<String> lenses, String index,
                              String flow, double exclusion, double crossover, double inclusion, String note, String source,
                              List<Integer> years, List<Double> raw, List<Double> membership, List<String> reasons,
                              List<Coded> coded) {
  public IndicatorSeries {
    lenses = List.copyOf(lenses);
    years = List.copyOf(years);
    raw = nullable(raw);
    membership = nullable(membership);
    reasons = nullable(reasons);
    coded = List.copyOf(coded);
  }

  /** Whether any year has a value. */
  public boolean anyValue() { return raw.stream().anyMatch(v -> v != null); }

  /** The distinct reasons for the years without a value, in order of first appearance. */
  public List<String> distinctReasons() { return reasons.stream().filter(r -> r != null).distinct().toList(); }

  /** A lens's coded score of the criterion each year; null where it is not coded (unknown). */
  public record Coded(String lens, List<Double> values) {
    public Coded { values = nullable(values); }
  }

  private static <T> List<T> nullable(List<T> xs) { return Collections.unmodifiableList(new ArrayList<>(xs)); }
}
