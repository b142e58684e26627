package io.integra.web.api;

import io.integra.casebase.geo.WorldMap;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.assess.MemberMap;
import io.integra.web.data.Analysis;
import io.integra.web.data.Workbench;
import io.integra.web.server.Params;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;

/**
 * The map of members over time (issue 13 point 11, mission feature 31): a case's members,
 * suspended members and withdrawn states on 30 June of each year up to a date
 * ({@link MemberMap}), and the bundled world map (Natural Earth 1:110m, see
 * io/integra/casebase/geo/SOURCE.md) that the case page draws them on, offline.
 */
public final class MemberMapRoutes {
  private final Workbench workbench;

  public MemberMapRoutes(Workbench workbench) { this.workbench = workbench; }

  public void register(JavalinDefaultRoutingApi r) {
    r.get("/api/member-map", this::memberMap);
    r.get("/api/world-map", this::worldMap);
    r.get("/shared/member-map.js", this::script);
  }

  /** {@code ?case=ID&at=YYYY-MM-DD} (default: today): the case's members year by year up to the date. */
  private void memberMap(Context ctx) {
    Analysis an = new Analysis(workbench.snapshot());
    String id = Params.optional(ctx, "case");
    if (id == null) throw io.integra.web.server.ApiException.badRequest("case", "missing parameter 'case' (a case id)");
    IntegrationCase c = an.requireCase("case", id);
    LocalDate at = Params.date(ctx, "at", workbench.today());
    ctx.json(MemberMap.of(c, at));
  }

  /** {@code {"outlines": GeoJSON, "small": [{iso3, name, lon, lat}]}}; the same bytes for every request. */
  private void worldMap(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("application/json");
    ctx.result("{\"outlines\":" + WorldMap.outlinesGeoJson() + ",\"small\":" + WorldMap.smallStatesJson() + "}");
  }

  /** The script that draws the map, shared with the HTML report ({@link WorldMap#memberMapScript}). */
  private void script(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType("text/javascript; charset=utf-8");
    ctx.result(WorldMap.memberMapScript());
  }
}
