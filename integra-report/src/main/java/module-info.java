/**
 * The report: one {@code ReportModel} ({@code model}), written by {@code export.ReportWriter} as
 * HTML, CSV, Markdown, LaTeX or PDF; the robustness report ({@code robust}). The renderers
 * ({@code html}, its precompiled JTE templates, {@code tables}) are internal.
 */
module io.integra.report {
  requires transitive io.integra.casebase;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires gg.jte.runtime;
  // the precompiled templates carry @javax.annotation.processing.Generated (source retention)
  requires static java.compiler;

  exports io.integra.report.export; // ReportWriter, PdfExport: CLI, bench
  exports io.integra.report.model; // ReportModel: CLI, bench
  exports io.integra.report.robust; // the robustness report: CLI

  // Jackson writes the model's views into the HTML and the CSV/JSON tables
  opens io.integra.report.model to com.fasterxml.jackson.databind;
  opens io.integra.report.tables to com.fasterxml.jackson.databind;
  opens io.integra.report.robust to com.fasterxml.jackson.databind; // RobustnessPage.Chart, written as JSON into the page
  // JTE loads the precompiled templates by name and calls their render method reflectively
  opens io.integra.report.html.templates to gg.jte.runtime;
  opens io.integra.report.html.templates.tag to gg.jte.runtime;
}
