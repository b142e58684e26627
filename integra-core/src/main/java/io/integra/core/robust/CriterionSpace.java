package io.integra.core.robust;

import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Scale;
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
 */
public record CriterionSpace(String criterion, int index, List<Alternative> alternatives, Scale scale, CriterionCoding coding) {
  public CriterionSpace { alternatives = List.copyOf(alternatives); }

  public Alternative base() { return alternatives.get(0); }

  public boolean varies() { return alternatives.size() > 1; }

  public List<Evidence> evidence() { return coding == null ? List.of() : coding.evidence(); }
}
