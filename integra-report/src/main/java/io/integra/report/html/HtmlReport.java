package io.integra.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.integra.report.model.ReportModel;

/**
 * Renders the report as one self-contained HTML page with the JTE template {@code report.jte},
 * precompiled at build time (jte-maven-plugin) so that no compiler runs when the report is made.
 * JTE escapes every expression for its HTML context by default; only the inlined assets and the
 * script-safe JSON are written raw.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, HtmlReport.class.getClassLoader(), "io.integra.report.html.templates");

  private HtmlReport() { }

  public static String render(ReportModel model) {
    return render(model, ScriptSafeJson.write(model));
  }

  /** Renders with an already serialised model (the writer serialises it once for report.json too). */
  public static String render(ReportModel model, String scriptSafeJson) {
    HtmlPage page = new HtmlPage(model, scriptSafeJson, Assets.echarts(), Assets.ECHARTS_VERSION, Assets.appJs(), Assets.css());
    StringOutput out = new StringOutput(1 << 21);
    ENGINE.render("report.jte", page, out);
    return out.toString();
  }
}
