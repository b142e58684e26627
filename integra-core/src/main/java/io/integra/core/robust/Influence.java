package io.integra.core.robust;

import java.util.List;

/**
 * One row of the tornado: how much a source of uncertainty moves the verdict.
 *
 * @param id            criterion id, or {@code band} for the transition band's half-width
 * @param kind          {@code criterion} or {@code band}
 * @param values        number of admissible values (the assessment's own included)
 * @param moved         perturbations in which it is away from the assessment's value
 * @param changed       of those, how many give another verdict than the assessment
 * @param share         {@code changed / moved} (0 when never moved)
 * @param effect        {@code share} minus the same share among the perturbations that leave it at
 *                      the assessment's value: how much moving it adds to the chance of another
 *                      verdict (a contrast of conditional shares, cf. first-order effects, Saltelli
 *                      et al. 2008, ch. 1); the tornado ranks by it
 * @param swing         one at a time (all else as assessed): the range of the deciding outcome
 *                      over its values (largest of the ranges of the lower and upper bounds)
 * @param aloneLabels   verdicts reached moving it alone, other than the assessment's
 */
public record Influence(String id, String kind, int values, long moved, long changed, double share, double effect, double swing,
                        List<String> aloneLabels) {
  public Influence { aloneLabels = List.copyOf(aloneLabels); }
}
