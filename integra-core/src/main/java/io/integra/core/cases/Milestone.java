package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated step of integration.
 *
 * @param stage     the economic stage it reaches (an id of the economic dimension's ladder), or null
 *                  for milestones that reach no stage (a bank, a currency unit, a policy)
 * @param dimension the dimension it belongs to (political, economic, social)
 * @param status    {@code achieved}, {@code partial} or {@code planned}; only achieved milestones
 *                  count towards a stage
 */
public record Milestone(String id, String name, String dimension, String stage, LocalDate date, String status,
                        String description, List<String> sources) {
  public static final String ACHIEVED = "achieved";

  public Milestone { sources = sources == null ? List.of() : List.copyOf(sources); }

  public boolean reachedBy(LocalDate at) { return ACHIEVED.equals(status) && date != null && !date.isAfter(at); }
}
