package io.integra.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.casebase.json.AssessmentReport;
import io.integra.casebase.json.AssessmentView;
import io.integra.casebase.json.CaseListView;
import io.integra.casebase.json.CodebookView;
import io.integra.casebase.yaml.Problem;
import io.integra.core.assess.Assessment;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.StoredCoding;
import io.integra.web.auth.Access;
import io.integra.web.auth.Sessions;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Analysis;
import io.integra.web.data.CodingText;
import io.integra.web.data.EvidenceDate;
import io.integra.web.data.Snapshot;
import io.integra.web.data.Workbench;
import io.integra.web.server.ApiException;
import io.integra.web.server.JsonSupport;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON API under /api/, described by /openapi.json (src/main/resources/io/integra/web/openapi.json).
 * Read answers are computed once per data snapshot and kept as JSON text, so repeated reads cost
 * a map lookup; a write makes a new snapshot.
 */
public final class ApiRoutes {
  private final Workbench workbench;
  private final UserStore users;
  private final Access access;
  private final String openApi;

  private record JsonKey(String kind, List<Object> args) { }

  public ApiRoutes(Workbench workbench, UserStore users, Access access) {
    this.workbench = workbench;
    this.users = users;
    this.access = access;
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/io/integra/web/openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json missing from the classpath");
      this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(JavalinDefaultRoutingApi r) {
    r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    r.get("/api/codebook", ctx -> cachedJson(ctx, "codebook", List.of(), s -> CodebookView.of(s.base().codebook())));
    r.get("/api/cases", this::cases);
    r.get("/api/cases/{id}", this::caseAt);
    r.get("/api/assess", this::assess);
    r.get("/api/overview", this::overview);
    r.get("/api/timeline", this::timeline);
    r.get("/api/compare", this::compare);
    r.get("/api/codings", this::codings);
    r.post("/api/codings", this::saveCoding);
    r.post("/api/codings/validate", this::validate);
    r.get("/api/history", this::history);
    r.get("/api/agreement", this::agreement);
    r.get("/api/session", this::session);
    r.post("/api/session", this::signIn);
    r.delete("/api/session", this::signOut);
  }

  // ---- reads ------------------------------------------------------------------------------

  private void cachedJson(Context ctx, String kind, List<Object> args, Function<Snapshot, Object> compute) {
    Snapshot s = workbench.snapshot();
    String json = s.memo(new JsonKey(kind, args), k -> JsonSupport.write(compute.apply(s)));
    ctx.contentType("application/json").result(json);
  }

  private void cases(Context ctx) {
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(workbench.snapshot()));
    cachedJson(ctx, "cases", List.of(at), s -> CaseListView.of(s.base().cases(), at, null, null));
  }

  private void caseAt(Context ctx) {
    String id = ctx.pathParam("id");
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(workbench.snapshot()));
    Analysis an = new Analysis(workbench.snapshot());
    IntegrationCase c = an.requireCase("id", id);
    cachedJson(ctx, "case", List.of(id, at), s -> CaseDetail.of(c, at));
  }

  private void assess(Context ctx) {
    String caseId = Params.required(ctx, "case");
    String lens = Params.required(ctx, "lens");
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(workbench.snapshot()));
    String coder = Params.optional(ctx, "coder");
    Analysis an = new Analysis(workbench.snapshot());
    Assessment a = an.assess(caseId, lens, at, coder);
    // as `integra assess --format json` (where the date lies against founding, codings and measured
    // years), each evidence item with the citation of its bibliography entry
    cachedJson(ctx, "assess", Arrays.asList(caseId, lens, at, coder), s -> AssessmentReport.of(
        AssessmentView.of(a, Map.of(), CitedEvidence.with(sources(s.base()))), an.evidence(a, coder)));
  }

  private void overview(Context ctx) {
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(workbench.snapshot()));
    Analysis an = new Analysis(workbench.snapshot());
    cachedJson(ctx, "overview", List.of(at), s -> Overview.of(an, at).json());
  }

  private void timeline(Context ctx) {
    String caseId = Params.required(ctx, "case");
    String lens = Params.required(ctx, "lens");
    String coder = Params.optional(ctx, "coder");
    LocalDate today = workbench.today();
    Analysis an = new Analysis(workbench.snapshot());
    IntegrationCase c = an.requireCase("case", caseId);
    int from = year(ctx, "from", c.foundedOn() == null ? today.getYear() - 30 : c.foundedOn().getYear());
    int to = year(ctx, "to", today.getYear());
    if (to < from) throw ApiException.badRequest("to", "'to' (" + to + ") is before 'from' (" + from + ")");
    if (to - from > 200) throw ApiException.badRequest("from", "at most 200 years at once");
    var t = an.timeline(caseId, lens, coder, from, to, today);
    cachedJson(ctx, "timeline", Arrays.asList(caseId, lens, coder, from, to, today), s -> ApiTimeline.of(t));
  }

  private static int year(Context ctx, String name, int fallback) {
    String v = Params.optional(ctx, name);
    if (v == null) return fallback;
    if (!v.matches("\\d{4}")) throw ApiException.badRequest(name, "'" + v + "' is not a year; expected YYYY");
    return Integer.parseInt(v);
  }

  private void compare(Context ctx) {
    List<String> ids = caseList(ctx);
    String lens = Params.required(ctx, "lens");
    LocalDate at = Params.date(ctx, "at", EvidenceDate.of(workbench.snapshot()));
    String coder = Params.optional(ctx, "coder");
    Analysis an = new Analysis(workbench.snapshot());
    var cmp = an.compare(ids, lens, at, coder);
    cachedJson(ctx, "compare", Arrays.asList(ids, lens, at, coder), s -> ApiComparison.of(cmp));
  }

  /** {@code cases=a,b} or {@code cases=a&cases=b}: at least two distinct ids, at most 20. */
  public static List<String> caseList(Context ctx) {
    List<String> ids = new ArrayList<>();
    for (String v : ctx.queryParams("cases")) {
      for (String p : v.split(",")) if (!p.isBlank() && !ids.contains(p.strip())) ids.add(p.strip());
    }
    if (ids.size() < 2) throw ApiException.badRequest("cases", "name at least two cases to compare, e.g. cases=a,b");
    if (ids.size() > 20) throw ApiException.badRequest("cases", "at most 20 cases at once");
    return ids;
  }

  private void codings(Context ctx) {
    String caseId = Params.required(ctx, "case");
    String lens = Params.optional(ctx, "lens");
    new Analysis(workbench.snapshot()).requireCase("case", caseId);
    List<StoredCodingView> out = new ArrayList<>();
    if (workbench.writable()) {
      for (StoredCoding sc : workbench.codings(caseId)) {
        if (lens != null && !lens.equals(sc.key().lens())) continue;
        out.add(StoredCodingView.of(sc));
      }
    } else {
      for (Coding c : workbench.snapshot().base().find(caseId).orElseThrow().codings()) {
        if (lens != null && !lens.equals(c.lens())) continue;
        out.add(StoredCodingView.unversioned(caseId, c));
      }
    }
    ctx.json(new StoredCodingView.Listing(caseId, out));
  }

  private void history(Context ctx) {
    String caseId = Params.required(ctx, "case");
    new Analysis(workbench.snapshot()).requireCase("case", caseId);
    if (!workbench.writable()) {
      ctx.json(new HistoryView(caseId, List.of()));
      return;
    }
    ctx.json(new HistoryView(caseId, workbench.history(caseId).stream().map(HistoryView.Entry::of).toList()));
  }

  private void agreement(Context ctx) {
    String caseId = Params.required(ctx, "case");
    String lens = Params.required(ctx, "lens");
    Analysis an = new Analysis(workbench.snapshot());
    var c = an.requireCase("case", caseId);
    var l = an.requireLens("lens", lens);
    cachedJson(ctx, "agreement", List.of(caseId, lens), s -> io.integra.web.data.Agreement.of(c, l).json());
  }

  // ---- writes -----------------------------------------------------------------------------

  private static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      throw new ApiException(415, "unsupported-media-type", "send a JSON body (Content-Type: application/json)", "Content-Type");
    }
    JsonNode n;
    try {
      n = JsonSupport.MAPPER.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiException.badRequest(null, "the body is not valid JSON");
    }
    if (n == null || !n.isObject()) throw ApiException.badRequest(null, "the body must be a JSON object");
    return n;
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) throw ApiException.badRequest(field, "missing field '" + field + "'");
      return null;
    }
    if (!v.isTextual()) throw ApiException.badRequest(field, "'" + field + "' must be a string");
    return v.asText();
  }

  private void validate(Context ctx) {
    JsonNode body = body(ctx);
    String caseId = text(body, "case", true);
    String yaml = text(body, "yaml", true);
    Snapshot s = workbench.snapshot();
    new Analysis(s).requireCase("case", caseId);
    CodingText.Read read = CodingText.read(s.base(), "coding", yaml);
    ctx.json(new ProblemView.Validation(read.valid(), read.problems().stream().map(ProblemView::of).toList()));
  }

  /** A problem as the API reports it (also in the 422 body of a save). */
  public static ProblemView problem(Problem p) { return ProblemView.of(p); }

  /** Saves one coding: {@code {"case", "yaml", "note", "expectedVersion"}}. */
  private void saveCoding(Context ctx) {
    String user = access.user(ctx).orElseThrow(() -> ApiException.unauthorized("sign in to change data"));
    JsonNode body = body(ctx);
    String caseId = text(body, "case", true);
    String yaml = text(body, "yaml", true);
    String note = text(body, "note", false);
    Long expected = null;
    JsonNode ev = body.get("expectedVersion");
    if (ev != null && !ev.isNull()) {
      if (!ev.canConvertToLong() || !ev.isIntegralNumber()) throw ApiException.badRequest("expectedVersion", "'expectedVersion' must be an integer (0 for a new coding)");
      expected = ev.asLong();
    }
    StoredCoding saved = save(workbench, user, caseId, yaml, note, expected);
    ctx.status(200).json(StoredCodingView.of(saved));
  }

  /**
   * The save shared by the API and the editor form: checks the note, reads the coding exactly as
   * a case file is read, and writes it with the signed-in user as the author of the change.
   */
  public static StoredCoding save(Workbench workbench, String user, String caseId, String yaml, String note, Long expected) {
    if (!workbench.writable()) throw new ApiException(409, "read-only", "this server was started without a workspace; codings cannot be saved", null);
    Snapshot s = workbench.snapshot();
    new Analysis(s).requireCase("case", caseId);
    if (note == null || note.isBlank()) throw ApiException.badRequest("note", "a note saying why the coding changes is required");
    if (note.length() > 2000) throw ApiException.badRequest("note", "the note is too long; at most 2000 characters");
    CodingText.Read read = CodingText.read(s.base(), "coding", yaml);
    if (!read.valid()) throw new CodingProblems(read.problems());
    return workbench.saveCoding(caseId, read.coding(), expected, new ChangeNote(user, note));
  }

  /** A coding that does not validate: 422 with every problem (line, column, message, expected). */
  public static final class CodingProblems extends ApiException {
    private final List<Problem> problems;

    public CodingProblems(List<Problem> problems) {
      super(422, "invalid-coding", problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the coding: " + problems.get(0).format(), "yaml");
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() { return problems; }
  }

  // ---- session ----------------------------------------------------------------------------

  private void session(Context ctx) {
    Optional<Sessions.Session> s = access.session(ctx);
    ctx.json(new SessionView(s.map(Sessions.Session::user).orElse(null),
        s.filter(Sessions.Session::signedIn).map(Sessions.Session::csrf).orElse(null)));
  }

  private void signIn(Context ctx) {
    JsonNode body = body(ctx);
    String name = text(body, "username", true);
    String password = text(body, "password", true);
    if (password.length() > 200) throw ApiException.badRequest("password", "password too long");
    var user = users.authenticate(name, password.toCharArray());
    if (user.isEmpty()) throw new ApiException(401, "unauthorized", "wrong user name or password", "password");
    Sessions.Session s = access.signIn(ctx, user.get().name());
    ctx.json(new SessionView(s.user(), s.csrf()));
  }

  private void signOut(Context ctx) {
    access.signOut(ctx);
    ctx.status(204);
  }

  static Function<String, Source> sources(CaseBase base) {
    Map<String, Source> m = new LinkedHashMap<>();
    for (Source s : base.bibliography()) m.put(s.key(), s);
    return m::get;
  }
}
