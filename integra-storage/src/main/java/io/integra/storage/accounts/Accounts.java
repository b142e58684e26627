package io.integra.storage.accounts;

import io.integra.storage.jdbc.JdbcWorkspace;
import io.integra.storage.workspace.WorkspaceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of the web workbench, in the workspace's {@code web_users} table (created by the
 * workspace's Flyway migration V2, like every other table: storage owns the schema, the web module
 * owns the policy — names, password rules, hashing). Only password hashes are stored.
 *
 * <p>Each call takes its own short connection: the web server answers requests on many threads,
 * and SQLite serialises writers anyway (busy timeout below).
 */
public final class Accounts {
  /** One account: its name, the stored password hash and when it was made. */
  public record Account(String name, String passwordHash, Instant created) { }

  private final String url;

  private Accounts(String url) { this.url = url; }

  /**
   * The accounts of a workspace (an SQLite file path or a JDBC URL), whose schema is brought to
   * the newest migration first, so that the table exists in workspaces of every earlier release.
   */
  public static Accounts open(String target) {
    try (JdbcWorkspace ignored = JdbcWorkspace.open(target, false)) {
      return new Accounts(JdbcWorkspace.jdbcUrl(target));
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    if (url.startsWith("jdbc:sqlite:")) {
      try (Statement s = c.createStatement()) { s.execute("PRAGMA busy_timeout = 5000"); }
    }
    return c;
  }

  /** Adds an account; false when the name is taken. */
  public boolean add(String name, String passwordHash, Instant created) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO web_users(name, password_hash, created) VALUES (?,?,?)")) {
      ps.setString(1, name);
      ps.setString(2, passwordHash);
      ps.setString(3, created.toString());
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      String m = e.getMessage();
      if (m != null && (m.contains("UNIQUE") || m.contains("duplicate key"))) return false;
      throw new WorkspaceException("cannot add the account: " + m, e);
    }
  }

  /** Replaces an account's password hash; false when there is no such account. */
  public boolean setPasswordHash(String name, String passwordHash) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("UPDATE web_users SET password_hash = ? WHERE name = ?")) {
      ps.setString(1, passwordHash);
      ps.setString(2, name);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new WorkspaceException("cannot change the password: " + e.getMessage(), e);
    }
  }

  /** Removes an account; false when there is no such account. */
  public boolean remove(String name) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM web_users WHERE name = ?")) {
      ps.setString(1, name);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new WorkspaceException("cannot remove the account: " + e.getMessage(), e);
    }
  }

  /** Every account, by name. */
  public List<Account> list() {
    List<Account> out = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name, password_hash, created FROM web_users ORDER BY name")) {
      while (rs.next()) out.add(new Account(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))));
      return out;
    } catch (SQLException e) {
      throw new WorkspaceException("cannot list the accounts: " + e.getMessage(), e);
    }
  }

  /** The account of that name, if any. */
  public Optional<Account> find(String name) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT password_hash, created FROM web_users WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Account(name, rs.getString(1), Instant.parse(rs.getString(2)))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot read the accounts: " + e.getMessage(), e);
    }
  }
}
