package io.integra.storage.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty stores for tests. SQLite: a new file in a temp folder. PostgreSQL: a new schema in
 * the database named by {@code INTEGRA_TEST_PG_URL} (system property or environment variable).
 * Without that URL the PostgreSQL tests FAIL (CI always provides it), unless the property
 * {@code integra.pg.optional=true} is set, when they are skipped.
 */
public final class TestStores {
  private static final List<String> schemas = new ArrayList<>();

  private TestStores() { }

  public static String newSqlite() {
    try {
      Path dir = Files.createTempDirectory("integra-ws-");
      return dir.resolve("workspace.db").toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String pgUrl() {
    String url = System.getProperty("INTEGRA_TEST_PG_URL");
    if (url == null || url.isBlank()) url = System.getenv("INTEGRA_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      if (Boolean.getBoolean("integra.pg.optional")) Assumptions.abort("INTEGRA_TEST_PG_URL not set and integra.pg.optional=true: PostgreSQL tests skipped");
      Assertions.fail("INTEGRA_TEST_PG_URL is not set: the PostgreSQL variant needs a database (run .ci/setup; "
          + "set -Dintegra.pg.optional=true to skip it on a developer machine)");
    }
    return url;
  }

  /** A new, empty schema in the test database; its JDBC URL selects it. */
  public static synchronized String newPostgres() {
    String base = pgUrl();
    String schema = "ws_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema in " + base.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage(), e);
    }
    schemas.add(schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public static String newStore(String kind) {
    return kind.equals("sqlite") ? newSqlite() : newPostgres();
  }

  /** Drops the schemas made so far. */
  public static synchronized void dropPostgresSchemas() {
    if (schemas.isEmpty()) return;
    try (Connection c = DriverManager.getConnection(pgUrl()); Statement s = c.createStatement()) {
      for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      schemas.clear();
    } catch (SQLException e) {
      // leftovers in a test database are harmless
    }
  }
}
