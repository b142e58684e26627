package io.integra.casebase.json;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Coupling;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.Verdict;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.cases.Institution;
import io.integra.core.codebook.Lens;
import io.integra.core.vocabulary.Term;

/**
 * The one place where the views read a verdict label, a coupling, a lens kind or an institution's
 * nature from the core and turn it into the text the JSON shapes carry: the enum's {@link Term#id()}
 * (e.g. {@code not-explained}), never its Java name, and null stays null.
 */
public final class CoreLabels {
  private CoreLabels() { }

  public static String verdict(Verdict v) { return Term.idOf(v.label()); }

  public static String coupling(Verdict v) { return Term.idOf(v.coupling()); }

  /** A verdict label already read by the core (timelines, robustness). */
  public static String verdict(VerdictLabel label) { return Term.idOf(label); }

  /**
   * A robustness distribution key: the verdict's id, or the pseudo-label for a lens without a
   * verdict rule (the core keeps these keys as text, {@code VerdictDistribution}).
   */
  public static String verdict(String distributionLabel) { return distributionLabel; }

  public static String coupling(Coupling coupling) { return Term.idOf(coupling); }

  public static String pointVerdict(Timeline.Point p) { return verdict(p.verdict()); }

  public static String pointCoupling(Timeline.Point p) { return Term.idOf(p.coupling()); }

  public static String lensKind(Assessment a) { return Term.idOf(a.lensKind()); }

  public static String lensKind(Lens l) { return Term.idOf(l.kind()); }

  public static String nature(Institution i) { return Term.idOf(i.nature()); }
}
