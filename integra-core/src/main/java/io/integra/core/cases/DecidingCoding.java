package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which coding decides a case's reading through a lens at a date when several coders coded it.
 * The rule (docs/workspace.md, docs/assessment.md), in order:
 * <ol>
 *   <li>a reconciled coding (coder {@link #RECONCILED}) holding at the date: what the coders agreed on;</li>
 *   <li>else, when the case names primary coders (a workspace's designated primary coder, or by
 *       default the coders of the bundled data, e.g. the thesis's reading and the later codings
 *       from the fact sheets, which never overlap) and one of them has coded the case through the
 *       lens (in any period), the coding holding at the date of the first of them, in their order,
 *       that has one — or none: another coder's reading changes a verdict only once it is
 *       reconciled or its coder is made primary;</li>
 *   <li>else the first coding holding at the date in the case's own order (file order for a case
 *       file, order of recording in a workspace) — never the order of coder names.</li>
 * </ol>
 * Other coders' codings are shown beside the deciding one and used by agreement statistics.
 */
public final class DecidingCoding {
  /** The coder name reconciled codings carry (the workspace stores reconciliations under it). */
  public static final String RECONCILED = "reconciled";

  private DecidingCoding() { }

  /** The deciding coding of {@code lens} at {@code date}, by the rule above. */
  public static Optional<Coding> at(IntegrationCase c, String lens, LocalDate date) {
    List<Coding> holding = c.codingsAt(lens, date);
    for (Coding k : holding) if (RECONCILED.equals(k.coder())) return Optional.of(k);
    if (primaryCoded(c, lens)) {
      for (String primary : c.primaryCoders()) {
        for (Coding k : holding) if (primary.equals(k.coder())) return Optional.of(k);
      }
      return Optional.empty();
    }
    return holding.stream().findFirst();
  }

  /** Whether one of the case's primary coders has coded it through {@code lens} in any period. */
  public static boolean primaryCoded(IntegrationCase c, String lens) {
    List<String> primary = c.primaryCoders();
    return !primary.isEmpty() && c.codings().stream().anyMatch(k -> k.lens().equals(lens) && primary.contains(k.coder()));
  }

  /**
   * Whether a coding can ever decide by the rule (a reconciled one; the primary coder's when the
   * primary coder coded the lens; else any): what time lines list as coding changes.
   */
  public static boolean canDecide(IntegrationCase c, Coding k) {
    if (RECONCILED.equals(k.coder())) return true;
    if (primaryCoded(c, k.lens())) return c.primaryCoders().contains(k.coder());
    return true;
  }

  /**
   * Why the deciding coding decides, in words (for text output): {@code reconciled},
   * {@code primary coder}, {@code first coding in file order}; null when no coding decides.
   */
  public static String why(IntegrationCase c, String lens, Coding deciding) {
    if (deciding == null) return null;
    if (RECONCILED.equals(deciding.coder())) return "reconciled coding";
    if (primaryCoded(c, lens)) return "primary coder";
    return c.primaryCoder() == null ? "first coding in file order"
        : "first coding recorded (the primary coder " + String.join(", ", c.primaryCoders()) + " has not coded this lens)";
  }
}
