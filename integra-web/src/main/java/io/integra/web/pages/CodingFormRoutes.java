package io.integra.web.pages;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Scale;
import io.integra.storage.workspace.StoredCoding;
import io.integra.web.api.ApiRoutes;
import io.integra.web.auth.Access;
import io.integra.web.data.Analysis;
import io.integra.web.data.CodingForm;
import io.integra.web.data.CodingText;
import io.integra.web.data.Snapshot;
import io.integra.web.data.Workbench;
import io.integra.web.server.ApiException;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The coding form for coders who do not write YAML (issue 13 point 10): one criterion at a time,
 * in a period chosen with the period picker. The form makes the coding's YAML and goes through the
 * same reader and the same save as the YAML editor ({@link ApiRoutes#save}): same validation, same
 * history with the signed-in user and a note, same refusal of a coding changed meanwhile.
 */
public final class CodingFormRoutes {
  private final PageSupport pages;

  public CodingFormRoutes(Workbench workbench, Access access, Templates templates) {
    this.pages = new PageSupport(workbench, access, templates);
  }

  public void register(JavalinDefaultRoutingApi r) {
    r.get("/cases/{id}/code/form", this::show);
    r.post("/cases/{id}/code/form", this::save);
    r.post("/api/codings/validate-form", this::validate);
  }

  private Page page(Context ctx, String title) {
    return pages.page(ctx, title, "overview", pages.workbench().today());
  }

  /** The period a request names: {@code period=coder|from}, or {@code coder} and {@code from}; {@code new} for a new one. */
  private record Chosen(boolean fresh, String coder, LocalDate from) { }

  private static Chosen chosen(Context ctx, String periodParam) {
    String p = periodParam;
    if ("new".equals(p)) return new Chosen(true, null, null);
    String coder = Params.optional(ctx, "coder");
    String from = Params.optional(ctx, "from");
    if (p != null && p.contains("|")) {
      coder = p.substring(0, p.indexOf('|'));
      from = p.substring(p.indexOf('|') + 1);
    }
    LocalDate day = null;
    if (from != null && !from.isBlank()) {
      try {
        day = LocalDate.parse(from.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw ApiException.badRequest("from", "'" + from + "' is not a date; expected YYYY-MM-DD");
      }
    }
    return new Chosen(false, coder, day);
  }

  /** The codings of {@code c} under {@code lens}, latest period first. */
  private static List<Coding> periods(IntegrationCase c, String lens) {
    return c.codings().stream().filter(k -> k.lens().equals(lens))
        .sorted(Comparator.comparing(Coding::from).reversed().thenComparing(Coding::coder)).toList();
  }

  private static Coding find(List<Coding> periods, Chosen ch) {
    if (ch.fresh()) return null;
    if (ch.coder() == null && ch.from() == null) return periods.isEmpty() ? null : periods.get(0);
    return periods.stream().filter(k -> (ch.coder() == null || k.coder().equals(ch.coder())) && (ch.from() == null || k.from().equals(ch.from())))
        .findFirst().orElse(null);
  }

  private Long version(String caseId, Coding k) {
    if (k == null) return 0L;
    if (!pages.workbench().writable()) return null;
    for (StoredCoding sc : pages.workbench().codings(caseId)) {
      Coding s = sc.coding();
      if (s.lens().equals(k.lens()) && s.coder().equals(k.coder()) && s.from().equals(k.from())) return sc.version();
    }
    return null;
  }

  private void show(Context ctx) {
    PageSupport.CaseAndLens cl = pages.caseAndLens(ctx);
    String id = ctx.pathParam("id");
    Snapshot s = cl.snapshot();
    IntegrationCase c = cl.c();
    Codebook cb = s.base().codebook();
    Lens lens = cl.lens();
    List<Coding> periods = periods(c, lens.id());
    Chosen ch = chosen(ctx, Params.optional(ctx, "period"));
    Coding base = find(periods, ch);
    if (!ch.fresh() && base == null && (ch.coder() != null || ch.from() != null)) {
      throw ApiException.notFound("period", "no coding of " + id + " under " + lens.id() + " by " + ch.coder() + " from " + ch.from());
    }
    boolean fresh = base == null;
    Page p = page(ctx, "Code " + (c.shortName() == null ? c.name() : c.shortName()));
    Criterion criterion = criterion(lens, Params.optional(ctx, "criterion"));
    CodingForm form;
    if (fresh) {
      String who = p.user() != null ? p.user() : "me";
      String from = Optional.ofNullable(Params.optional(ctx, "from")).orElse(pages.workbench().today().toString());
      String scale = Optional.ofNullable(Params.optional(ctx, "scale")).orElse(cb.scales().get(0).id());
      form = new CodingForm(lens.id(), who, from, Params.optional(ctx, "to"), scale, criterion.id(), null, null, List.of());
    } else {
      CriterionCoding cc = base.criterion(criterion.id()).orElse(null);
      form = new CodingForm(base.lens(), base.coder(), base.from().toString(), base.to() == null ? null : base.to().toString(), base.scale(),
          criterion.id(), cc == null ? null : CodingFormView.pointValue(cc.score()), cc == null ? null : cc.rationale(),
          cc == null ? List.of() : cc.evidence().stream().map(CodingFormRoutes::item).toList());
    }
    String saved = Params.optional(ctx, "saved");
    render(ctx, p, view(s, c, lens, periods, base, criterion, form, version(id, base), "", List.of(), null,
        saved == null ? null : "Saved: version " + saved + " of this coding is in the workspace history."));
  }

  private static CodingForm.Item item(Evidence e) { return new CodingForm.Item(e.source(), e.locator(), e.quote(), e.objectives()); }

  private static Criterion criterion(Lens lens, String id) {
    if (lens.criteria().isEmpty()) throw ApiException.badRequest("lens", "lens " + lens.id() + " has no criteria to code");
    if (id == null) return lens.criteria().get(0);
    return lens.criteria().stream().filter(cr -> cr.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiException.badRequest("criterion", "lens " + lens.id() + " has no criterion '" + id + "'"));
  }

  private CodingFormView view(Snapshot s, IntegrationCase c, Lens lens, List<Coding> periods, Coding base, Criterion criterion,
                              CodingForm form, Long version, String note, List<String> problems, String error, String saved) {
    Codebook cb = s.base().codebook();
    Scale scale = cb.scale(form.scale() == null ? "" : form.scale()).orElse(cb.scales().get(0));
    String yaml = form.yaml(base);
    return new CodingFormView(c, cb.lenses(), lens, periods, base, criterion, scale, cb.scales(), form, s.base().bibliography(),
        lens.objectives(), version, note, problems, error, saved, yaml);
  }

  private void render(Context ctx, Page p, CodingFormView v) {
    pages.render(ctx, new PageModel.CodingFormPage(p, v));
  }

  private static CodingForm form(Context ctx) {
    return CodingForm.read(ctx::formParam, ctx::formParams);
  }

  private void save(Context ctx) {
    String id = ctx.pathParam("id");
    String user = pages.access().user(ctx).orElseThrow(() -> ApiException.unauthorized("sign in to change data"));
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    IntegrationCase c = an.requireCase("id", id);
    CodingForm form = form(ctx);
    Lens lens = an.requireLens("lens", form.lens() == null ? "" : form.lens());
    Criterion criterion = criterion(lens, form.criterion());
    boolean fresh = "new".equals(ctx.formParam("period"));
    List<Coding> periods = periods(c, lens.id());
    Coding base = fresh ? null : find(periods, new Chosen(false, form.coder(), parse(form.from())));
    if (!fresh && base == null) throw ApiException.notFound("period", "the period " + form.coder() + " from " + form.from() + " is not in the case");
    if (fresh) form = new CodingForm(form.lens(), user, form.from(), form.to(), form.scale(), form.criterion(), form.score(),
        form.rationale(), form.evidence());
    String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
    Long expected = null;
    String ev = ctx.formParam("expectedVersion");
    if (ev != null && !ev.isBlank()) {
      try {
        expected = Long.parseLong(ev.strip());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("expectedVersion", "not a number");
      }
    }
    String yaml = form.yaml(base);
    try {
      StoredCoding saved = ApiRoutes.save(pages.workbench(), user, id, yaml, note, expected);
      Coding k = saved.coding();
      ctx.redirect("/cases/" + enc(id) + "/code/form?lens=" + enc(k.lens()) + "&period=" + enc(k.coder() + "|" + k.from())
          + "&criterion=" + enc(criterion.id()) + "&saved=" + saved.version(), HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      List<String> problems = e instanceof ApiRoutes.CodingProblems cp ? cp.problems().stream().map(pr -> text(pr)).toList() : List.of();
      ctx.status(e.status());
      render(ctx, page(ctx, "Code " + c.name()), view(s, c, lens, periods, base, criterion, form, expected, note, problems,
          problems.isEmpty() ? e.getMessage() : null, null));
    }
  }

  private static LocalDate parse(String d) {
    try {
      return d == null ? null : LocalDate.parse(d);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.badRequest("from", "'" + d + "' is not a date; expected YYYY-MM-DD");
    }
  }

  /** A problem for a form user: what is wrong and what was expected (the line and column refer to the YAML shown below the form). */
  static String text(io.integra.casebase.yaml.Problem p) {
    return p.message() + (p.expected() == null ? "" : "; expected " + p.expected())
        + " (line " + p.location().line() + " of the coding)";
  }

  /** Validation as you type: the form's fields in, the reader's problems and the YAML out (reads and writes nothing stored). */
  private void validate(Context ctx) {
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    String caseId = Optional.ofNullable(ctx.formParam("case")).orElse("");
    IntegrationCase c = an.requireCase("case", caseId);
    CodingForm form = form(ctx);
    Coding base = null;
    if (!"new".equals(ctx.formParam("period")) && form.lens() != null) {
      base = find(periods(c, form.lens()), new Chosen(false, form.coder(), parse(form.from())));
    }
    String yaml = form.yaml(base);
    CodingText.Read read = CodingText.read(s.base(), "coding", yaml);
    ctx.json(new FormValidation(read.valid(), read.problems().stream().map(CodingFormRoutes::text).toList(), yaml));
  }

  /** {@code POST /api/codings/validate-form}: whether the form's coding reads, its problems as text, and the YAML it makes. */
  record FormValidation(boolean valid, List<String> problems, String yaml) { }

  private static String enc(String s) { return PageSupport.enc(s); }
}
