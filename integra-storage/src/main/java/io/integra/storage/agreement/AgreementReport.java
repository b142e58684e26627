package io.integra.storage.agreement;

import io.integra.core.agreement.CohenKappa;
import io.integra.core.agreement.KrippendorffAlpha;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Agreement between coders of one lens over some cases: Krippendorff's interval alpha and Cohen's
 * kappa (in/out of the set at 0.5) per criterion and overall, and the units they disagree on.
 *
 * @param coders the coders compared (reconciled codings left out)
 */
public record AgreementReport(String lens, List<String> cases, List<String> coders, List<CriterionAgreement> criteria,
                              CriterionAgreement overall, List<Disagreement> disagreements) {

  /** A unit of analysis: one criterion of one case for one coding period, with each coder's score. */
  public record Unit(String caseId, LocalDate from, String criterion, SortedMap<String, Double> scores) { }

  /** Cohen's kappa of one pair of coders over the units both coded. */
  public record PairKappa(String coderA, String coderB, CohenKappa.Result kappa) { }

  /** @param criterion a criterion id, or {@code overall} */
  public record CriterionAgreement(String criterion, int units, KrippendorffAlpha.Result alpha, List<PairKappa> kappas) { }

  /**
   * @param spread      the largest minus the smallest score
   * @param crossesHalf whether the coders put the case on different sides of 0.5 (in vs out)
   */
  public record Disagreement(Unit unit, double spread, boolean crossesHalf) { }
}
