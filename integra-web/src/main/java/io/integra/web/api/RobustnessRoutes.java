package io.integra.web.api;

import io.integra.casebase.json.RobustnessView;
import io.integra.casebase.robust.RobustnessReader;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.VerdictDistribution;
import io.integra.core.robust.VerdictRobustness;
import io.integra.web.data.Analysis;
import io.integra.web.data.EvidenceDate;
import io.integra.web.data.Snapshot;
import io.integra.web.data.Workbench;
import io.integra.web.server.ApiException;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;

/**
 * {@code GET /api/robustness?case=ID&lens=L&at=DATE[&coder=NAME]} (issue 11, point 6): how firm the
 * verdict is, the JSON of {@code integra robustness assess --format json} (docs/robustness.md), built
 * by the same {@link RobustnessView} from the snapshot's assessor (codings and measured
 * memberships, as {@code /api/assess}) and the workspace codebook's {@code robustness} section (the
 * documented defaults when it has none). Memoised per snapshot: an edit starts afresh.
 */
public final class RobustnessRoutes {
  private final Workbench workbench;

  private record Key(String caseId, String lens, LocalDate at, String coder) { }

  private record SpecKey() { }

  public RobustnessRoutes(Workbench workbench) { this.workbench = workbench; }

  public void register(JavalinDefaultRoutingApi r) { r.get("/api/robustness", this::robustness); }

  private void robustness(Context ctx) {
    Snapshot s = workbench.snapshot();
    String caseId = Params.required(ctx, "case");
    String lens = Params.required(ctx, "lens");
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(s));
    String coder = Params.optional(ctx, "coder");
    Analysis an = new Analysis(s);
    IntegrationCase c = an.requireCase("case", caseId);
    an.requireLens("lens", lens);
    if (coder != null && !io.integra.core.assess.Assessor.coders(c, lens).contains(coder)) {
      throw ApiException.notFound("coder", "no coding by '" + coder + "' of case '" + caseId + "' through lens '" + lens + "'");
    }
    RobustnessSpec spec = s.memo(new SpecKey(), k -> spec(s));
    RobustnessView.WithFlips json = s.memo(new Key(caseId, lens, at, coder), k -> {
      PerturbationSpace space = PerturbationSpace.of(an.assessor(), c, lens, at, coder, spec);
      VerdictDistribution d = VerdictRobustness.of(space, spec);
      return RobustnessView.WithFlips.of(d, space, FlipSearch.of(space, spec));
    });
    ctx.json(json);
  }

  /** The workspace codebook's robustness section, else the defaults (as the CLI reads it). */
  private RobustnessSpec spec(Snapshot s) {
    String text = workbench.workspace().map(ws -> ws.codebookText()).orElse(null);
    if (text == null || !RobustnessReader.hasSection(text)) return RobustnessSpec.DEFAULT;
    try {
      return RobustnessReader.read("workspace codebook", text, s.base().codebook());
    } catch (RuntimeException e) {
      throw ApiException.badRequest("codebook", "the workspace codebook's robustness section: " + e.getMessage());
    }
  }
}
