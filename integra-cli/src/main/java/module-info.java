/**
 * The {@code integra} command (picocli). The application: it exports nothing. picocli reflects on
 * the commands' annotated (private) fields and methods, Jackson writes their JSON, so every package
 * is open to both.
 */
module io.integra.cli {
  requires io.integra.casebase;
  requires io.integra.flows;
  requires io.integra.qca;
  requires io.integra.qca.plots;
  requires io.integra.report;
  requires io.integra.storage;
  requires io.integra.web;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;

  opens io.integra.cli to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.assess to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.casebase to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.flows to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.measure to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.qca to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.report to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.robust to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.web to info.picocli, com.fasterxml.jackson.databind;
  opens io.integra.cli.workspace to info.picocli, com.fasterxml.jackson.databind;
}
