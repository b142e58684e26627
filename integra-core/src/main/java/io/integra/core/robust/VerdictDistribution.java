package io.integra.core.robust;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The verdicts of a case over the joint perturbations of its assessment (built by
 * {@link VerdictRobustness#of}).
 *
 * @param caseId        the case
 * @param lensId        the lens
 * @param at            the date
 * @param label         the assessment's own verdict (no perturbation)
 * @param size          size of the joint space (admissible codings times bands)
 * @param evaluated     perturbations evaluated (= size when exhaustive)
 * @param exhaustive    whether every perturbation was evaluated
 * @param seed          the seed of the draws when sampled, else null
 * @param counts        verdict label to count, most frequent first (whatever labels the rule gives)
 * @param share         share of perturbations giving the assessment's verdict
 * @param settledShare  share of perturbations whose verdict holds whatever the unknown criteria are
 * @param outcome       id of the deciding outcome (null for lenses without a verdict rule)
 * @param outcomeLow    lowest lower bound of the deciding outcome over the perturbations
 * @param outcomeHigh   highest upper bound
 * @param influences    the tornado: sources that vary, the one that moves the verdict most first
 */
public record VerdictDistribution(String caseId, String lensId, LocalDate at, String label, double size, long evaluated,
                                  boolean exhaustive, Long seed, Map<String, Long> counts, double share, double settledShare,
                                  String outcome, double outcomeLow, double outcomeHigh, List<Influence> influences) {
  public VerdictDistribution {
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    influences = List.copyOf(influences);
  }

  /** Share of perturbations giving {@code label}. */
  public double shareOf(String l) { return evaluated == 0 ? 0 : counts.getOrDefault(l, 0L) / (double) evaluated; }

  /** The most frequent verdict. */
  public String modal() { return counts.keySet().iterator().next(); }
}
