/** Reading, validating and writing the codebook and case files; the bundled data; JSON views. */
module io.integra.casebase {
  requires transitive io.integra.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.integra.casebase; // CaseBaseLoader: storage, web, CLI, bench
  exports io.integra.casebase.geo; // the world map: report, web
  exports io.integra.casebase.json; // JSON views: web, CLI
  exports io.integra.casebase.measured; // the measured product: web, CLI, bench
  exports io.integra.casebase.robust; // robustness files: web, CLI
  exports io.integra.casebase.write; // writing cases back: storage, CLI
  exports io.integra.casebase.yaml; // readers and problems (file:line:column): storage, web, CLI

  // Jackson binds the measured product's manifest and writes the JSON views
  opens io.integra.casebase.json to com.fasterxml.jackson.databind;
  opens io.integra.casebase.measured to com.fasterxml.jackson.databind;
}
