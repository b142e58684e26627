/**
 * The web workbench and its JSON API. API for the CLI: {@code server} (start a server),
 * {@code auth} (accounts from the command line), {@code data} (the snapshot the pages and the API
 * read). Routes, pages and API handlers ({@code api}, {@code pages}) are internal.
 */
module io.integra.web {
  requires transitive io.integra.storage;
  requires io.javalin;
  requires gg.jte.runtime;
  // the precompiled templates carry @javax.annotation.processing.Generated (source retention)
  requires static java.compiler;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.github.benmanes.caffeine;

  exports io.integra.web.auth; // accounts from the command line: CLI, bench
  exports io.integra.web.data; // the snapshot: CLI, bench
  exports io.integra.web.server; // WebServer: CLI, bench

  // Javalin's JSON mapper (Jackson) writes the API's objects
  opens io.integra.web.api to com.fasterxml.jackson.databind;
  opens io.integra.web.data to com.fasterxml.jackson.databind;
  // JTE loads the precompiled page templates (jte-maven-plugin's default package) reflectively
  opens gg.jte.generated.precompiled to gg.jte.runtime;
  opens gg.jte.generated.precompiled.tag to gg.jte.runtime;
}
