package io.integra.core.cases;

import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a case's codings follow beyond their shape, checked on the records themselves: the
 * lens, the scale and each criterion exist in the codebook; a score is a membership score in
 * [0,1] (fuzzy sets, Ragin 2008, ch. 5) and a point of the coding's scale; a period ends after it
 * starts; one coder's codings of one lens never overlap (otherwise two readings would hold on the
 * same day and the deciding coding would be undefined, docs/assessment.md); each evidence item
 * names a source of the bibliography and a locator, and only objectives its lens defines
 * (Buen Vivir's twelve, thesis §4.5.1.3).
 *
 * <p>One place for these rules: {@code casebase/CaseReader} maps each {@link Problem} to the
 * {@code file:line:column} of the value it concerns, and the workspace checks an edit with them
 * directly (no YAML in between). A problem names its place logically ({@link Where}), never by
 * line.
 */
public final class CodingRules {
  private CodingRules() { }

  /** The part of a coding a problem concerns. */
  public enum Field { CODING, LENS, CODER, FROM, TO, SCALE, CRITERION, SCORE, SOURCE, LOCATOR, OBJECTIVES }

  /**
   * Where a problem is: the coding's index in the checked list, and within it the field; for a
   * criterion's fields its id, for an evidence item's fields its index in the criterion's evidence
   * (-1 otherwise).
   */
  public record Where(int coding, Field field, String criterion, int evidence) {
    static Where coding(int i, Field f) { return new Where(i, f, null, -1); }
  }

  /**
   * One broken rule. {@code other} is the index of the coding this one overlaps (null for other
   * rules): a file names it by its line, a workspace by its period ({@link #overlap}).
   */
  public record Problem(Where where, String message, String expected, Integer other) {
    /** {@code message; expected ...}, the form a workspace reports. */
    public String text() { return message + (expected == null ? "" : "; expected " + expected); }
  }

  /**
   * Checks the codings of one case (or one coding on its own) against the codebook and the
   * bibliography's keys; returns every problem, in the order of the codings (empty: all is well).
   */
  public static List<Problem> check(Codebook codebook, Set<String> sourceKeys, List<Coding> codings) {
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      coding(codebook, sourceKeys, i, c, out);
      for (int k = 0; k < i; k++) {
        Coding o = codings.get(k);
        if (c.lens() != null && c.coder() != null && c.from() != null && o.from() != null
            && o.lens().equals(c.lens()) && o.coder().equals(c.coder()) && periodsOverlap(o, c)) {
          out.add(new Problem(Where.coding(i, Field.CODING), overlap(c, "from " + period(o)),
              "periods of one lens and coder that do not overlap (to is the first day after)", k));
        }
      }
    }
    return out;
  }

  /**
   * The text of an overlap of coding {@code c} with another, named by {@code other} (a case file:
   * {@code "at line 12"}; a workspace: {@code "from 2001-01-01 – open"}).
   */
  public static String overlap(Coding c, String other) {
    return "coding period " + period(c) + " of lens '" + c.lens() + "' by '" + c.coder() + "' overlaps the one " + other;
  }

  /** The text of a score outside [0,1], the score as {@code written} (a case file shows it as typed). */
  public static String outside(String written, String criterion) {
    return "score " + written + " of '" + criterion + "' is outside [0,1]";
  }

  /** A score as a rule's message writes it: shortest decimal (1 → "1", 0.1 → "0.1"); NaN and infinities as Java writes them. */
  public static String number(double v) {
    if (!Double.isFinite(v)) return Double.toString(v);
    if (v == 0) return "0";
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String period(Coding c) {
    return c.from() + " – " + (c.to() == null ? "open" : c.to());
  }

  private static boolean periodsOverlap(Coding a, Coding b) {
    boolean aBefore = a.to() != null && !a.to().isAfter(b.from());
    boolean bBefore = b.to() != null && !b.to().isAfter(a.from());
    return !aBefore && !bBefore;
  }

  private static void coding(Codebook codebook, Set<String> sourceKeys, int i, Coding c, List<Problem> out) {
    Lens lens = null;
    if (c.lens() == null) out.add(missing(Where.coding(i, Field.LENS), "lens", "a coding"));
    else {
      lens = codebook.lens(c.lens()).orElse(null);
      if (lens == null) out.add(new Problem(Where.coding(i, Field.LENS), "unknown lens '" + c.lens() + "'", "one of " + String.join(", ", codebook.lensIds()), null));
    }
    if (c.coder() == null || c.coder().isBlank()) out.add(missing(Where.coding(i, Field.CODER), "coder", "a coding"));
    if (c.from() == null) out.add(missing(Where.coding(i, Field.FROM), "from", "a coding"));
    else if (c.to() != null && !c.to().isAfter(c.from())) {
      out.add(new Problem(Where.coding(i, Field.TO), "coding period ends (" + c.to() + ") before or on the day it starts (" + c.from() + ")", "'to' after 'from'", null));
    }
    Scale scale = null;
    if (c.scale() == null) out.add(missing(Where.coding(i, Field.SCALE), "scale", "a coding"));
    else {
      scale = codebook.scale(c.scale()).orElse(null);
      if (scale == null) {
        out.add(new Problem(Where.coding(i, Field.SCALE), "unknown scale '" + c.scale() + "'",
            "one of " + String.join(", ", codebook.scales().stream().map(Scale::id).toList()), null));
      }
    }
    Set<String> seen = new HashSet<>();
    for (CriterionCoding cc : c.criteria()) {
      String cid = cc.criterion();
      Where at = new Where(i, Field.CRITERION, cid, -1);
      // In a file the criteria are a mapping (a repeated key is a YAML error); a record can repeat one.
      if (!seen.add(cid)) out.add(new Problem(at, "criterion '" + cid + "' is coded twice", "each criterion once per coding", null));
      if (lens != null && lens.criterion(cid).isEmpty()) {
        out.add(new Problem(at, "unknown criterion '" + cid + "' for lens '" + c.lens() + "'",
            "one of " + String.join(", ", lens.criteria().stream().map(k -> k.id()).toList()), null));
      }
      criterion(sourceKeys, i, cc, lens, scale, out);
    }
  }

  private static void criterion(Set<String> sourceKeys, int i, CriterionCoding cc, Lens lens, Scale scale, List<Problem> out) {
    String cid = cc.criterion();
    double score = cc.score();
    Where at = new Where(i, Field.SCORE, cid, -1);
    if (!(score >= 0 && score <= 1)) { // also NaN
      out.add(new Problem(at, outside(number(score), cid), "a membership score from 0 to 1", null));
    } else if (scale != null && !scale.allows(score)) {
      out.add(new Problem(at, "score " + score + " of '" + cid + "' is not on scale '" + scale.id() + "'",
          "one of " + String.join(", ", scale.points().stream().map(p -> number(p.value())).toList()), null));
    }
    for (int e = 0; e < cc.evidence().size(); e++) {
      Evidence ev = cc.evidence().get(e);
      if (ev.source() == null || ev.source().isBlank()) out.add(missing(new Where(i, Field.SOURCE, cid, e), "source", "an evidence item"));
      else if (!sourceKeys.contains(ev.source())) {
        out.add(new Problem(new Where(i, Field.SOURCE, cid, e), "source '" + ev.source() + "' is not in the bibliography", "a key defined in bibliography.yaml", null));
      }
      if (ev.locator() == null) out.add(missing(new Where(i, Field.LOCATOR, cid, e), "locator", "an evidence item"));
      for (int o : ev.objectives()) {
        if (lens != null && lens.objective(o).isPresent()) continue;
        out.add(new Problem(new Where(i, Field.OBJECTIVES, cid, e),
            "unknown objective " + o + (lens != null && lens.objectives().isEmpty() ? " (lens '" + lens.id() + "' defines no objectives)" : ""),
            lens != null && !lens.objectives().isEmpty() ? "an objective number from 1 to " + lens.objectives().size() : "no objectives for this lens", null));
      }
    }
  }

  /** The same words as a missing key of a case file ({@code casebase/yaml/Fields}). */
  private static Problem missing(Where at, String key, String what) {
    return new Problem(at, "missing '" + key + "' in " + what, "a value for '" + key + "'", null);
  }
}
