package io.integra.core.assess;

import io.integra.core.cases.Coding;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Timeline}: the case sampled on 30 June of each year (mid-year, so that a change
 * in the first half of a year shows in that year; the thesis's own reading is of mid-2016), with
 * every crossing of the 0.5 crossover and every change of verdict between two samples, and the
 * changes dated between them that caused it.
 *
 * <p>Causes are exact, not guessed: outcomes depend only on the coding in force, so an outcome
 * crossing is caused by the coding-period boundaries between the two samples; a verdict also
 * depends on the number of members and on a common government, so its candidate causes add
 * membership events and common governments established. Of the candidates, those on whose day
 * the outcome's side (or the verdict) changes — assessed the day before and on the day — are
 * kept; if no single day moves it, all candidates are kept.
 */
public final class TimelineBuilder {
  /** The sampling day of each year. */
  public static final Month MONTH = Month.JUNE;
  public static final int DAY = 30;

  private TimelineBuilder() { }

  /** The sample date of {@code year}. */
  public static LocalDate sampleDate(int year) { return LocalDate.of(year, MONTH, DAY); }

  /**
   * The first year whose sample date falls on or after the founding (or the first membership
   * spell when the founding date is unknown); null when the case has neither.
   */
  public static Integer firstYear(IntegrationCase c) {
    LocalDate start = c.foundedOn();
    if (start == null) {
      start = c.members().stream().flatMap(m -> m.spells().stream()).map(Spell::from).min(Comparator.naturalOrder()).orElse(null);
    }
    if (start == null) return null;
    return start.isAfter(sampleDate(start.getYear())) ? start.getYear() + 1 : start.getYear();
  }

  public static Timeline build(IntegrationCase c, CompiledLens cl, String coder, int fromYear, int toYear, LocalDate today) {
    return build(c, cl, coder, fromYear, toYear, today, io.integra.core.indicator.MeasuredMemberships.NONE,
        io.integra.core.indicator.Precedence.CODED);
  }

  /**
   * As above, with measured memberships: a change of a measured value on 1 January of a year is a
   * candidate cause (kind {@code measured}) like a coding-period boundary.
   */
  public static Timeline build(IntegrationCase c, CompiledLens cl, String coder, int fromYear, int toYear, LocalDate today,
                               io.integra.core.indicator.MeasuredMemberships measured, io.integra.core.indicator.Precedence precedence) {
    CompiledCase cc = CompiledCase.compile(c, cl, coder, measured, precedence);
    List<Outcome> os = cl.lens.outcomes();
    List<Timeline.Change> codingChanges = new ArrayList<>(codingChanges(c, cl.lens.id(), coder));
    codingChanges.addAll(measuredChanges(c, cl, measured));
    codingChanges.sort(Comparator.comparing(Timeline.Change::date));
    List<Timeline.Change> otherChanges = otherChanges(c);
    List<Timeline.Point> points = new ArrayList<>();
    List<Timeline.Crossing> crossings = new ArrayList<>();
    List<Timeline.VerdictChange> verdicts = new ArrayList<>();
    double[] lo = new double[os.size()], hi = new double[os.size()];
    Timeline.Point prev = null;
    for (int y = fromYear; y <= toYear; y++) {
      LocalDate d = sampleDate(y);
      if (today != null && d.isAfter(today)) break;
      VerdictLabel code = cc.assess(d.toEpochDay(), lo, hi);
      Map<String, Membership> values = new LinkedHashMap<>();
      for (int i = 0; i < os.size(); i++) values.put(os.get(i).id(), new Membership(lo[i], hi[i]));
      Map<String, String> basis = new LinkedHashMap<>();
      Map<String, Double> measuredValues = new LinkedHashMap<>();
      Coding inForce = c.codingAt(cl.lens.id(), d, coder).orElse(null);
      for (var cr : cl.lens.criteria()) {
        var mm = measured.find(c.id(), cl.lens.id(), cr.id(), d.getYear()).orElse(null);
        boolean coded = inForce != null && inForce.criterion(cr.id()).isPresent();
        basis.put(cr.id(), (coded ? (mm != null ? CriterionResult.Basis.BOTH : CriterionResult.Basis.CODED)
            : (mm != null ? CriterionResult.Basis.MEASURED : CriterionResult.Basis.UNKNOWN)).id());
        if (mm != null) measuredValues.put(cr.id(), mm.membership());
      }
      Timeline.Point p = new Timeline.Point(d, c.membersAt(d).size(), values, code,
          VerdictRule.coupling(code, cl.coupling, lo, hi), basis, measuredValues);
      if (prev != null) {
        for (Outcome o : os) {
          Membership before = prev.outcomes().get(o.id()), after = p.outcomes().get(o.id());
          if (!Timeline.side(before).equals(Timeline.side(after))) {
            int k = os.indexOf(o);
            List<Timeline.Change> causes = pinpoint(between(codingChanges, prev.at(), d), day -> side(cc, k, day - 1) != side(cc, k, day));
            crossings.add(new Timeline.Crossing(o.id(), prev.at(), d, before, after, causes));
          }
        }
        if (!java.util.Objects.equals(prev.verdict(), p.verdict())) {
          List<Timeline.Change> causes = new ArrayList<>(between(codingChanges, prev.at(), d));
          causes.addAll(between(otherChanges, prev.at(), d));
          causes.sort(Comparator.comparing(Timeline.Change::date));
          causes = pinpoint(causes, day -> !java.util.Objects.equals(verdict(cc, day - 1), verdict(cc, day)));
          verdicts.add(new Timeline.VerdictChange(prev.at(), d, prev.verdict(), p.verdict(), causes));
        }
      }
      points.add(p);
      prev = p;
    }
    List<Timeline.Change> events = points.isEmpty() ? List.of()
        : between(otherChanges, sampleDate(fromYear - 1), points.get(points.size() - 1).at()).stream()
            .filter(ch -> ch.kind().equals("membership")).toList();
    return new Timeline(c.id(), cl.lens.id(), coder, points, crossings, verdicts, events);
  }

  /**
   * Keeps the candidate changes on whose day the outcome's side (or the verdict) actually changes,
   * comparing the day before with the day itself; when no single day does (several changes that
   * only together move it), keeps them all.
   */
  private static List<Timeline.Change> pinpoint(List<Timeline.Change> candidates, java.util.function.LongPredicate changesOn) {
    List<Timeline.Change> kept = candidates.stream().filter(ch -> changesOn.test(ch.date().toEpochDay())).toList();
    return kept.isEmpty() ? candidates : kept;
  }

  private static int side(CompiledCase cc, int outcome, long day) {
    double[] lo = new double[cc.lens().outcomeCount()], hi = new double[cc.lens().outcomeCount()];
    cc.assess(day, lo, hi);
    return VerdictRule.holds(lo[outcome]) ? 1 : VerdictRule.fails(hi[outcome]) ? -1 : 0;
  }

  private static VerdictLabel verdict(CompiledCase cc, long day) {
    double[] lo = new double[cc.lens().outcomeCount()], hi = new double[cc.lens().outcomeCount()];
    return cc.assess(day, lo, hi);
  }

  private static List<Timeline.Change> between(List<Timeline.Change> changes, LocalDate after, LocalDate upTo) {
    return changes.stream().filter(ch -> ch.date().isAfter(after) && !ch.date().isAfter(upTo)).toList();
  }

  static List<Timeline.Change> codingChanges(IntegrationCase c, String lensId, String coder) {
    List<Timeline.Change> out = new ArrayList<>();
    for (Coding k : c.codings()) {
      if (!k.lens().equals(lensId) || (coder != null && !coder.equals(k.coder()))) continue;
      // with no coder asked for, only codings that can decide are causes (see DecidingCoding)
      if (coder == null && !io.integra.core.cases.DecidingCoding.canDecide(c, k)) continue;
      String period = k.from() + " to " + (k.to() == null ? "open" : k.to().toString());
      out.add(new Timeline.Change(k.from(), "coding", "coding by " + k.coder() + " (" + period + ") starts"));
      if (k.to() != null) out.add(new Timeline.Change(k.to(), "coding", "coding by " + k.coder() + " (" + period + ") ends"));
    }
    out.sort(Comparator.comparing(Timeline.Change::date));
    return out;
  }

  /** 1 January of each year where a measured value of the case starts, ends or changes. */
  static List<Timeline.Change> measuredChanges(IntegrationCase c, CompiledLens cl, io.integra.core.indicator.MeasuredMemberships measured) {
    List<Timeline.Change> out = new ArrayList<>();
    java.util.SortedSet<Integer> years = measured.years(c.id(), cl.lens.id());
    if (years.isEmpty()) return out;
    for (int y = years.first(); y <= years.last() + 1; y++) {
      List<String> changed = new ArrayList<>();
      for (var cr : cl.lens.criteria()) {
        var now = measured.find(c.id(), cl.lens.id(), cr.id(), y).map(m -> m.membership()).orElse(null);
        var before = measured.find(c.id(), cl.lens.id(), cr.id(), y - 1).map(m -> m.membership()).orElse(null);
        if (!java.util.Objects.equals(now, before)) changed.add(cr.id());
      }
      if (!changed.isEmpty()) {
        out.add(new Timeline.Change(LocalDate.of(y, 1, 1), "measured", "measured memberships of " + y + " apply ("
            + String.join(", ", changed) + ")"));
      }
    }
    return out;
  }

  static List<Timeline.Change> otherChanges(IntegrationCase c) {
    List<Timeline.Change> out = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Member m : c.members()) names.put(m.iso3(), m.name());
    for (DisintegrationWatch.Change ch : DisintegrationWatch.events(c)) {
      String name = names.get(ch.iso3());
      out.add(new Timeline.Change(ch.date(), "membership", ch.iso3() + (name == null ? "" : " (" + name + ")") + " " + ch.change().id()));
    }
    for (Institution i : c.institutions()) {
      if (i.commonGovernment() && i.established() != null) {
        out.add(new Timeline.Change(i.established(), "institution", "common government " + i.id() + " established"));
      }
    }
    out.sort(Comparator.comparing(Timeline.Change::date));
    return out;
  }
}
