package io.integra.cli.workspace;

import io.integra.casebase.json.JsonViews;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.storage.agreement.Agreement;
import io.integra.storage.agreement.AgreementReport;
import io.integra.core.agreement.CohenKappa;
import io.integra.core.agreement.KrippendorffAlpha;
import io.integra.storage.workspace.Reconciliation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = {"Agreement between the coders of a lens: Krippendorff's alpha and Cohen's kappa.",
        "Alpha is interval alpha; kappa is computed on in/out of the set at 0.5; both per criterion and overall,",
        "with the disagreements listed. A unit is one criterion of one case for one coding period scored by",
        "two or more coders; reconciled codings are left out."})
public final class AgreementCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;
  @Parameters(arity = "1..*", paramLabel = "CASE") List<String> caseIds;
  @Option(names = "--lens", required = true) String lens;
  @Mixin FormatOption format;

  @Override public void run() {
    CaseBase base = source.load();
    Lens l = base.codebook().lens(lens).orElseThrow(() -> new CliException("unknown lens '" + lens + "'; expected one of " + String.join(", ", base.codebook().lensIds())));
    List<IntegrationCase> cases = new ArrayList<>();
    for (String id : caseIds) cases.add(CaseBaseOptions.find(base, id));
    AgreementReport r = Agreement.of(l, cases, Set.of(Reconciliation.CODER));
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(json(r)));
      out.flush();
      return;
    }
    if (r.overall().units() == 0) {
      Text.wrap("no criterion of lens " + lens + " was scored by two or more coders for the same case and period", "", Text.WIDTH).forEach(out::println);
      out.flush();
      return;
    }
    out.println("lens " + lens + "; coders " + String.join(", ", r.coders()) + "; cases " + String.join(", ", r.cases()));
    out.println(String.format("%-34s %5s %9s  %s", "criterion", "units", "alpha", "kappa (in/out at 0.5)"));
    for (AgreementReport.CriterionAgreement c : r.criteria()) row(out, c);
    row(out, r.overall());
    KrippendorffAlpha.Result overall = r.overall().alpha();
    if (!overall.defined()) Text.wrap("alpha is undefined: " + overall.undefinedReason() + ".", "", Text.WIDTH).forEach(out::println);
    else if (r.criteria().stream().anyMatch(c -> !c.alpha().defined())) {
      Text.wrap("undefined: alpha of a criterion needs two or more units scored by two or more coders, and some variation.", "", Text.WIDTH).forEach(out::println);
    }
    out.println(r.disagreements().size() + " disagreement" + (r.disagreements().size() == 1 ? "" : "s") + " (* = on different sides of 0.5):");
    for (AgreementReport.Disagreement d : r.disagreements()) {
      StringBuilder s = new StringBuilder();
      d.unit().scores().forEach((coder, score) -> s.append(' ').append(Text.cut(coder, 10)).append('=').append(Text.num(score)));
      out.println(String.format("%s %-12s %s %-26s%s", d.crossesHalf() ? "*" : " ", Text.cut(d.unit().caseId(), 12), d.unit().from(),
          Text.cut(d.unit().criterion(), 26), Text.cut(s.toString(), 28)));
    }
    out.flush();
  }

  private static void row(PrintWriter out, AgreementReport.CriterionAgreement c) {
    String kappas = c.kappas().isEmpty() ? "-" : String.join("; ", c.kappas().stream().map(k -> (c.kappas().size() > 1 ? k.coderA() + "/" + k.coderB() + " " : "") + fmt(k.kappa().kappa())).toList());
    out.println(String.format("%-34s %5d %9s  %s", Text.cut(c.criterion(), 34), c.units(),
        c.alpha().defined() ? fmt(c.alpha().alpha()) : "undefined", Text.cut(kappas, 28)));
  }

  private static String fmt(double v) { return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v); }

  private static Map<String, Object> json(AgreementReport r) {
    return JsonViews.ordered("lens", r.lens(), "cases", r.cases(), "coders", r.coders(),
        "criteria", r.criteria().stream().map(AgreementCommand::json).toList(), "overall", json(r.overall()),
        "disagreements", r.disagreements().stream().map(d -> JsonViews.ordered("case", d.unit().caseId(), "from", d.unit().from().toString(),
            "criterion", d.unit().criterion(), "scores", d.unit().scores(), "spread", d.spread(), "crosses_half", d.crossesHalf())).toList());
  }

  private static Map<String, Object> json(AgreementReport.CriterionAgreement c) {
    KrippendorffAlpha.Result a = c.alpha();
    return JsonViews.ordered("criterion", c.criterion(), "units", c.units(),
        "alpha_interval", a.defined() ? a.alpha() : null, "pairable_values", a.pairable(),
        "alpha_undefined_reason", a.undefinedReason(),
        "kappa", c.kappas().stream().map(k -> {
          CohenKappa.Result kr = k.kappa();
          return JsonViews.ordered("coders", List.of(k.coderA(), k.coderB()), "units", kr.units(), "kappa", kr.defined() ? kr.kappa() : null,
              "observed_agreement", kr.observed(), "chance_agreement", kr.expected());
        }).toList());
  }
}
