package io.integra.core.assess;

import java.time.LocalDate;
import java.util.List;

/**
 * Several cases side by side through one lens at one date, built by {@link CaseComparison}.
 *
 * @param lensId      the lens
 * @param at          the date
 * @param assessments one per case, in the order asked for
 * @param ranking     case ids ranked by ideal-type fit (see {@link CaseComparison})
 * @param separations what separates each case from the next one in the ranking
 */
public record Comparison(String lensId, LocalDate at, List<Assessment> assessments, List<String> ranking,
                         List<Separation> separations) {
  public Comparison {
    assessments = List.copyOf(assessments);
    ranking = List.copyOf(ranking);
    separations = List.copyOf(separations);
  }

  /**
   * What separates case {@code a} from case {@code b}.
   *
   * @param a           case id
   * @param b           case id
   * @param differences criteria known in both with different memberships, largest difference first
   *                    (at most {@link CaseComparison#DIFFERENCES})
   * @param unknownInOne criteria known in one case and unknown in the other
   */
  public record Separation(String a, String b, List<Difference> differences, List<String> unknownInOne) {
    public Separation {
      differences = List.copyOf(differences);
      unknownInOne = List.copyOf(unknownInOne);
    }
  }

  /**
   * One criterion's difference, with both sides' evidence.
   *
   * @param difference membership in {@code a} minus membership in {@code b}
   */
  public record Difference(String criterion, CriterionResult a, CriterionResult b, double difference) { }
}
