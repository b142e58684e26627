package io.integra.web.pages;

import io.integra.core.assess.Assessment;
import io.integra.core.assess.Comparison;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.workspace.StoredCoding;
import io.integra.web.api.ApiRoutes;
import io.integra.web.api.Overview;
import io.integra.web.auth.Access;
import io.integra.web.auth.Sessions;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Analysis;
import io.integra.web.data.Agreement;
import io.integra.web.data.CodingText;
import io.integra.web.data.EvidenceDate;
import io.integra.web.data.Snapshot;
import io.integra.web.data.Workbench;
import io.integra.web.server.ApiException;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTML pages. Templates live in src/main/jte; every value they print is escaped. */
public final class PageRoutes {
  private final UserStore users;
  private final PageSupport pages;

  public PageRoutes(Workbench workbench, UserStore users, Access access, Templates templates) {
    this.users = users;
    this.pages = new PageSupport(workbench, access, templates);
  }

  public void register(JavalinDefaultRoutingApi r) {
    r.get("/", this::overview);
    r.get("/codebook", this::codebook);
    r.get("/cases/{id}", this::casePage);
    r.get("/cases/{id}/code", this::editor);
    r.post("/cases/{id}/code", this::saveFromForm);
    r.get("/compare", this::compare);
    r.get("/agreement", this::agreement);
    r.get("/login", this::loginForm);
    r.post("/login", this::login);
    r.post("/logout", this::logout);
  }

  private Page page(Context ctx, String title, String nav, LocalDate at) {
    return pages.page(ctx, title, nav, at);
  }

  private void render(Context ctx, PageModel model) {
    pages.render(ctx, model);
  }

  public void error(Context ctx, ApiException e) {
    Page p = page(ctx, "Error", "", pages.workbench().today());
    render(ctx, new PageModel.ErrorPage(p, e.status(), e.getMessage(), e.field()));
  }

  private void overview(Context ctx) {
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(pages.workbench().snapshot()));
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    Overview ov = s.memo(List.of("overview-page", at), k -> Overview.of(an, at));
    render(ctx, new PageModel.OverviewPage(page(ctx, "Overview", "overview", at), ov));
  }

  private void codebook(Context ctx) {
    Codebook cb = pages.workbench().snapshot().base().codebook();
    render(ctx, new PageModel.CodebookPage(page(ctx, "Codebook", "codebook", pages.workbench().today()), cb));
  }

  private void casePage(Context ctx) {
    String id = ctx.pathParam("id");
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(pages.workbench().snapshot()));
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    IntegrationCase c = an.requireCase("id", id);
    Codebook cb = s.base().codebook();
    String lensId = Params.optional(ctx, "lens");
    if (lensId == null) lensId = c.codings().isEmpty() ? cb.lensIds().get(0) : c.codings().get(0).lens();
    Lens lens = an.requireLens("lens", lensId);
    String coder = Params.optional(ctx, "coder");
    Assessment a = an.assess(id, lens.id(), at, coder);
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Source src : s.base().bibliography()) sources.put(src.key(), src);
    CaseView v = new CaseView(c, a, cb.lenses(), lens, an.coders(id, lens.id()), coder, at, sources);
    render(ctx, new PageModel.CasePage(page(ctx, c.shortName() == null ? c.name() : c.shortName(), "overview", at), v));
  }

  private void compare(Context ctx) {
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(pages.workbench().snapshot()));
    Codebook cb = s.base().codebook();
    String lensId = Optional.ofNullable(Params.optional(ctx, "lens")).orElse(cb.lensIds().get(0));
    an.requireLens("lens", lensId);
    List<String> picked = new ArrayList<>();
    for (String v : ctx.queryParams("cases")) for (String p : v.split(",")) if (!p.isBlank() && !picked.contains(p.strip())) picked.add(p.strip());
    Comparison cmp = picked.size() >= 2 ? an.compare(ApiRoutes.caseList(ctx), lensId, at, null) : null;
    CompareView v = new CompareView(s.base().cases(), cb.lenses(), lensId, picked, at, cmp);
    render(ctx, new PageModel.ComparePage(page(ctx, "Compare", "compare", at), v));
  }

  private void agreement(Context ctx) {
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    String caseId = Params.optional(ctx, "case");
    Codebook cb = s.base().codebook();
    String lensId = Optional.ofNullable(Params.optional(ctx, "lens")).orElse(cb.lensIds().get(0));
    Lens lens = an.requireLens("lens", lensId);
    Agreement ag = caseId == null ? null : Agreement.of(an.requireCase("case", caseId), lens);
    render(ctx, new PageModel.AgreementPage(page(ctx, "Agreement", "agreement", pages.workbench().today()),
        s.base().cases(), cb.lenses(), caseId, lensId, ag));
  }

  // ---- the coding editor ------------------------------------------------------------------

  private void editor(Context ctx) {
    PageSupport.CaseAndLens cl = pages.caseAndLens(ctx);
    String id = ctx.pathParam("id");
    IntegrationCase c = cl.c();
    Codebook cb = cl.snapshot().base().codebook();
    Lens lens = cl.lens();
    String lensId = lens.id();
    String coder = Params.optional(ctx, "coder");
    LocalDate from = Params.date(ctx, "from", null);
    Page p = page(ctx, "Code " + (c.shortName() == null ? c.name() : c.shortName()), "overview", pages.workbench().today());
    String yaml;
    Long version = 0L;
    Coding existing = c.codings().stream().filter(k -> k.lens().equals(lensId) && (coder == null || coder.equals(k.coder()))
        && (from == null || from.equals(k.from()))).findFirst().orElse(null);
    if (existing != null) {
      yaml = CodingText.write(existing);
      version = null;
      if (pages.workbench().writable()) {
        for (StoredCoding sc : pages.workbench().codings(id)) {
          if (sc.coding().lens().equals(existing.lens()) && sc.coding().coder().equals(existing.coder()) && sc.coding().from().equals(existing.from())) version = sc.version();
        }
      }
    } else {
      String who = coder != null ? coder : p.user() != null ? p.user() : "me";
      LocalDate start = from != null ? from : c.foundedOn() != null ? c.foundedOn() : pages.workbench().today();
      yaml = CodingText.template(lens, who, start, cb.scales().get(0).id());
    }
    EditorView v = new EditorView(c, lens, cb.lenses(), yaml, version, "", List.of(), null);
    render(ctx, new PageModel.EditorPage(p, v));
  }

  private void saveFromForm(Context ctx) {
    String id = ctx.pathParam("id");
    String user = pages.access().user(ctx).orElseThrow(() -> ApiException.unauthorized("sign in to change data"));
    String yaml = Optional.ofNullable(ctx.formParam("yaml")).orElse("");
    String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
    String ev = ctx.formParam("expectedVersion");
    Long expected = null;
    if (ev != null && !ev.isBlank()) {
      try { expected = Long.parseLong(ev.strip()); } catch (NumberFormatException e) { throw ApiException.badRequest("expectedVersion", "not a number"); }
    }
    Snapshot s = pages.workbench().snapshot();
    Analysis an = new Analysis(s);
    IntegrationCase c = an.requireCase("id", id);
    try {
      StoredCoding saved = ApiRoutes.save(pages.workbench(), user, id, yaml, note, expected);
      Coding k = saved.coding();
      LocalDate show = k.covers(pages.workbench().today()) ? pages.workbench().today() : k.from();
      ctx.redirect("/cases/" + enc(id) + "?lens=" + enc(k.lens()) + "&coder=" + enc(k.coder()) + "&at=" + show + "&saved=" + saved.version(),
          HttpStatus.SEE_OTHER);
    } catch (ApiException e) {
      List<io.integra.casebase.yaml.Problem> problems = e instanceof ApiRoutes.CodingProblems cp ? cp.problems() : List.of();
      Codebook cb = s.base().codebook();
      Lens lens = cb.lenses().get(0);
      CodingText.Read read = CodingText.read(s.base(), "coding", yaml);
      if (read.coding() != null) lens = cb.lens(read.coding().lens()).orElse(lens);
      EditorView v = new EditorView(c, lens, cb.lenses(), yaml, expected, note, problems, problems.isEmpty() ? e.getMessage() : null);
      ctx.status(e.status());
      render(ctx, new PageModel.EditorPage(page(ctx, "Code " + c.name(), "overview", pages.workbench().today()), v));
    }
  }

  private static String enc(String s) { return PageSupport.enc(s); }

  // ---- sign-in ----------------------------------------------------------------------------

  private void loginForm(Context ctx) {
    Sessions.Session s = pages.access().sessionForForm(ctx);
    Page p = new Page("Sign in", "", s.user(), s.csrf(), pages.workbench().today(), pages.workbench().writable());
    render(ctx, new PageModel.LoginPage(p, null, "", safeNext(ctx.queryParam("next"))));
  }

  private void login(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = safeNext(ctx.formParam("next"));
    var user = password.length() > 200 ? Optional.<UserStore.User>empty() : users.authenticate(name, password.toCharArray());
    if (user.isEmpty()) {
      Sessions.Session s = pages.access().sessionForForm(ctx);
      Page p = new Page("Sign in", "", null, s.csrf(), pages.workbench().today(), pages.workbench().writable());
      ctx.status(401);
      render(ctx, new PageModel.LoginPage(p, "Wrong user name or password.", name, next));
      return;
    }
    pages.access().signIn(ctx, user.get().name());
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    pages.access().signOut(ctx);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** Only local paths may follow sign-in (no open redirect to another site). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\n") || next.contains("\r")) return "/";
    return next;
  }
}
