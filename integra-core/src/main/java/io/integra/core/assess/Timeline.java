package io.integra.core.assess;

import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case through one lens year by year, built by {@link TimelineBuilder}: outcomes and verdict at
 * 30 June of each year, every crossing of the 0.5 crossover and every change of verdict, each with
 * the dated changes in the case that caused it.
 *
 * @param caseId    the case id
 * @param lensId    the lens id
 * @param coder     the coder asked for, or null (the deciding coding of each period, see {@link io.integra.core.cases.DecidingCoding})
 * @param points    one point per year
 * @param crossings outcome crossings of 0.5, in date order
 * @param verdicts  verdict changes, in date order
 * @param events    membership events (a state joins, leaves, is suspended or reinstated) dated
 *                  after the sample before the first point and up to the last point, in date order
 */
public record Timeline(String caseId, String lensId, String coder, List<Point> points, List<Crossing> crossings,
                       List<VerdictChange> verdicts, List<Change> events) {
  public Timeline {
    points = List.copyOf(points);
    crossings = List.copyOf(crossings);
    verdicts = List.copyOf(verdicts);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** Without membership events (the shape before they were added). */
  public Timeline(String caseId, String lensId, String coder, List<Point> points, List<Crossing> crossings, List<VerdictChange> verdicts) {
    this(caseId, lensId, coder, points, crossings, verdicts, List.of());
  }

  /** {@code in} (lower bound at least 0.5), {@code out} (upper bound below 0.5), else {@code unknown}. */
  public static String side(Membership m) {
    if (VerdictRule.holds(m.low())) return "in";
    if (VerdictRule.fails(m.high())) return "out";
    return "unknown";
  }

  /**
   * The case at one sampled date.
   *
   * @param at       the date
   * @param members  number of full members
   * @param outcomes outcome id to value, in lens order
   * @param verdict  the verdict, or null (a lens kind without a verdict rule)
   * @param coupling the coupling, or null
   * @param basis    criterion id to {@code coded}, {@code measured}, {@code both} or {@code unknown}, in lens order
   * @param measured criterion id to its measured membership in the year, for the criteria measured
   */
  public record Point(LocalDate at, int members, Map<String, Membership> outcomes, VerdictLabel verdict, Coupling coupling,
                      Map<String, String> basis, Map<String, Double> measured) {
    public Point {
      outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
      basis = Collections.unmodifiableMap(new LinkedHashMap<>(basis));
      measured = Collections.unmodifiableMap(new LinkedHashMap<>(measured));
    }

    /** A point without criterion bases (coded memberships only). */
    public Point(LocalDate at, int members, Map<String, Membership> outcomes, VerdictLabel verdict, Coupling coupling) {
      this(at, members, outcomes, verdict, coupling, Map.of(), Map.of());
    }
  }

  /**
   * An outcome moving across the 0.5 crossover (or into or out of the unknown) between two points.
   *
   * @param outcome the outcome id
   * @param from    the earlier point's date
   * @param to      the later point's date
   * @param before  value at {@code from}
   * @param after   value at {@code to}
   * @param causes  the changes dated in {@code (from, to]} that moved it: coding-period boundaries
   */
  public record Crossing(String outcome, LocalDate from, LocalDate to, Membership before, Membership after, List<Change> causes) {
    public Crossing { causes = List.copyOf(causes); }

    /** {@code up} (now holds), {@code down} (now fails) or {@code unknown}. */
    public String direction() {
      String s = side(after);
      return s.equals("in") ? "up" : s.equals("out") ? "down" : "unknown";
    }
  }

  /**
   * A change of verdict between two points.
   *
   * @param causes the changes dated in {@code (from, to]}: coding-period boundaries, membership
   *               events, common governments established
   */
  public record VerdictChange(LocalDate from, LocalDate to, VerdictLabel before, VerdictLabel after, List<Change> causes) {
    public VerdictChange { causes = List.copyOf(causes); }
  }

  /**
   * A dated change in the case.
   *
   * @param date        the first day of the new situation
   * @param kind        {@code coding} (a coding period starts or ends), {@code measured} (measured
   *                    memberships of a new year apply), {@code membership} (a spell
   *                    starts or ends) or {@code institution} (a common government is established)
   * @param description what changed, in words
   */
  public record Change(LocalDate date, String kind, String description) { }
}
