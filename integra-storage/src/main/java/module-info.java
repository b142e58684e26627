/**
 * The team workspace. API: {@code workspace} (the {@code Workspace} interface and
 * {@code Workspaces}, which opens one), {@code agreement}, {@code exchange} (replication packages),
 * {@code accounts}. The JDBC implementation ({@code jdbc}: dialects, schema, migrations) is internal.
 */
module io.integra.storage {
  requires transitive io.integra.casebase;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires flyway.core;
  requires org.xerial.sqlitejdbc;

  exports io.integra.storage.accounts; // web accounts: web
  exports io.integra.storage.agreement; // agreement reports: web, CLI
  exports io.integra.storage.exchange; // replication packages: CLI, bench
  exports io.integra.storage.workspace; // Workspace, Workspaces: web, CLI, bench

  opens io.integra.storage.jdbc to com.fasterxml.jackson.databind;
}
