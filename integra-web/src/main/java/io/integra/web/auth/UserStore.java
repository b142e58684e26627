package io.integra.web.auth;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * The accounts that may change data through the web workbench, kept in one small table
 * ({@code web_users}) of the workspace database. The workspace's Flyway migration V2 creates it;
 * the {@code CREATE TABLE IF NOT EXISTS} here keeps workspaces made before that migration
 * working. Nothing else touches it. Passwords are stored only as {@link PasswordHasher} hashes.
 */
public final class UserStore {
  /** A user name: lower-case letters, digits, '.', '_', '-' (it doubles as the coder name). */
  public static final String NAME_PATTERN = "[a-z][a-z0-9._-]{0,39}";

  private final String url;
  private final PasswordHasher hasher;

  public record User(String name, Instant created) { }

  /**
   * @param target the workspace: an SQLite file path, or a JDBC URL ({@code jdbc:sqlite:...},
   *               {@code jdbc:postgresql://...}); the SQL used is common to both
   */
  public UserStore(String target, PasswordHasher hasher) {
    this.url = target.startsWith("jdbc:") ? target : "jdbc:sqlite:" + Path.of(target).toAbsolutePath();
    this.hasher = hasher;
    if (!target.startsWith("jdbc:")) {
      try {
        Path parent = Path.of(target).toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("cannot create the folder of " + target + ": " + e.getMessage(), e);
      }
    }
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS web_users (name VARCHAR(40) PRIMARY KEY, password_hash TEXT NOT NULL, created TEXT NOT NULL)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the user table: " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    if (url.startsWith("jdbc:sqlite:")) {
      try (Statement s = c.createStatement()) { s.execute("PRAGMA busy_timeout = 5000"); }
    }
    return c;
  }

  /** Adds a user; throws IllegalArgumentException for a bad name, a short password or an existing name. */
  public User add(String name, char[] password) {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException("user name '" + name + "' is not valid; expected lower-case letters, digits, '.', '_' or '-', starting with a letter, at most 40 characters");
    }
    if (password == null || password.length < 10) throw new IllegalArgumentException("password too short; expected at least 10 characters");
    Instant now = Instant.now();
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO web_users(name, password_hash, created) VALUES (?,?,?)")) {
      ps.setString(1, name);
      ps.setString(2, hasher.hash(password));
      ps.setString(3, now.toString());
      ps.executeUpdate();
      return new User(name, now);
    } catch (SQLException e) {
      if (e.getMessage() != null && (e.getMessage().contains("UNIQUE") || e.getMessage().contains("duplicate key"))) throw new IllegalArgumentException("user '" + name + "' already exists");
      throw new IllegalStateException("cannot add user: " + e.getMessage(), e);
    }
  }

  /** Replaces a user's password; false when there is no such user. */
  public boolean setPassword(String name, char[] password) {
    if (password == null || password.length < 10) throw new IllegalArgumentException("password too short; expected at least 10 characters");
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("UPDATE web_users SET password_hash = ? WHERE name = ?")) {
      ps.setString(1, hasher.hash(password));
      ps.setString(2, name);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change the password: " + e.getMessage(), e);
    }
  }

  public boolean remove(String name) {
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM web_users WHERE name = ?")) {
      ps.setString(1, name);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove the user: " + e.getMessage(), e);
    }
  }

  public List<User> list() {
    List<User> out = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name, created FROM web_users ORDER BY name")) {
      while (rs.next()) out.add(new User(rs.getString(1), Instant.parse(rs.getString(2))));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list users: " + e.getMessage(), e);
    }
  }

  /**
   * The user when the password matches. A missing user still costs one hash, so that the answer
   * time does not tell which names exist.
   */
  public Optional<User> authenticate(String name, char[] password) {
    String stored = null;
    Instant created = null;
    if (name != null && name.matches(NAME_PATTERN)) {
      try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT password_hash, created FROM web_users WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) { stored = rs.getString(1); created = Instant.parse(rs.getString(2)); }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read users: " + e.getMessage(), e);
      }
    }
    if (stored == null) {
      hasher.verify(password, dummyHash());
      return Optional.empty();
    }
    return hasher.verify(password, stored) ? Optional.of(new User(name, created)) : Optional.empty();
  }

  private volatile String dummy;

  private String dummyHash() {
    String d = dummy;
    if (d == null) dummy = d = hasher.hash("not-a-password-at-all".toCharArray());
    return d;
  }
}
