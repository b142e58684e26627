package io.integra.storage.workspace;

/** The workspace contract on an SQLite file. */
class SqliteWorkspaceTest extends WorkspaceContractTest {
  @Override String kind() { return "sqlite"; }
}
