package io.integra.web.pages;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.ObjectiveMatrix;
import io.integra.core.cases.Citation;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Lens;
import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the case page shows: the case at a date through one lens (and one coder). */
public record CaseView(IntegrationCase c, Assessment a, List<Lens> lenses, Lens lens, List<String> coders, String coder,
                       LocalDate at, Map<String, Source> sources) {

  public static String num(Membership m) {
    if (m == null) return "?";
    if (m.isKnown()) return String.format(Locale.ROOT, "%.2f", m.low());
    return String.format(Locale.ROOT, "[%.2f, %.2f]", m.low(), m.high());
  }

  public static String num(double d) { return String.format(Locale.ROOT, "%.2f", d); }

  public String citation(Evidence e) {
    return Citation.ofKey(sources::get, e.source(), Citation.Style.INLINE);
  }

  public List<CriterionResult> coded() { return a.criteria().stream().filter(CriterionResult::coded).toList(); }

  public List<CriterionResult> uncoded() { return a.criteria().stream().filter(cr -> !cr.coded()).toList(); }

  /** The mark of objective {@code n} in a matrix row: E (evidence), A (thesis analysis), D (discussion). */
  public static String mark(ObjectiveMatrix.Row r, int n) {
    StringBuilder b = new StringBuilder();
    if (r.evidenced().contains(n)) b.append('E');
    if (r.analysis().contains(n)) b.append('A');
    if (r.discussion().contains(n)) b.append('D');
    return b.toString();
  }

  public String verdictCss() { return a.verdict().label() == null ? "v-na" : "v-" + a.verdict().label().id(); }
}
