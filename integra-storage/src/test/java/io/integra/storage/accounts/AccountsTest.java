package io.integra.storage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.storage.jdbc.JdbcWorkspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
  @TempDir Path tmp;

  @Test
  void aWorkspaceOfTheFirstSchemaGetsItsAccountTableFromTheMigrationNotFromTheWebModule() throws Exception {
    String target = tmp.resolve("ws.db").toString();
    String url = JdbcWorkspace.jdbcUrl(target);
    Flyway.configure().dataSource(url, null, null).locations("classpath:io/integra/storage/migration")
        .target(MigrationVersion.fromVersion("1")).load().migrate();
    assertThat(tableExists(url)).isFalse();

    Accounts accounts = Accounts.open(target);
    assertThat(tableExists(url)).isTrue();

    Instant t = Instant.parse("2026-01-02T03:04:05Z");
    assertThat(accounts.add("ana", "hash-1", t)).isTrue();
    assertThat(accounts.add("ana", "hash-2", t)).as("a taken name").isFalse();
    assertThat(accounts.find("ana")).contains(new Accounts.Account("ana", "hash-1", t));
    assertThat(accounts.setPasswordHash("ana", "hash-3")).isTrue();
    assertThat(accounts.setPasswordHash("bo", "hash-3")).isFalse();
    assertThat(accounts.list()).extracting(Accounts.Account::passwordHash).containsExactly("hash-3");
    assertThat(accounts.remove("ana")).isTrue();
    assertThat(accounts.remove("ana")).isFalse();
    assertThat(accounts.find("ana")).isEmpty();
  }

  private static boolean tableExists(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url);
         ResultSet rs = c.getMetaData().getTables(null, null, "web_users", null)) {
      return rs.next();
    }
  }
}
