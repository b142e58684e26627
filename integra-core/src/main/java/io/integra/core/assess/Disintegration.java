package io.integra.core.assess;

import java.time.LocalDate;
import java.util.List;

/**
 * Disintegration watch (thesis §3.1: conditions that raise loads or cut capabilities; units
 * "cross and recross" the zone of transition).
 *
 * @param conditions the lens's criteria with role {@code disintegrative}, coded or not
 * @param pressure   the outcome with role {@code disintegration}, or null when the lens has none
 * @param events     membership events up to the date, each with the verdict the day before and on
 *                   the day
 */
public record Disintegration(List<CriterionResult> conditions, OutcomeResult pressure, List<Event> events) {
  public Disintegration {
    conditions = List.copyOf(conditions);
    events = List.copyOf(events);
  }

  /** The events that changed the verdict. */
  public List<Event> verdictChanging() { return events.stream().filter(Event::changesVerdict).toList(); }

  /**
   * A membership event: a spell starts or ends.
   *
   * @param date   the day it takes effect (the first day of the new situation)
   * @param iso3   the state
   * @param change joined, left, suspended or reinstated
   * @param before the verdict the day before
   * @param after  the verdict on the day
   */
  public record Event(LocalDate date, String iso3, MembershipChange change, VerdictLabel before, VerdictLabel after) {
    public boolean changesVerdict() { return !java.util.Objects.equals(before, after); }
  }
}
