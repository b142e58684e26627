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
   * The case under one lens, as the assessment engine reads it (io.integra.core.assess).
   *
   * @param coder          the coder whose coding holds at the date, or null when none does
   * @param scores         one per criterion of the lens, in codebook order; {@code value} null means unknown
   * @param outcomes       one per outcome of the lens; an interval when it depends on unknown criteria
   * @param verdict        the verdict label (none, transition, pluralistic, amalgamated; explained,
   *                       not-explained; undetermined when the evidence cannot decide), or null for a
   *                       lens kind without a verdict rule
   * @param coupling       tight, loose, or null
   * @param verdictReasons the steps of the rule that decided, in words
   * @param fit            closeness to the ideal type (fuzzy AND of the counted criteria), an interval when unknowns count
   * @param meanGap        mean distance to the ideal type over the counted criteria
   * @param holdingBack    the counted criteria with the largest known gaps
   * @param rank           1-based rank of the case by fit among the reported cases under this lens
   * @param dimensions     political, economic and social dimensions at the date
   * @param supported      Buen Vivir objective numbers the case's evidence supports (empty for other lenses)
   */
  public record Reading(String lens, String coder, String from, String to, String scale, List<Score> scores,
                        List<OutcomeValue> outcomes, String verdict, String coupling, List<String> verdictReasons,
                        Interval fit, Interval meanGap, List<String> holdingBack, int rank, List<DimensionView> dimensions,
                        List<Integer> supported) {
    public Reading {
      scores = List.copyOf(scores);
      outcomes = List.copyOf(outcomes);
      verdictReasons = List.copyOf(verdictReasons);
      holdingBack = List.copyOf(holdingBack);
      dimensions = List.copyOf(dimensions);
      supported = List.copyOf(supported);
    }

    public long coded() { return scores.stream().filter(s -> s.value() != null && !"measured".equals(s.basis())).count(); }

    /** Criteria whose membership comes from data alone (docs/measured.md). */
    public long measured() { return scores.stream().filter(s -> "measured".equals(s.basis())).count(); }

    public OutcomeValue outcome(String id) {
      return outcomes.stream().filter(o -> o.outcome().equals(id)).findFirst().orElse(null);
    }

    public DimensionView dimension(String id) {
      return dimensions.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Whether the verdict is settled: it holds whatever values the uncoded criteria take, i.e. it is
     * not {@code undetermined} (io.integra.core.assess.VerdictRule#settled). In report.json as
     * {@code verdictSettled}, the name of {@code integra assess --format json}.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("verdictSettled")
    public boolean settled() { return io.integra.core.assess.VerdictRule.settled(io.integra.core.assess.VerdictLabel.of(verdict)); }

    /** The verdict with its coupling, e.g. {@code pluralistic (tight)}; null when there is no verdict. */
    public String verdictText() {
      if (verdict == null) return null;
      return coupling == null ? verdict : verdict + " (" + coupling + ")";
    }
  }

  /** A membership interval [low, high]: a point when known, [0, 1] when nothing is known. */
  public record Interval(double low, double high) {
    public boolean known() { return low == high; }
  }

  /**
   * A dimension of integration (thesis §4.4.2).
   *
   * @param stage economic only: the highest stage of the ladder reached, or none
   * @param flags economic only: stages reached out of the neofunctionalist order
   */
  public record DimensionView(String id, double score, String stage, List<String> flags, List<String> reasons, Interval interval) {
    public DimensionView {
      flags = List.copyOf(flags);
      reasons = List.copyOf(reasons);
      if (interval == null) interval = new Interval(score, score);
    }

    /** A fully known dimension score. */
    public DimensionView(String id, double score, String stage, List<String> flags, List<String> reasons) {
      this(id, score, stage, flags, reasons, new Interval(score, score));
    }

    /** Whether the score is known (it does not depend on uncoded criteria); else show {@link #interval()}, never {@link #score()}. */
    public boolean known() { return interval.known(); }
  }

  /** A criterion's membership; {@code value} is null when the criterion is not coded (unknown, never 0). */
  public record Score(String criterion, Double value, String label, String basis) {
    /** A score without its basis (coded, or unknown when {@code value} is null). */
    public Score(String criterion, Double value, String label) { this(criterion, value, label, value == null ? "unknown" : "coded"); }
  }

  /** An outcome's membership as an interval [low, high]; a point when fully known. */
  public record OutcomeValue(String outcome, double low, double high) {
    public boolean known() { return low == high; }
  }

  /**
   * The case year by year, sampled on 30 June (io.integra.core.assess.TimelineBuilder).
   *
   * @param years   calendar years from the first sampled year to the timeline's end (the date of
   *                assessment, or the current year when the report asks for it)
   * @param members the number of full members on each sample day
   * @param tracks  one per lens: the outcome that decides its verdict, and the verdict, each year
   * @param marks   crossings of the 0.5 crossover and changes of verdict, with their causes
   * @param events  membership events (joins, departures, suspensions) up to the timeline's last year
   * @param measuredEnds the last year of each criterion's measured series (empty when nothing is measured)
   */
  public record Timeline(List<Integer> years, List<Integer> members, List<Track> tracks, List<Mark> marks, List<Event> events,
                         List<MeasuredEnd> measuredEnds) {
    public Timeline {
      years = List.copyOf(years);
      members = List.copyOf(members);
      tracks = List.copyOf(tracks);
      marks = List.copyOf(marks);
      events = List.copyOf(events);
      measuredEnds = measuredEnds == null ? List.of() : List.copyOf(measuredEnds);
    }

    /** Without measured-series ends (the shape before they were added). */
    public Timeline(List<Integer> years, List<Integer> members, List<Track> tracks, List<Mark> marks, List<Event> events) {
      this(years, members, tracks, marks, events, List.of());
    }
  }

  /** The last year with a measured membership of {@code criterion} for the case: where its data series ends. */
  public record MeasuredEnd(String criterion, int year) { }

  /**
   * A lens's deciding outcome and verdict over the timeline's years; {@code value} entries are
   * null where the outcome is not known, {@code low}/{@code high} give its bounds.
   */
  public record Track(String lens, String outcome, String outcomeName, List<Double> value, List<Double> low, List<Double> high,
                      List<String> verdict) {
    public Track {
      value = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(value));
      low = List.copyOf(low);
      high = List.copyOf(high);
      verdict = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(verdict));
    }
  }

  /**
   * A crossing or a verdict change between two sample days.
   *
   * @param kind   {@code crossing} (an outcome moves across 0.5) or {@code verdict}
   * @param year   the year of the later sample
   * @param text   what changed, e.g. {@code verdict: transition → pluralistic}
   * @param causes the dated changes in the case that caused it
   */
  public record Mark(String lens, String kind, int year, String from, String to, String text, List<String> causes) {
    public Mark { causes = List.copyOf(causes); }
  }

  /**
   * A change in a state's membership.
   *
   * @param kind    {@code joined}, {@code left}, {@code suspended} or {@code reinstated}
   * @param effects verdict changes it coincides with, per lens, e.g. {@code deutsch-1957: none → transition}
   */
  public record Event(String date, String iso3, String name, String kind, List<String> effects) {
    public Event { effects = List.copyOf(effects); }
  }

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
