package io.integra.casebase.json;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.Verdict;
import io.integra.core.cases.Institution;
import io.integra.core.codebook.Lens;

/**
 * The one place where the views read a verdict label, a coupling, a lens kind or an institution's
 * nature from the core and turn it into the text the JSON shapes carry. Kept apart so that a change
 * of the core's types (strings to enums) is a change here only.
 */
public final class CoreLabels {
  private CoreLabels() { }

  public static String verdict(Verdict v) { return v.label(); }

  public static String coupling(Verdict v) { return v.coupling(); }

  /** A verdict label already read by the core (timelines, robustness). */
  public static String verdict(String label) { return label; }

  public static String pointVerdict(Timeline.Point p) { return verdict(p.verdict()); }

  public static String pointCoupling(Timeline.Point p) { return p.coupling(); }

  public static String lensKind(Assessment a) { return a.lensKind(); }

  public static String lensKind(Lens l) { return l.kind(); }

  public static String nature(Institution i) { return i.nature(); }
}
