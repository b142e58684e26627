package io.integra.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.storage.workspace.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workspace made by an earlier release (any earlier schema version) is brought to the newest
 * schema when it is opened, exactly once: the start-up shortcut that skips Flyway on an up-to-date
 * database must know the newest migration, or older workspaces never receive the later ones.
 */
class SchemaUpgradeTest {
  static final Path MIGRATION_DIR = Path.of("src/main/resources/io/integra/storage/migration");

  /** Every migration version shipped, in order (read from the source folder, not from the code). */
  static List<String> shippedVersions() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATION_DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__"))).sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
          .toList();
    }
  }

  static Stream<String> earlierSchemas() throws IOException {
    List<String> versions = shippedVersions();
    return versions.subList(0, versions.size() - 1).stream();
  }

  @AfterAll
  static void drop() { TestStores.dropPostgresSchemas(); }

  @ParameterizedTest(name = "SQLite workspace at schema {0}")
  @MethodSource("earlierSchemas")
  void anEarlierSqliteSchemaIsMigratedOnceOnOpen(String version) throws Exception {
    migratedOnce("sqlite", version);
  }

  @ParameterizedTest(name = "PostgreSQL workspace at schema {0}")
  @MethodSource("earlierSchemas")
  @Tag("postgres")
  void anEarlierPostgresSchemaIsMigratedOnceOnOpen(String version) throws Exception {
    migratedOnce("postgresql", version);
  }

  private static void migratedOnce(String kind, String version) throws Exception {
    List<String> versions = shippedVersions();
    assertThat(JdbcWorkspace.LATEST_SCHEMA)
        .as("JdbcWorkspace.LATEST_SCHEMA must name the newest migration in " + MIGRATION_DIR)
        .isEqualTo(versions.get(versions.size() - 1));

    String target = TestStores.newStore(kind);
    String url = JdbcWorkspace.jdbcUrl(target);
    // The workspace as an older release left it: migrated up to `version` only.
    Flyway.configure().dataSource(url, null, null).locations(JdbcWorkspace.MIGRATIONS)
        .target(MigrationVersion.fromVersion(version)).load().migrate();
    assertThat(appliedVersions(url)).containsExactlyElementsOf(versions.subList(0, versions.indexOf(version) + 1));

    try (JdbcWorkspace ws = JdbcWorkspace.open(target, true)) {
      assertThat(ws.info().schema()).isEqualTo(JdbcWorkspace.LATEST_SCHEMA);
    }
    List<String> afterFirst = appliedVersions(url);
    assertThat(afterFirst).containsExactlyElementsOf(versions);
    try (JdbcWorkspace ws = JdbcWorkspace.open(target, true)) {
      assertThat(ws.info().schema()).isEqualTo(JdbcWorkspace.LATEST_SCHEMA);
    }
    assertThat(appliedVersions(url)).as("a second open runs no migration again").isEqualTo(afterFirst);
  }

  /** Successful versioned migrations in the order they were applied (one row per application). */
  private static List<String> appliedVersions(String url) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
