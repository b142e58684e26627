package io.integra.web.auth;

import io.integra.web.server.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what. Anyone who reaches the server (it binds to loopback unless told otherwise) may
 * read; every request that can change something (any method but GET, HEAD and OPTIONS) needs a
 * signed-in session and that session's CSRF token, sent as the form field {@code _csrf} or the
 * header {@code X-CSRF-Token}. The checks run before the request body is read by any handler, so
 * a refused request changes nothing.
 *
 * <p>Two state-changing endpoints are open to visitors who have not signed in: the sign-in form
 * (which still needs the token of the anonymous session that served the form, against login
 * CSRF) and the JSON sign-in {@code POST /api/session}, which needs {@code Content-Type:
 * application/json}, a type no cross-site form can send without a CORS preflight this server
 * never grants. Validation ({@code POST /api/codings/validate}, and {@code /api/codings/validate-form} for the
 * coding form) reads its body and writes nothing.
 */
public final class Access {
  public static final String CSRF_FIELD = "_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String ATTR = "integra.session";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Sessions sessions;
  private final boolean secureCookies;

  public Access(Sessions sessions, boolean secureCookies) {
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  public Sessions sessions() { return sessions; }

  /** The request's live session, if any (looked up once per request). */
  public Optional<Sessions.Session> session(Context ctx) {
    Object cached = ctx.attribute(ATTR);
    if (cached instanceof Sessions.Session s) return Optional.of(s);
    Optional<Sessions.Session> s = sessions.find(ctx.cookie(Sessions.COOKIE));
    s.ifPresent(x -> ctx.attribute(ATTR, x));
    return s;
  }

  public Optional<String> user(Context ctx) { return session(ctx).map(Sessions.Session::user); }

  /** The session to carry a form's CSRF token, creating an anonymous one when there is none. */
  public Sessions.Session sessionForForm(Context ctx) {
    return session(ctx).orElseGet(() -> {
      Sessions.Session s = sessions.anonymous();
      setCookie(ctx, s);
      ctx.attribute(ATTR, s);
      return s;
    });
  }

  /** The before-handler: refuses unsafe requests without a signed-in session and its token. */
  public void check(Context ctx) {
    if (SAFE.contains(ctx.method())) return;
    String path = ctx.path();
    if (path.equals("/api/session") && ctx.method() == HandlerType.POST) {
      String type = ctx.contentType();
      if (type == null || !type.toLowerCase().startsWith("application/json")) {
        throw new ApiException(415, "unsupported-media-type", "sign in through the API with a JSON body (Content-Type: application/json)", "Content-Type");
      }
      return;
    }
    if (path.equals("/api/codings/validate") || path.equals("/api/codings/validate-form")) return;
    Sessions.Session s = session(ctx).orElse(null);
    if (path.equals("/login")) {
      if (!Sessions.csrfMatches(s, presentedToken(ctx))) throw ApiException.forbidden(CSRF_FIELD, "the form has expired or did not come from this site; reload the sign-in page and try again");
      return;
    }
    if (s == null || !s.signedIn()) throw ApiException.unauthorized("sign in to change data");
    if (!Sessions.csrfMatches(s, presentedToken(ctx))) {
      throw ApiException.forbidden(CSRF_FIELD, "missing or wrong CSRF token; send the session's token as the form field '" + CSRF_FIELD + "' or the header '" + CSRF_HEADER + "'");
    }
  }

  private static String presentedToken(Context ctx) {
    String h = ctx.header(CSRF_HEADER);
    if (h != null && !h.isEmpty()) return h;
    String type = ctx.contentType();
    if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return ctx.formParam(CSRF_FIELD);
    return null;
  }

  /** Starts a signed-in session in place of the current one (new id and token). */
  public Sessions.Session signIn(Context ctx, String user) {
    Sessions.Session s = sessions.signIn(ctx.cookie(Sessions.COOKIE), user);
    setCookie(ctx, s);
    ctx.attribute(ATTR, s);
    return s;
  }

  public void signOut(Context ctx) {
    sessions.signOut(ctx.cookie(Sessions.COOKIE));
    ctx.cookie(new Cookie(Sessions.COOKIE, "", "/", 0, secureCookies, true, null, SameSite.STRICT));
  }

  private void setCookie(Context ctx, Sessions.Session s) {
    ctx.cookie(new Cookie(Sessions.COOKIE, s.id(), "/", -1, secureCookies, true, null, SameSite.STRICT));
  }
}
