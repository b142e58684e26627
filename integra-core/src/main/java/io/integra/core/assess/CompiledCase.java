package io.integra.core.assess;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One case prepared for fast assessment through one compiled lens and one coder: the time line is
 * cut into segments at every coding-period boundary and every membership event, and each segment
 * holds the criterion bounds of the coding in force and the number of full members. A lookup is a
 * binary search on epoch days; evaluation allocates nothing.
 *
 * <p>The coding in force at a date is the one {@link IntegrationCase#codingAt} picks: the given
 * coder's, or the deciding coding ({@link io.integra.core.cases.DecidingCoding}) when the coder is null. Where no coding holds, every
 * criterion is unknown ({@code [0,1]}).
 *
 * <p>With measured memberships, the time line is also cut on 1 January of every measured year
 * (and of the year after the last), and each segment's bounds overlay the measured values of its
 * year on the coding as {@link Assessor} does ({@code Assessor.used}), so both paths agree.
 */
public final class CompiledCase {
  private final CompiledLens lens;
  private final int[] starts;       // segment i covers [starts[i], starts[i+1]) in epoch days
  private final double[][] lo, hi;  // criterion bounds per segment
  private final int[] members;      // full members per segment
  private final long commonGovernmentFrom; // first epoch day with a common government, or Long.MAX_VALUE

  private CompiledCase(CompiledLens lens, int[] starts, double[][] lo, double[][] hi, int[] members, long cg) {
    this.lens = lens;
    this.starts = starts;
    this.lo = lo;
    this.hi = hi;
    this.members = members;
    this.commonGovernmentFrom = cg;
  }

  /** Prepares {@code c} for {@code lens}; {@code coder} null means the deciding coding of each period. */
  public static CompiledCase compile(IntegrationCase c, CompiledLens lens, String coder) {
    return compile(c, lens, coder, MeasuredMemberships.NONE, Precedence.CODED);
  }

  /** As {@link #compile(IntegrationCase, CompiledLens, String)}, with measured memberships and their precedence. */
  public static CompiledCase compile(IntegrationCase c, CompiledLens lens, String coder, MeasuredMemberships measured,
                                     Precedence precedence) {
    String lensId = lens.lens().id();
    java.util.SortedSet<Integer> years = measured.years(c.id(), lensId);
    TreeSet<LocalDate> cuts = new TreeSet<>();
    for (int y : years) {
      cuts.add(LocalDate.of(y, 1, 1));
      cuts.add(LocalDate.of(y + 1, 1, 1));
    }
    cuts.add(LocalDate.of(-9999, 1, 1)); // before everything: no coding, no members
    for (Coding k : c.codings()) {
      if (!k.lens().equals(lensId) || (coder != null && !coder.equals(k.coder()))) continue;
      cuts.add(k.from());
      if (k.to() != null) cuts.add(k.to());
    }
    for (Member m : c.members()) {
      for (Spell s : m.spells()) {
        cuts.add(s.from());
        if (s.to() != null) cuts.add(s.to());
      }
    }
    int n = cuts.size();
    int[] starts = new int[n];
    double[][] lo = new double[n][];
    double[][] hi = new double[n][];
    int[] members = new int[n];
    int i = 0;
    int width = lens.criterionCount();
    Map<Coding, double[][]> byCoding = new IdentityHashMap<>();
    Map<Coding, Map<Integer, double[][]>> byCodingYear = new IdentityHashMap<>();
    for (LocalDate d : cuts) {
      starts[i] = (int) d.toEpochDay();
      Coding k = c.codingAt(lensId, d, coder).orElse(null);
      int year = d.getYear();
      // segments under the same coding (and measured year) share their arrays
      double[][] bounds = years.contains(year)
          ? byCodingYear.computeIfAbsent(k, x -> new java.util.HashMap<>()).computeIfAbsent(year,
              y -> bounds(lens, k, width, c.id(), y, measured, precedence))
          : byCoding.computeIfAbsent(k, x -> bounds(lens, x, width));
      lo[i] = bounds[0];
      hi[i] = bounds[1];
      members[i] = c.membersAt(d).size();
      i++;
    }
    long cg = Long.MAX_VALUE;
    for (Institution inst : c.institutions()) {
      if (!inst.commonGovernment()) continue;
      cg = Math.min(cg, inst.established() == null ? Long.MIN_VALUE : inst.established().toEpochDay());
    }
    return new CompiledCase(lens, starts, lo, hi, members, cg);
  }

  private static double[][] bounds(CompiledLens lens, Coding k, int width) {
    double[] l = new double[width];
    double[] h = new double[width];
    Arrays.fill(h, 1);
    if (k != null) {
      for (CriterionCoding cc : k.criteria()) {
        int j = lens.indexOf(cc.criterion());
        if (j >= 0) { l[j] = cc.score(); h[j] = cc.score(); }
      }
    }
    return new double[][] {l, h};
  }

  private static double[][] bounds(CompiledLens lens, Coding k, int width, String caseId, int year,
                                   MeasuredMemberships measured, Precedence precedence) {
    double[] l = new double[width];
    double[] h = new double[width];
    String lensId = lens.lens().id();
    for (int j = 0; j < width; j++) {
      String id = lens.lens().criteria().get(j).id();
      CriterionCoding cc = k == null ? null : k.criterion(id).orElse(null);
      MeasuredMembership mm = measured.find(caseId, lensId, id, year).orElse(null);
      double v = Assessor.used(cc, mm, precedence);
      if (Double.isNaN(v)) { l[j] = 0; h[j] = 1; } else { l[j] = v; h[j] = v; }
    }
    return new double[][] {l, h};
  }

  public CompiledLens lens() { return lens; }

  private int segment(long epochDay) {
    int k = Arrays.binarySearch(starts, (int) epochDay);
    return k >= 0 ? k : Math.max(0, -k - 2);
  }

  /**
   * Assesses the case at {@code epochDay} (see {@link LocalDate#toEpochDay()}): writes the outcome
   * bounds to {@code outLo}/{@code outHi} and returns the verdict (null for a lens kind without
   * a verdict rule).
   */
  public VerdictLabel assess(long epochDay, double[] outLo, double[] outHi) {
    int s = segment(epochDay);
    lens.evaluate(lo[s], hi[s], outLo, outHi);
    return lens.verdict(outLo, outHi, members[s], epochDay >= commonGovernmentFrom);
  }

  /** The verdict label at {@code date} (allocates two small arrays; for event checks, not hot loops). */
  public VerdictLabel verdictAt(LocalDate date) {
    double[] ol = new double[lens.outcomeCount()], oh = new double[lens.outcomeCount()];
    return assess(date.toEpochDay(), ol, oh);
  }

  /** Segment start dates (coding and membership boundaries), for tests and timelines. */
  List<LocalDate> boundaries() {
    List<LocalDate> out = new ArrayList<>();
    for (int s : starts) out.add(LocalDate.ofEpochDay(s));
    return out;
  }
}
