package io.integra.web.data;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.Comparison;
import io.integra.core.assess.Timeline;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.web.server.ApiException;
import java.time.LocalDate;
import java.util.List;

/**
 * The assessment engine applied to a {@link Snapshot}, with every result memoised in the snapshot:
 * the first request for (case, lens, date, coder) computes, the following ones reuse, and an edit
 * (a new snapshot) starts afresh. Unknown ids become 404s naming the parameter at fault.
 */
public final class Analysis {
  private final Snapshot snapshot;
  private final Assessor assessor;

  private record AssessKey(String caseId, String lens, LocalDate at, String coder) { }
  private record TimelineKey(String caseId, String lens, String coder, int from, int to, LocalDate today) { }
  private record CompareKey(List<String> cases, String lens, LocalDate at, String coder) { }
  private record AssessorKey() { }

  public Analysis(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.assessor = snapshot.memo(new AssessorKey(), k -> new Assessor(snapshot.base().codebook(),
        // the measured memberships bundled with the case base (docs/measured.md), checked against the workspace's cases
        io.integra.casebase.measured.MeasuredLoader.forBase(snapshot.base()).values()));
  }

  public Snapshot snapshot() { return snapshot; }

  /** The assessor of this snapshot: codings and the bundled measured memberships. */
  public Assessor assessor() { return assessor; }

  public CaseBase base() { return snapshot.base(); }

  public IntegrationCase requireCase(String field, String id) {
    return base().find(id).orElseThrow(() -> ApiException.notFound(field, "unknown case '" + id + "'; known cases: "
        + String.join(", ", base().cases().stream().map(IntegrationCase::id).toList())));
  }

  public Lens requireLens(String field, String id) {
    return base().codebook().lens(id).orElseThrow(() -> ApiException.notFound(field, "unknown lens '" + id + "'; known lenses: "
        + String.join(", ", base().codebook().lensIds())));
  }

  public Assessment assess(String caseId, String lensId, LocalDate at, String coder) {
    IntegrationCase c = requireCase("case", caseId);
    requireLens("lens", lensId);
    return snapshot.memo(new AssessKey(caseId, lensId, at, coder), k -> assessor.assess(c, lensId, at, coder));
  }

  /** Where the assessment's date lies against the case's founding, codings and measured years (EvidenceCalendar). */
  public io.integra.core.assess.EvidenceStatus evidence(Assessment a, String coder) {
    IntegrationCase c = requireCase("case", a.caseId());
    return io.integra.core.assess.EvidenceCalendar.status(assessor, c, a, coder, snapshot.today());
  }

  public Timeline timeline(String caseId, String lensId, String coder, int fromYear, int toYear, LocalDate today) {
    IntegrationCase c = requireCase("case", caseId);
    requireLens("lens", lensId);
    return snapshot.memo(new TimelineKey(caseId, lensId, coder, fromYear, toYear, today),
        k -> assessor.timeline(c, lensId, coder, fromYear, toYear, today));
  }

  public Comparison compare(List<String> caseIds, String lensId, LocalDate at, String coder) {
    List<IntegrationCase> cases = caseIds.stream().map(id -> requireCase("cases", id)).toList();
    requireLens("lens", lensId);
    return snapshot.memo(new CompareKey(List.copyOf(caseIds), lensId, at, coder), k -> assessor.compare(cases, lensId, at, coder));
  }

  /** The coders of a case through a lens, in file order. */
  public List<String> coders(String caseId, String lensId) { return Assessor.coders(requireCase("case", caseId), lensId); }
}
