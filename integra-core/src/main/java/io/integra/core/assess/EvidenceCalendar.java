package io.integra.core.assess;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * When the case base has evidence: the latest date at which any case is known on some criterion
 * (the report's and the web workbench's default date), whether a case existed at a date, and, for
 * one assessment, where the date lies against the coding periods and the measured years
 * ({@link EvidenceStatus}, shown by {@code assess}).
 *
 * <p>Evidence is read through the {@link Assessor} and {@link Coverage#basisOf}, so the codings
 * considered are those an assessment reads (the coder it would choose), and measured memberships
 * count as soon as assessments carry them.
 */
public final class EvidenceCalendar {
  private EvidenceCalendar() { }

  /** {@link #latestEvidenceDate(Assessor, List, List, LocalDate)} with a plain assessor of the case base's codebook. */
  public static LocalDate latestEvidenceDate(CaseBase base, List<String> lensIds, LocalDate today) {
    return latestEvidenceDate(new Assessor(base.codebook()), base.cases(), lensIds, today);
  }

  /**
   * The latest day, not after {@code today}, on which an assessment of some case under some of
   * {@code lensIds} (empty: every lens) knows at least one criterion; {@code today} when no day
   * has evidence.
   *
   * <p>What an assessment knows changes only on the first day of a coding period, the day after
   * one ends, a membership event (measured memberships follow the members) or a new year
   * (measured series are yearly). So the candidates are {@code today} and the eve of each such
   * day, tried from the latest back; the first with evidence is the answer.
   */
  public static LocalDate latestEvidenceDate(Assessor assessor, List<IntegrationCase> cases, List<String> lensIds, LocalDate today) {
    List<String> lenses = lensIds == null || lensIds.isEmpty() ? assessor.codebook().lensIds() : lensIds;
    TreeSet<LocalDate> candidates = new TreeSet<>(Comparator.reverseOrder());
    candidates.add(today);
    int firstYear = today.getYear();
    for (IntegrationCase c : cases) {
      for (Coding k : c.codings()) {
        if (!lenses.contains(k.lens())) continue;
        candidates.add(k.from().minusDays(1));
        if (k.to() != null) candidates.add(k.to().minusDays(1));
        firstYear = Math.min(firstYear, k.from().getYear());
      }
      for (LocalDate d : c.membershipEventDates()) candidates.add(d.minusDays(1));
      Integer first = TimelineBuilder.firstYear(c);
      if (first != null) firstYear = Math.min(firstYear, first);
    }
    for (int y = Math.max(firstYear, Coverage.FIRST_YEAR); y <= today.getYear(); y++) candidates.add(LocalDate.of(y, 12, 31));
    for (LocalDate d : candidates) {
      if (d.isAfter(today)) continue;
      for (IntegrationCase c : cases) {
        if (!existsAt(c, d)) continue;
        for (String l : lenses) {
          if (hasEvidence(assessor.assess(c, l, d, null))) return d;
        }
      }
    }
    return today;
  }

  /** Whether some criterion of the assessment is known (coded or measured). */
  public static boolean hasEvidence(Assessment a) {
    return a.criteria().stream().anyMatch(r -> !Coverage.UNKNOWN.equals(Coverage.basisOf(r)));
  }

  /**
   * The day the case begins: its founding (the founding instrument's signature), else the first
   * day of its first membership spell; null when neither is known.
   */
  public static LocalDate beginning(IntegrationCase c) {
    if (c.foundedOn() != null) return c.foundedOn();
    return c.members().stream().map(Member::spells).flatMap(List::stream).map(Spell::from).min(Comparator.naturalOrder()).orElse(null);
  }

  /** Whether the case existed at {@code date}: on or after its {@link #beginning} (true when that is unknown). */
  public static boolean existsAt(IntegrationCase c, LocalDate date) {
    LocalDate b = beginning(c);
    return b == null || !date.isBefore(b);
  }

  /**
   * Where the date of an assessment lies: before the case existed, inside or outside the coding
   * periods of the lens (of the assessment's coder when one was asked for), inside or outside the
   * years with measured memberships. {@code today} bounds the measured years searched.
   *
   * @param coder the coder asked for, or null (the coder the assessment chose)
   */
  public static EvidenceStatus status(Assessor assessor, IntegrationCase c, Assessment a, String coder, LocalDate today) {
    LocalDate at = a.at();
    LocalDate begins = beginning(c);
    boolean existed = existsAt(c, at);
    Coding holding = a.coder() == null ? null : c.codingAt(a.lensId(), at, a.coder()).orElse(null);
    LocalDate lastEnd = null, nextStart = null;
    boolean anyCoding = false;
    for (Coding k : c.codings()) {
      if (!k.lens().equals(a.lensId()) || (coder != null && !coder.equals(k.coder()))) continue;
      anyCoding = true;
      if (k.to() != null && !k.to().isAfter(at) && (lastEnd == null || k.to().isAfter(lastEnd))) lastEnd = k.to();
      if (k.from().isAfter(at) && (nextStart == null || k.from().isBefore(nextStart))) nextStart = k.from();
    }
    LocalDate lastDay = lastEnd == null ? null : lastEnd.minusDays(1);
    Integer mFrom = null, mTo = null;
    Integer first = TimelineBuilder.firstYear(c);
    if (first != null) {
      for (int y = Math.max(first, Coverage.FIRST_YEAR); y <= today.getYear(); y++) {
        Assessment ya = assessor.assess(c, a.lensId(), TimelineBuilder.sampleDate(y), coder);
        if (ya.criteria().stream().anyMatch(r -> Coverage.measured(Coverage.basisOf(r)))) {
          if (mFrom == null) mFrom = y;
          mTo = y;
        }
      }
    }
    boolean measuredNow = a.criteria().stream().anyMatch(r -> Coverage.measured(Coverage.basisOf(r)));
    List<String> parts = new ArrayList<>();
    if (!existed) {
      String name = c.shortName() == null || c.shortName().isBlank() ? c.name() : c.shortName();
      parts.add(name + " did not exist yet on " + at + " (" + (c.foundedOn() != null ? "founded on " : "its first member joined on ")
          + begins + "): there is no group to assess, so no verdict");
    } else if (holding != null) {
      parts.add("the coding by " + holding.coder() + " for " + holding.from() + " to "
          + (holding.to() == null ? "open" : holding.to().minusDays(1).toString()) + " holds at " + at);
    } else {
      String p = "no coding of " + a.lensId() + (coder == null ? "" : " by " + coder) + " holds at " + at;
      if (!anyCoding) p += "; the case has no coding under this lens";
      if (lastDay != null) p += "; the last coding period ended " + lastDay;
      if (nextStart != null) p += "; the next coding period starts " + nextStart;
      parts.add(p);
    }
    if (!existed) {
      // measured memberships of a group that did not exist are beside the point
    } else if (mFrom == null) {
      parts.add("no measured memberships for this case and lens");
    } else {
      parts.add("measured data cover " + mFrom + "-" + mTo + (at.getYear() < mFrom || at.getYear() > mTo ? " (outside them)" : ""));
    }
    return new EvidenceStatus(existed, begins, holding != null, holding == null ? null : holding.from(),
        holding == null ? null : holding.to(), lastDay, nextStart, mFrom, mTo, measuredNow, String.join("; ", parts));
  }
}
