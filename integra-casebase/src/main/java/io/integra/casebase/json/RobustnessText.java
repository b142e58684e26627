package io.integra.casebase.json;

import io.integra.core.robust.VerdictDistribution;
import java.util.Locale;

/** The one-line summary of a verdict distribution, shared by the JSON views and the CLI's text. */
public final class RobustnessText {
  private RobustnessText() { }

  public static String pct(double share) { return String.format(Locale.ROOT, "%.1f %%", 100 * share); }

  public static String count(double n) { return String.format(Locale.ROOT, "%,.0f", n); }

  /** "pluralistic in 87.5 % of 4,096 admissible codings" (or "of 10,000 drawn from ..."). */
  public static String summary(VerdictDistribution d) {
    String of = d.exhaustive() ? count(d.evaluated()) + " admissible codings"
        : count(d.evaluated()) + " codings drawn (seed " + d.seed() + ") from " + count(d.size());
    return CoreLabels.verdict(d.label()) + " in " + pct(d.share()) + " of " + of;
  }
}
