package io.integra.web.pages;

import io.integra.web.auth.Access;
import io.integra.web.auth.Sessions;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import io.integra.web.data.Analysis;
import io.integra.web.data.Snapshot;
import io.integra.web.data.Workbench;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the HTML routes ({@link PageRoutes}, {@link CodingFormRoutes}) share: the page frame of a
 * request (signed-in user, its CSRF token, whether the workbench is writable) and rendering a
 * template with no caching, since pages show the signed-in user and live data.
 */
record PageSupport(Workbench workbench, Access access, Templates templates) {

  Page page(Context ctx, String title, String nav, LocalDate at) {
    Optional<Sessions.Session> s = access.session(ctx);
    return new Page(title, nav, s.map(Sessions.Session::user).orElse(null), s.map(Sessions.Session::csrf).orElse(null), at, workbench.writable());
  }

  void render(Context ctx, PageModel page) {
    ctx.header("Cache-Control", "no-store");
    ctx.html(templates.render(page));
  }

  /** The case of the path ({@code {id}}) and the lens of the query ({@code lens}, default the codebook's first), as the coding pages read them. */
  record CaseAndLens(Snapshot snapshot, IntegrationCase c, Lens lens) { }

  CaseAndLens caseAndLens(Context ctx) {
    Snapshot s = workbench.snapshot();
    Analysis an = new Analysis(s);
    IntegrationCase c = an.requireCase("id", ctx.pathParam("id"));
    Lens lens = an.requireLens("lens", Optional.ofNullable(Params.optional(ctx, "lens")).orElse(s.base().codebook().lensIds().get(0)));
    return new CaseAndLens(s, c, lens);
  }

  static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
