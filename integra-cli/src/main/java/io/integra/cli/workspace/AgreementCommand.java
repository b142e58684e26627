package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
      out.println(Json.write(ReportJson.of(r)));
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

  /** {@code agreement --format json}; undefined coefficients are null (alpha with its reason). */
  record ReportJson(String lens, List<String> cases, List<String> coders, List<CriterionJson> criteria, CriterionJson overall,
                    List<DisagreementJson> disagreements) {
    static ReportJson of(AgreementReport r) {
      return new ReportJson(r.lens(), r.cases(), r.coders(), r.criteria().stream().map(CriterionJson::of).toList(), CriterionJson.of(r.overall()),
          r.disagreements().stream().map(DisagreementJson::of).toList());
    }
  }

  @JsonPropertyOrder({"criterion", "units", "alpha_interval", "pairable_values", "alpha_undefined_reason", "kappa"})
  record CriterionJson(String criterion, int units, @JsonProperty("alpha_interval") Double alphaInterval,
                       @JsonProperty("pairable_values") int pairableValues, @JsonProperty("alpha_undefined_reason") String alphaUndefinedReason,
                       List<KappaJson> kappa) {
    static CriterionJson of(AgreementReport.CriterionAgreement c) {
      KrippendorffAlpha.Result a = c.alpha();
      return new CriterionJson(c.criterion(), c.units(), a.defined() ? a.alpha() : null, a.pairable(), a.undefinedReason(),
          c.kappas().stream().map(KappaJson::of).toList());
    }
  }

  @JsonPropertyOrder({"coders", "units", "kappa", "observed_agreement", "chance_agreement"})
  record KappaJson(List<String> coders, int units, Double kappa, @JsonProperty("observed_agreement") double observedAgreement,
                   @JsonProperty("chance_agreement") double chanceAgreement) {
    static KappaJson of(AgreementReport.PairKappa k) {
      CohenKappa.Result kr = k.kappa();
      return new KappaJson(List.of(k.coderA(), k.coderB()), kr.units(), kr.defined() ? kr.kappa() : null, kr.observed(), kr.expected());
    }
  }

  @JsonPropertyOrder({"case", "from", "criterion", "scores", "spread", "crosses_half"})
  record DisagreementJson(@JsonProperty("case") String caseId, String from, String criterion, Map<String, Double> scores, double spread,
                          @JsonProperty("crosses_half") boolean crossesHalf) {
    static DisagreementJson of(AgreementReport.Disagreement d) {
      return new DisagreementJson(d.unit().caseId(), d.unit().from().toString(), d.unit().criterion(), d.unit().scores(), d.spread(), d.crossesHalf());
    }
  }
}
