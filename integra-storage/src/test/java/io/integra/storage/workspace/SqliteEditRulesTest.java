package io.integra.storage.workspace;

/** The rules of edits on an SQLite file. */
class SqliteEditRulesTest extends EditRulesContractTest {
  @Override String kind() { return "sqlite"; }
}
