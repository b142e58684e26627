package io.integra.storage.workspace;

/** The workspace contract on PostgreSQL (INTEGRA_TEST_PG_URL; see {@link TestStores}). */
class PostgresWorkspaceTest extends WorkspaceContractTest {
  @Override String kind() { return "postgresql"; }
}
