package io.integra.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The files inlined into the page: Apache ECharts from its webjar, and the report's own script
 * (with the map-of-members script of integra-casebase) and style. Read once per process.
 */
public final class Assets {
  /** The ECharts version of the webjar on the class path (see integra-report/pom.xml). */
  public static final String ECHARTS_VERSION = "5.3.1";
  private static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
  private static volatile String echarts;

  private Assets() { }

  public static String echarts() {
    String e = echarts;
    if (e == null) {
      e = read(ECHARTS);
      // Inlined in a <script> element: the library must not contain the end tag itself.
      if (e.toLowerCase(java.util.Locale.ROOT).contains("</script")) throw new IllegalStateException("echarts.min.js contains </script");
      echarts = e;
    }
    return e;
  }

  /** The report's script, after the map-of-members script it shares with the web workbench. */
  public static String appJs() {
    return io.integra.casebase.geo.WorldMap.memberMapScript() + "\n" + read("/io/integra/report/html/report.js");
  }

  public static String css() { return read("/io/integra/report/html/report.css"); }

  static String read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource + " (is the echarts webjar on the class path?)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
