package io.integra.storage.jdbc;

import io.integra.storage.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * What differs between SQLite and PostgreSQL: how a connection is opened and configured, how a
 * transaction takes its locks, and how a boolean is written in SQL. Everything else is the same
 * SQL over the same Flyway schema.
 */
enum Dialect {
  SQLITE("sqlite", "1"),
  POSTGRESQL("postgresql", "TRUE");

  private static final String SQLITE_PREFIX = "jdbc:sqlite:";

  /** The name {@code workspace info} shows. */
  final String kind;
  /** SQL's {@code true} in this dialect. */
  final String trueLiteral;

  Dialect(String kind, String trueLiteral) {
    this.kind = kind;
    this.trueLiteral = trueLiteral;
  }

  /** The dialect of a JDBC URL; a clear error for any other database. */
  static Dialect of(String url, String target) {
    if (url.startsWith(SQLITE_PREFIX)) return SQLITE;
    if (url.startsWith("jdbc:postgresql:")) return POSTGRESQL;
    throw new WorkspaceException("unsupported workspace '" + target + "'; expected an SQLite file path or a jdbc:postgresql:// URL");
  }

  /** The JDBC URL of a workspace target: a JDBC URL as it is, else an SQLite file path. */
  static String jdbcUrl(String target) {
    if (target.startsWith("jdbc:")) return target;
    return SQLITE_PREFIX + Path.of(target).toAbsolutePath().normalize();
  }

  /** The URL without its password, fit to show. */
  static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

  /** Where the workspace is, fit to show: the SQLite file, or the URL without its password. */
  String location(String url) { return this == SQLITE ? url.substring(SQLITE_PREFIX.length()) : redact(url); }

  /**
   * A new connection. SQLite runs in WAL mode with full synchronisation, a busy timeout and
   * foreign keys on; PostgreSQL batches inserts into multi-row statements.
   */
  Connection connect(String url) {
    try {
      if (this == SQLITE) {
        Path file = Path.of(url.substring(SQLITE_PREFIX.length()));
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(30_000);
        cfg.enforceForeignKeys(true);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return cfg.createConnection(url);
      }
      Properties p = new Properties();
      p.setProperty("reWriteBatchedInserts", "true");
      return DriverManager.getConnection(url, p);
    } catch (SQLException | java.io.IOException e) {
      throw new WorkspaceException("cannot open the workspace " + redact(url) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Prepares the next transaction. SQLite takes its write lock when a write transaction begins
   * ({@code BEGIN IMMEDIATE}), reads are deferred; PostgreSQL reads one snapshot (repeatable read)
   * and writes at read committed, serialised on the revision counter's row.
   */
  void prepare(Connection conn, boolean writes) throws SQLException {
    if (this == SQLITE) {
      conn.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(
          writes ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
    } else {
      conn.setTransactionIsolation(writes ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
    }
  }
}
