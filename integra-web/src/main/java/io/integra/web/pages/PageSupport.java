package io.integra.web.pages;

import io.integra.web.auth.Access;
import io.integra.web.auth.Sessions;
import io.integra.web.data.Workbench;
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

  static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
