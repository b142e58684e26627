package io.integra.cli.assess;

import io.integra.casebase.json.ComparisonView;
import io.integra.cli.CliException;
import io.integra.cli.DateOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.formula.Membership;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare cases through a lens at a date: criteria x cases, outcomes, verdicts, ranking by ideal-type fit, "
        + "and what separates each case from the next.")
public final class CompareCommand extends CaseLensCommand {

  @Parameters(paramLabel = "CASE", arity = "1..*", description = "Case ids (see 'integra cases').")
  List<String> ids;

  @Mixin DateOption at;

  @Override public void run() {
    load();
    if (new LinkedHashSet<>(ids).size() != ids.size()) throw new CliException("a case is named twice: " + String.join(" ", ids));
    List<IntegrationCase> cases = new ArrayList<>();
    for (String id : ids) cases.add(find(id));
    Comparison cmp = assessor.compare(cases, lensOptions.lens, at.orToday(), lensOptions.coder);
    PrintWriter out = out();
    if (format.json()) {
      out.println(Json.write(ComparisonView.of(cmp)));
      out.flush();
      return;
    }
    print(out, cmp);
  }

  private static void print(PrintWriter out, Comparison cmp) {
    List<Assessment> as = cmp.assessments();
    out.println("Comparison through " + cmp.lensId() + " at " + cmp.at());
    // as wide as the names need, within the terminal's width (80 columns in a file or pipe)
    int width = Text.width();
    int longest = 14;
    for (CriterionResult c : as.get(0).criteria()) longest = Math.max(longest, c.id().length());
    for (OutcomeResult o : as.get(0).outcomes()) longest = Math.max(longest, o.id().length());
    int label = Math.min(longest + 2, width / 2);
    int longestId = as.stream().mapToInt(a -> a.caseId().length()).max().orElse(0);
    int col = Math.max(6, Math.min(Math.max(12, longestId + 1), (width - label) / as.size()));
    boolean cut = as.stream().anyMatch(a -> a.caseId().length() > col - 1);
    StringBuilder head = new StringBuilder(String.format("%-" + label + "s", ""));
    for (int i = 0; i < as.size(); i++) head.append(String.format("%" + col + "s", cut ? "#" + (i + 1) : as.get(i).caseId()));
    if (cut) {
      List<String> legend = new ArrayList<>();
      for (int i = 0; i < as.size(); i++) legend.add("#" + (i + 1) + " " + as.get(i).caseId());
      AssessText.wrap(out, String.join(", ", legend), "");
    }
    out.println();
    out.println(head);
    for (CriterionResult c : as.get(0).criteria()) {
      row(out, label, col, c.id(), as, a -> a.criterion(c.id()).map(CriterionResult::membership).orElse(Membership.UNKNOWN));
    }
    out.println();
    for (OutcomeResult o : as.get(0).outcomes()) {
      row(out, label, col, o.id(), as, a -> a.outcome(o.id()).map(OutcomeResult::membership).orElse(Membership.UNKNOWN));
    }
    out.println();
    StringBuilder v = new StringBuilder(String.format("%-" + label + "s", "verdict"));
    for (Assessment a : as) v.append(String.format("%" + col + "s", Text.cut(a.verdict().label() == null ? "-" : a.verdict().label().id(), col - 1)));
    out.println(v);
    StringBuilder fit = new StringBuilder(String.format("%-" + label + "s", "ideal-type fit"));
    for (Assessment a : as) fit.append(String.format("%" + col + "s", cell(a.idealType().fit(), col)));
    out.println(fit);
    out.println("(? = unknown, [0,1]; lo-hi, ≤x, ≥x = partly known)");
    out.println();
    out.println("Ranking by ideal-type fit (ties: smaller mean gap first;");
    out.println("  undetermined verdicts after determined ones)");
    int rank = 1;
    // the id column: as wide as the longest id where the line has room (the rest takes about 58)
    int idW = Math.min(Math.max(20, longestId), Math.max(20, width - 58));
    for (String id : cmp.ranking()) {
      Assessment a = as.stream().filter(x -> x.caseId().equals(id)).findFirst().orElseThrow();
      out.println(String.format("  %d. %-" + idW + "s fit %-12s mean gap %-12s %s", rank++, Text.cut(id, idW),
          AssessText.m(a.idealType().fit()), AssessText.m(a.idealType().meanGap()), a.verdict().label() == null ? "" : a.verdict().label().id()));
    }
    for (Comparison.Separation s : cmp.separations()) {
      out.println();
      AssessText.wrap(out, "What separates " + s.a() + " from " + s.b() + " (" + s.a() + " vs " + s.b() + ")", "");
      if (s.differences().isEmpty()) out.println("  no criterion known in both differs");
      for (Comparison.Difference d : s.differences()) {
        out.println(String.format(Locale.ROOT, "  %-" + Math.max(30, label - 2) + "s %s vs %s (%+.2f)", d.criterion(),
            AssessText.m(d.a().membership()), AssessText.m(d.b().membership()), d.difference()));
        side(out, s.a(), d.a());
        side(out, s.b(), d.b());
      }
      if (!s.unknownInOne().isEmpty()) AssessText.wrap(out, "known in only one: " + String.join(", ", s.unknownInOne()), "  ");
    }
    out.flush();
  }

  private static void side(PrintWriter out, String id, CriterionResult c) {
    if (c.rationale() != null) AssessText.wrap(out, id + ": " + c.rationale(), "      ");
    AssessText.evidence(out, c.evidence(), "        ");
  }

  private static void row(PrintWriter out, int label, int col, String name, List<Assessment> as, Function<Assessment, Membership> f) {
    StringBuilder line = new StringBuilder(String.format("%-" + label + "s", Text.cut(name, label - 1)));
    for (Assessment a : as) line.append(String.format("%" + col + "s", cell(f.apply(a), col)));
    out.println(line);
  }

  private static String cell(Membership m, int col) {
    if (m.isKnown()) return AssessText.m(m);
    if (m.low() == 0 && m.high() == 1) return "?";
    String s = String.format(Locale.ROOT, "%.2f-%.2f", m.low(), m.high());
    if (s.length() < col) return s;
    if (m.low() == 0) return String.format(Locale.ROOT, "≤%.2f", m.high());
    return String.format(Locale.ROOT, "≥%.2f", m.low());
  }
}
