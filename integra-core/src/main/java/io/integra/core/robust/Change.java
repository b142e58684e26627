package io.integra.core.robust;

import io.integra.core.cases.Evidence;
import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/**
 * One criterion moved to another value on its scale.
 *
 * @param criterion the criterion id
 * @param fromLow   its value in the assessment (lower bound; {@code [0,1]} when uncoded)
 * @param fromHigh  upper bound
 * @param toLow     the new value (lower bound)
 * @param toHigh    upper bound (equal to {@code toLow} for a score)
 * @param steps     scale steps between the two (coding an uncoded criterion counts one)
 * @param evidence  the evidence behind the current score: what would have to be different
 * @param rationale the coder's rationale for the current score, or null
 * @param measured  the measured membership the current value is, or null (coded or unknown): its data
 *                  and anchors are then what would have to be different
 */
public record Change(String criterion, double fromLow, double fromHigh, double toLow, double toHigh, int steps,
                     List<Evidence> evidence, String rationale, MeasuredMembership measured) {
  public Change { evidence = List.copyOf(evidence); }

  /** A change of a coded or unknown criterion. */
  public Change(String criterion, double fromLow, double fromHigh, double toLow, double toHigh, int steps,
                List<Evidence> evidence, String rationale) {
    this(criterion, fromLow, fromHigh, toLow, toHigh, steps, evidence, rationale, null);
  }
}
