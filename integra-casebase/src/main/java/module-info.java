/** Reading, validating and writing the codebook and case files; the bundled data; JSON views. */
module io.integra.casebase {
  requires transitive io.integra.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.integra.casebase;
  exports io.integra.casebase.geo;
  exports io.integra.casebase.json;
  exports io.integra.casebase.measured;
  exports io.integra.casebase.robust;
  exports io.integra.casebase.write;
  exports io.integra.casebase.yaml;

  // Jackson binds the measured product's manifest and writes the JSON views
  opens io.integra.casebase.json to com.fasterxml.jackson.databind;
  opens io.integra.casebase.measured to com.fasterxml.jackson.databind;
}
