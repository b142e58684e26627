package io.integra.web.pages;

import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Citation;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Objective;
import io.integra.core.codebook.Scale;
import io.integra.web.data.CodingForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-criterion coding form: which period of which coder it writes into (the period picker),
 * which criterion, the criterion's scale, the values in the form, the bibliography for the source
 * picker and the lens's objectives, and the outcome of the last attempt to save.
 *
 * @param periods    the codings of the case under the lens, one per coder and period
 * @param base       the chosen period's coding (null: a new period)
 * @param version    the version of the chosen coding read (optimistic locking; 0 for a new period)
 * @param problems   what the reader found wrong, as text
 * @param yaml       the coding the form makes, as the YAML editor would show it
 */
public record CodingFormView(IntegrationCase c, List<Lens> lenses, Lens lens, List<Coding> periods, Coding base,
                             Criterion criterion, Scale scale, List<Scale> scales, CodingForm form, List<Source> sources,
                             List<Objective> objectives, Long version, String note, List<String> problems, String error,
                             String saved, String yaml) {

  /** The picker's value of a period: {@code coder|from}. */
  public static String periodKey(Coding k) { return k.coder() + "|" + k.from(); }

  public String selectedKey() { return base == null ? "new" : periodKey(base); }

  public static String periodLabel(Coding k) {
    return k.coder() + ": " + k.from() + " to " + (k.to() == null ? "open" : k.to().minusDays(1).toString())
        + " (" + k.criteria().size() + " coded)";
  }

  /** Whether {@code id} is coded in the chosen period (the criterion picker marks it). */
  public boolean coded(String id) { return base != null && base.criterion(id).isPresent(); }

  public String versionText() { return version == null ? "" : version.toString(); }

  /** The score in the form equals {@code v} (a scale point), to the reader's tolerance. */
  public boolean scoreIs(double v) {
    if (form.score() == null || form.score().isBlank()) return false;
    try {
      return Math.abs(Double.parseDouble(form.score()) - v) < 1e-9;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  public static String point(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
  }

  /** The value a radio button sends: the scale point as the codebook writes it. */
  public static String pointValue(double v) { return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }

  /** The evidence rows to show: those in the form, then blank ones, {@code blank} more at least. */
  public List<CodingForm.Item> rows(int blank) {
    List<CodingForm.Item> out = new ArrayList<>(form.evidence());
    for (int i = 0; i < blank && out.size() < CodingForm.MAX_ITEMS; i++) out.add(new CodingForm.Item(null, null, null, List.of()));
    return out;
  }

  /** The label of a bibliography entry in the source list: {@link Citation#label}. */
  public static String sourceLabel(Source s) {
    return Citation.label(s);
  }

  public static String orEmpty(String s) { return s == null ? "" : s; }
}
