package io.integra.core.assess;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who belongs to an organisation year by year, for a map of its members over time (mission
 * feature 31): on each sample day (30 June, as the timeline, {@link TimelineBuilder#sampleDate})
 * the full members, the suspended members and the states that have withdrawn (they had a spell
 * that ended before the day and have none at the day). The last sample is the date asked for, so
 * the map at that date shows exactly {@link IntegrationCase#membersAt} (what {@code integra case
 * ID --at} prints). Pure: computed from the case's membership spells only.
 *
 * @param states every state that ever belonged, with the name the case file gives it
 * @param years  one sample per year from the case's first year to the date, in date order
 */
public record MemberMap(String caseId, List<State> states, List<Sample> years) {
  public MemberMap {
    states = List.copyOf(states);
    years = List.copyOf(years);
  }

  /** A state of the case by its ISO 3166-1 alpha-3 code. */
  public record State(String iso3, String name) { }

  /** The standing of every state on one day; each list holds ISO3 codes, sorted. */
  public record Sample(int year, String date, List<String> members, List<String> suspended, List<String> withdrawn) {
    public Sample {
      members = List.copyOf(members);
      suspended = List.copyOf(suspended);
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /**
   * The case's samples from its first year ({@link TimelineBuilder#firstYear}) to {@code until}:
   * 30 June of each year up to {@code until}, then {@code until} itself when it is not a 30 June.
   * Empty when the case has no founding date and no spell, or starts after {@code until}.
   */
  public static MemberMap of(IntegrationCase c, LocalDate until) {
    List<State> states = c.members().stream().map(m -> new State(m.iso3(), m.name())).toList();
    List<Sample> years = new ArrayList<>();
    Integer first = TimelineBuilder.firstYear(c);
    if (first != null) {
      for (int y = first; !TimelineBuilder.sampleDate(y).isAfter(until); y++) years.add(sample(c, TimelineBuilder.sampleDate(y)));
      boolean lastIsUntil = !years.isEmpty() && years.get(years.size() - 1).date().equals(until.toString());
      LocalDate start = c.foundedOn();
      if (!lastIsUntil && (start == null || !until.isBefore(start))) years.add(sample(c, until));
    }
    return new MemberMap(c.id(), states, years);
  }

  /** The standing of every state of {@code c} on {@code day}. */
  public static Sample sample(IntegrationCase c, LocalDate day) {
    List<String> withdrawn = c.members().stream()
        .filter(m -> m.spellAt(day).isEmpty())
        .filter(m -> m.spells().stream().anyMatch(s -> s.to() != null && !s.to().isAfter(day)))
        .map(Member::iso3).sorted().toList();
    return new Sample(day.getYear(), day.toString(), c.membersAt(day), c.suspendedAt(day), withdrawn);
  }
}
