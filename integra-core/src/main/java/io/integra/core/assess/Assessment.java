package io.integra.core.assess;

import io.integra.core.codebook.LensKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case read through one lens at one date: how far it diverges from the ideal type, condition by
 * condition (thesis §2.2). Built by {@link Assessor#assess}.
 *
 * @param caseId         the case id
 * @param caseName       its name
 * @param lensId         the lens id
 * @param lensKind       the lens kind (security-community, intergovernmental or other)
 * @param at             the date
 * @param coder          the coder of the coding in force, or null when no coding holds
 * @param members        ISO3 codes of the full members at the date, sorted
 * @param suspended      ISO3 codes of suspended members at the date, sorted
 * @param criteria       every criterion of the lens, in codebook order, with its membership
 *                       (unknown when uncoded) and evidence
 * @param outcomes       every outcome of the lens, in codebook order
 * @param verdict        the verdict (see {@link VerdictRule})
 * @param idealType      the Weberian divergence
 * @param dimensions     political, economic and social dimensions
 * @param objectives     Buen Vivir coverage
 * @param disintegration disintegrative conditions and membership events
 * @param otherCoders    other coders' codings holding at the date, beside the deciding one (they
 *                       do not decide; see {@link io.integra.core.cases.DecidingCoding})
 */
public record Assessment(String caseId, String caseName, String lensId, LensKind lensKind, LocalDate at, String coder,
                         List<String> members, List<String> suspended, List<CriterionResult> criteria,
                         List<OutcomeResult> outcomes, Verdict verdict, IdealTypeFit idealType, Dimensions dimensions,
                         ObjectiveMatrix objectives, Disintegration disintegration, List<OtherCoding> otherCoders) {
  /** An assessment with no other coders listed. */
  public Assessment(String caseId, String caseName, String lensId, LensKind lensKind, LocalDate at, String coder,
                    List<String> members, List<String> suspended, List<CriterionResult> criteria,
                    List<OutcomeResult> outcomes, Verdict verdict, IdealTypeFit idealType, Dimensions dimensions,
                    ObjectiveMatrix objectives, Disintegration disintegration) {
    this(caseId, caseName, lensId, lensKind, at, coder, members, suspended, criteria, outcomes, verdict, idealType, dimensions,
        objectives, disintegration, List.of());
  }

  public Assessment {
    otherCoders = otherCoders == null ? List.of() : List.copyOf(otherCoders);
    members = List.copyOf(members);
    suspended = List.copyOf(suspended);
    criteria = List.copyOf(criteria);
    outcomes = List.copyOf(outcomes);
  }

  public Optional<CriterionResult> criterion(String id) { return criteria.stream().filter(c -> c.id().equals(id)).findFirst(); }

  public Optional<OutcomeResult> outcome(String id) { return outcomes.stream().filter(o -> o.id().equals(id)).findFirst(); }

  /** The first outcome with the given role (e.g. {@code pluralistic}). */
  public Optional<OutcomeResult> outcomeWithRole(String role) { return outcomes.stream().filter(o -> role.equals(o.role())).findFirst(); }

  /** Whether a coding of the lens holds at the date (else every criterion is unknown). */
  public boolean coded() { return coder != null; }
}
