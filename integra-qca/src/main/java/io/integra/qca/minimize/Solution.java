package io.integra.qca.minimize;

import io.integra.qca.fuzzy.SufficiencyFit;
import io.integra.qca.notation.Term;

import java.util.List;
import java.util.Map;

/**
 * One solution of a minimisation (conservative, parsimonious, or an intermediate one C1P1, ...): its prime
 * implicant chart, the minimal models, the essential implicants, the parameters of fit and, for the
 * parsimonious and intermediate solutions, the simplifying assumptions (remainders used, per model).
 *
 * @param chartRows      implicants of the PI chart, in R's order (after row dominance when asked)
 * @param chartColumns   truth table row numbers of the configurations explained
 * @param chart          chart[i][j]: implicant i covers configuration j
 * @param primes         implicants used by at least one model
 * @param models         each model's implicants, in chart order; M1, M2, ... in R's order
 * @param essential      implicants present in every model
 * @param complete       false when the enumeration stopped at the limit (or the minimum could not be proven)
 * @param countMessage   how many models there are (e.g. "3 model(s)", "at least 10000 models ...")
 * @param overall        fit of every prime implicant, unique coverage relative to all primes
 * @param modelFits      per model fit
 * @param termCases      for each prime (by written form), the cases of the configurations it explains
 * @param simplifyingAssumptions per model name (M1...), the remainder rows used (empty for conservative)
 */
public record Solution(String name, List<Term> chartRows, List<Long> chartColumns, boolean[][] chart,
                       List<Term> primes, List<List<Term>> models, List<Term> essential, boolean complete,
                       String countMessage, List<SufficiencyFit> overall, List<ModelFit> modelFits,
                       Map<String, String> termCases, Map<String, List<Long>> simplifyingAssumptions) {
}
