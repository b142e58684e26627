package io.integra.casebase.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled world map for maps of members (report and web): Natural Earth 1:110m country
 * outlines as GeoJSON with an {@code iso3} property, and the states too small for that scale as
 * points. Both are read once from the class path; see geo/SOURCE.md for origin and licence.
 */
public final class WorldMap {
  private static final String DIR = "/io/integra/casebase/geo/";
  private static volatile String outlines;
  private static volatile String smallStates;
  private static volatile String script;

  private WorldMap() { }

  /** A GeoJSON FeatureCollection; each feature has properties {@code iso3} and {@code name}. */
  public static String outlinesGeoJson() {
    String s = outlines;
    if (s == null) outlines = s = read("countries-110m.geojson");
    return s;
  }

  /** A JSON array of {@code {iso3, name, lon, lat}}: states drawn as points. */
  public static String smallStatesJson() {
    String s = smallStates;
    if (s == null) smallStates = s = read("small-states-50m.json");
    return s;
  }

  /**
   * The script that draws a map of members on this map with ECharts (global {@code IntegraMemberMap}),
   * shared by the HTML report (inlined) and the web workbench (served).
   */
  public static String memberMapScript() {
    String s = script;
    if (s == null) script = s = read("member-map.js");
    return s;
  }

  private static String read(String file) {
    try (InputStream in = WorldMap.class.getResourceAsStream(DIR + file)) {
      if (in == null) throw new IllegalStateException("missing resource " + DIR + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
