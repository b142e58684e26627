package io.integra.core.assess;

import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Role;
import io.integra.core.formula.Membership;
import java.util.List;

/**
 * One criterion of the lens at the date.
 *
 * @param criterion  the codebook's criterion
 * @param membership its coded score, or {@link Membership#UNKNOWN} when the coding in force does not
 *                   code it (or no coding holds)
 * @param coding     the coder's entry (score, rationale, evidence), or null when uncoded
 */
public record CriterionResult(Criterion criterion, Membership membership, CriterionCoding coding) {

  public String id() { return criterion.id(); }

  /** Whether the criterion is coded at the date. */
  public boolean coded() { return coding != null; }

  /** Weber's divergence from the ideal type: {@code 1 - membership}; unknown stays unknown. */
  public Membership gap() { return membership.not(); }

  public boolean has(Role role) { return criterion.has(role); }

  /** The evidence behind the score (empty when uncoded). */
  public List<Evidence> evidence() { return coding == null ? List.of() : coding.evidence(); }

  /** The coder's rationale, or null. */
  public String rationale() { return coding == null ? null : coding.rationale(); }
}
