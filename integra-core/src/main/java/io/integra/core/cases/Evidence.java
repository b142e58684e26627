package io.integra.core.cases;

import java.util.List;

/**
 * One piece of evidence behind a score.
 *
 * @param source     a bibliography key
 * @param locator    where in the source, e.g. {@code thesis §4.5.1.3} or {@code p. 57}
 * @param quote      a short quote or paraphrase
 * @param objectives the Buen Vivir objectives (1–12) it touches
 */
public record Evidence(String source, String locator, String quote, List<Integer> objectives) {
  public Evidence { objectives = objectives == null ? List.of() : List.copyOf(objectives); }
}
