package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A coder's reading of a case through one lens for one period. Criteria absent from
 * {@code criteria} are uncoded: unknown, not zero.
 *
 * @param from first day the coding holds
 * @param to   first day it no longer holds (null: open)
 */
public record Coding(String lens, String coder, LocalDate from, LocalDate to, String scale, String note,
                     List<CriterionCoding> criteria) {
  public Coding { criteria = List.copyOf(criteria); }

  public boolean covers(LocalDate date) { return !date.isBefore(from) && (to == null || date.isBefore(to)); }

  public Optional<CriterionCoding> criterion(String id) { return criteria.stream().filter(c -> c.criterion().equals(id)).findFirst(); }
}
