package io.integra.storage.jdbc;

import io.integra.storage.workspace.ConflictException;
import io.integra.storage.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * The workspace's one connection and its transaction helper: {@link #read} and {@link #write} run
 * a unit of work as one transaction, all or nothing, and turn SQL errors into the workspace's
 * messages. Also the small JDBC helpers the other parts share (updates, counts, the meta table).
 */
final class Db implements AutoCloseable {
  final String url;
  final String location;
  final Dialect dialect;
  final Connection conn;

  Db(String url, String location, Dialect dialect, Connection conn) {
    this.url = url;
    this.location = location;
    this.dialect = dialect;
    this.conn = conn;
  }

  interface Work<T> {
    T run() throws SQLException;
  }

  /** A write transaction: all or nothing. */
  synchronized <T> T write(Work<T> work) {
    return transaction(work, true);
  }

  /** A read transaction: one consistent snapshot (SQLite: deferred; PostgreSQL: repeatable read). */
  synchronized <T> T read(Work<T> work) {
    return transaction(work, false);
  }

  private <T> T transaction(Work<T> work, boolean writes) {
    try {
      dialect.prepare(conn, writes);
      conn.setAutoCommit(false);
    } catch (SQLException e) {
      throw translate(e);
    }
    boolean done = false;
    try {
      T result = work.run();
      conn.commit();
      done = true;
      return result;
    } catch (SQLException e) {
      throw translate(e);
    } finally {
      try {
        if (!done) conn.rollback();
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is broken; the database rolls the transaction back itself
      }
    }
  }

  private WorkspaceException translate(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    if (state.equals("23505") || msg.contains("UNIQUE constraint failed")) {
      return new ConflictException("conflict: another writer created the same entry at the same time; nothing was written: reload and retry", 0, 1);
    }
    if (msg.contains("SQLITE_BUSY") || state.equals("40001") || state.equals("40P01")) {
      return new WorkspaceException("the workspace " + location + " is busy with another writer; nothing was written: try again", e);
    }
    return new WorkspaceException("workspace " + location + ": " + msg, e);
  }

  // ------------------------------------------------------------------ JDBC helpers

  long longQuery(String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) ps.setNull(i + 1, Types.VARCHAR);
      else if (a instanceof String s) ps.setString(i + 1, s);
      else if (a instanceof Long l) ps.setLong(i + 1, l);
      else if (a instanceof Integer n) ps.setInt(i + 1, n);
      else if (a instanceof Double d) ps.setDouble(i + 1, d);
      else throw new IllegalArgumentException("cannot bind " + a.getClass());
    }
  }

  String metaIn(String key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT meta_value FROM ws_meta WHERE meta_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  void putMeta(String key, String value) throws SQLException {
    update("DELETE FROM ws_meta WHERE meta_key = ?", key);
    update("INSERT INTO ws_meta (meta_key, meta_value) VALUES (?, ?)", key, value);
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do
    }
  }
}
