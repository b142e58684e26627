package io.integra.report.model;

import java.util.List;

/**
 * One case at the date of assessment: its facts, its reading under each lens, its timeline and
 * its evidence trail.
 *
 * @param founded  the founding date (ISO), or null when unknown
 * @param members  ISO3 codes of the full members at the date
 * @param readings one per lens of the report, in lens order (a lens the case is not coded under
 *                 still has a reading, with every criterion unknown)
 */
public record CaseView(String id, String name, String shortName, String summary, List<String> focus, String founded,
                       String foundingName, String foundingPlace, List<String> members, List<String> suspended,
                       List<Reading> readings, Timeline timeline, List<EvidenceEntry> evidence) {
  public CaseView {
    focus = List.copyOf(focus);
    members = List.copyOf(members);
    suspended = List.copyOf(suspended);
    readings = List.copyOf(readings);
    evidence = List.copyOf(evidence);
  }

  /** The label used in charts and tables: the short name, else the id. */
  public String label() { return shortName == null || shortName.isBlank() ? id : shortName; }

  public Reading reading(String lens) {
    return readings.stream().filter(r -> r.lens().equals(lens)).findFirst().orElse(null);
  }

  /**
   * The case under one lens.
   *
   * @param coder    the coder whose coding holds at the date, or null when none does
   * @param scores   one per criterion of the lens, in codebook order; {@code value} null means unknown
   * @param outcomes one per outcome of the lens; an interval when it depends on unknown criteria
   * @param verdict  the assessment's verdict (e.g. the kind of security community), or null
   * @param fit      closeness to the ideal type in [0,1] over the coded criteria, or null when none is coded
   * @param meanGap  mean distance to the ideal type over the coded criteria, or null
   */
  public record Reading(String lens, String coder, String from, String to, String scale, List<Score> scores,
                        List<OutcomeValue> outcomes, String verdict, String verdictNote, Double fit, Double meanGap) {
    public Reading {
      scores = List.copyOf(scores);
      outcomes = List.copyOf(outcomes);
    }

    public long coded() { return scores.stream().filter(s -> s.value() != null).count(); }

    public OutcomeValue outcome(String id) {
      return outcomes.stream().filter(o -> o.outcome().equals(id)).findFirst().orElse(null);
    }
  }

  /** A criterion's membership; {@code value} is null when the criterion is not coded (unknown, never 0). */
  public record Score(String criterion, Double value, String label) { }

  /** An outcome's membership as an interval [low, high]; a point when fully known. */
  public record OutcomeValue(String outcome, double low, double high) {
    public boolean known() { return low == high; }
  }

  /**
   * The case year by year.
   *
   * @param years   calendar years from the founding year to the year of assessment
   * @param members the number of full members at the end of each year (at the date of assessment for its year)
   * @param series  further series over the same years, e.g. an outcome's membership (null: unknown)
   * @param events  membership events (joins, departures, suspensions) up to the date
   */
  public record Timeline(List<Integer> years, List<Integer> members, List<Series> series, List<Event> events) {
    public Timeline {
      years = List.copyOf(years);
      members = List.copyOf(members);
      series = List.copyOf(series);
      events = List.copyOf(events);
    }
  }

  /** A named series of values over the timeline's years; null entries are unknown. */
  public record Series(String id, String name, String lens, List<Double> values) {
    public Series { values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); }
  }

  /**
   * A change in a state's membership.
   *
   * @param kind {@code joined}, {@code left}, {@code suspended} or {@code reinstated}
   */
  public record Event(String date, String iso3, String name, String kind, String note) { }

  /** Why a criterion has its score: the coder's rationale and the evidence items. */
  public record EvidenceEntry(String lens, String coder, String criterion, Double score, String rationale,
                              List<EvidenceItem> items) {
    public EvidenceEntry { items = List.copyOf(items); }
  }

  /**
   * One cited piece of evidence.
   *
   * @param citation the short author–year citation of the source, e.g. {@code Cuchran and Pallesen (2016)}
   */
  public record EvidenceItem(String source, String citation, String locator, String quote, List<Integer> objectives) {
    public EvidenceItem { objectives = List.copyOf(objectives); }
  }
}
