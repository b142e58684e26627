package io.integra.storage.workspace;

import org.junit.jupiter.api.Tag;

/** The workspace contract on PostgreSQL (INTEGRA_TEST_PG_URL; see {@link TestStores}). */
@Tag("postgres")
class PostgresWorkspaceTest extends WorkspaceContractTest {
  @Override String kind() { return "postgresql"; }
}
