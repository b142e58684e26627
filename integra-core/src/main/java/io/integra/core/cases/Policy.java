package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A common policy of the organisation (thesis §4.4.2.1: the cross-over to genuine political
 * integration needs common policies).
 *
 * @param supranational whether it is run by a supranational body (a transfer of sovereignty)
 */
public record Policy(String id, String name, String dimension, LocalDate since, LocalDate until,
                     boolean supranational, String note, List<String> sources) {
  public Policy { sources = sources == null ? List.of() : List.copyOf(sources); }

  public boolean inForceAt(LocalDate date) {
    return since != null && !since.isAfter(date) && (until == null || date.isBefore(until));
  }
}
