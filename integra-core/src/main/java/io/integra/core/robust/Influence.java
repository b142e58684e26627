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
 * @param swing         one at a time (all else as assessed): the range of the deciding outcome
 *                      over its values (largest of the ranges of the lower and upper bounds)
 * @param aloneLabels   verdicts reached moving it alone, other than the assessment's
 */
public record Influence(String id, String kind, int values, long moved, long changed, double share, double swing,
                        List<String> aloneLabels) {
  public Influence { aloneLabels = List.copyOf(aloneLabels); }
}
