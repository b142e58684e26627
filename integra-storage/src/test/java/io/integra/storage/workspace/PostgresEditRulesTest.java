package io.integra.storage.workspace;

import org.junit.jupiter.api.Tag;

/** The rules of edits on PostgreSQL (INTEGRA_TEST_PG_URL; see {@link TestStores}). */
@Tag("postgres")
class PostgresEditRulesTest extends EditRulesContractTest {
  @Override String kind() { return "postgresql"; }
}
