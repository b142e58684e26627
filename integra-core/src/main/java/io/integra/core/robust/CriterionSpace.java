package io.integra.core.robust;

import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Scale;
import io.integra.core.indicator.MeasuredMembership;
import java.util.List;

/**
 * The admissible values of one criterion: the first is the value the assessment uses, the others
 * the perturbations (see {@link PerturbationSpace}).
 *
 * @param criterion    the criterion id
 * @param index        its index in the compiled lens
 * @param alternatives admissible values, the assessment's value first
 * @param scale        the scale its score is stated on (null when neither coding nor codebook gives one)
 * @param coding       the entry of the coding in force, or null when uncoded
 * @param measured     the measured membership the assessment uses for it, or null when it uses the coded score or none
 */
public record CriterionSpace(String criterion, int index, List<Alternative> alternatives, Scale scale, CriterionCoding coding,
                             MeasuredMembership measured) {
  public CriterionSpace { alternatives = List.copyOf(alternatives); }

  /** A criterion whose membership is coded or unknown. */
  public CriterionSpace(String criterion, int index, List<Alternative> alternatives, Scale scale, CriterionCoding coding) {
    this(criterion, index, alternatives, scale, coding, null);
  }

  public Alternative base() { return alternatives.get(0); }

  public boolean varies() { return alternatives.size() > 1; }

  public List<Evidence> evidence() { return coding == null ? List.of() : coding.evidence(); }
}
