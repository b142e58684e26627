package io.integra.web.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.integra.web.api.ApiRoutes;
import io.integra.web.auth.Access;
import io.integra.web.auth.Sessions;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Workbench;
import io.integra.web.pages.PageRoutes;
import io.integra.web.pages.Templates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;

/**
 * The web workbench: HTML pages (JTE templates, escaped by default), a JSON API under /api/
 * described at /openapi.json, and the static assets (own CSS/JS and the ECharts webjar) served by
 * the application itself. Binds to 127.0.0.1 unless told otherwise.
 */
public final class WebServer implements AutoCloseable {
  /** Content-Security-Policy: scripts and styles only from this server; no inline script, no frames. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin app;
  private final Workbench workbench;

  private WebServer(Javalin app, Workbench workbench) {
    this.app = app;
    this.workbench = workbench;
  }

  /** Builds and starts the server. */
  public static WebServer start(WebConfig config, Workbench workbench, UserStore users) {
    Access access = new Access(new Sessions(config.sessionIdle(), 10_000, workbench.clock()), config.secureCookies());
    Templates templates = new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
    ApiRoutes api = new ApiRoutes(workbench, users, access);
    PageRoutes pages = new PageRoutes(workbench, users, access, templates);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.jsonMapper(new JsonSupport());
      cfg.http.maxRequestSize = config.maxRequestBytes();
      cfg.http.generateEtags = true;
      cfg.jetty.host = config.host();
      cfg.jetty.modifyServer(server -> server.setStopTimeout(2000));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/assets";
        sf.directory = "/io/integra/web/static";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "public, max-age=3600");
      });
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/webjars";
        sf.directory = "/META-INF/resources/webjars";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
      });
      cfg.routes.before(ctx -> securityHeaders(ctx));
      cfg.routes.before(ctx -> limitSize(ctx, config.maxRequestBytes()));
      cfg.routes.before(access::check);
      api.register(cfg.routes);
      pages.register(cfg.routes);
      new io.integra.web.pages.CodingFormRoutes(workbench, access, templates).register(cfg.routes);
      new io.integra.web.api.MemberMapRoutes(workbench).register(cfg.routes);
      new io.integra.web.api.RobustnessRoutes(workbench).register(cfg.routes);
      cfg.routes.exception(ApiException.class, (e, ctx) -> refuse(ctx, e, pages));
      cfg.routes.exception(Exception.class, (e, ctx) -> refuse(ctx, internal(e), pages));
      cfg.routes.error(404, "*", ctx -> {
        if (ctx.attribute("integra.refused") == null) refuse(ctx, ApiException.notFound(null, "no such page: " + ctx.path()), pages);
      });
      cfg.routes.error(413, "*", ctx -> {
        if (ctx.attribute("integra.refused") == null) refuse(ctx, ApiException.tooLarge(config.maxRequestBytes()), pages);
      });
    });
    app.start(config.host(), config.port());
    return new WebServer(app, workbench);
  }

  private static ApiException internal(Exception e) {
    if (e instanceof io.integra.storage.workspace.ConflictException c) return ApiException.conflict("expectedVersion", c.getMessage());
    if (e instanceof io.integra.storage.workspace.InvalidEditException i) return ApiException.badRequest(null, i.getMessage());
    if (e instanceof io.javalin.http.HttpResponseException h) return new ApiException(h.getStatus(), "http-" + h.getStatus(), h.getMessage(), null);
    return new ApiException(500, "internal", "internal error: " + e.getClass().getSimpleName(), null);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
  }

  /** Refuses a declared body larger than the limit before anything reads it. */
  private static void limitSize(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      ctx.header("Connection", "close");
      throw ApiException.tooLarge(max);
    }
  }

  /** A refused request's JSON (schema Error in /openapi.json); {@code problems} only for a coding the reader refused. */
  record ErrorBody(int status, String error, String message, String field, @JsonInclude(JsonInclude.Include.NON_NULL) List<?> problems) { }

  static void refuse(Context ctx, ApiException e, PageRoutes pages) {
    ctx.attribute("integra.refused", Boolean.TRUE);
    ctx.status(e.status());
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json") || wantsJson(ctx)) {
      List<?> problems = e instanceof io.integra.web.api.ApiRoutes.CodingProblems cp
          ? cp.problems().stream().map(io.integra.web.api.ApiRoutes::problem).toList() : null;
      ctx.json(new ErrorBody(e.status(), e.error(), e.getMessage(), e.field(), problems));
    } else {
      pages.error(ctx, e);
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  public int port() { return app.port(); }

  public Workbench workbench() { return workbench; }

  @Override public void close() { app.stop(); }
}
