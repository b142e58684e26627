package io.integra.storage.workspace;

import io.integra.storage.jdbc.JdbcWorkspace;
import java.nio.file.Path;

/**
 * Opens workspaces. A target is an SQLite file path or a JDBC URL
 * ({@code jdbc:postgresql://host/db?user=..&password=..}, or {@code jdbc:sqlite:PATH}).
 * The default workspace is the system property {@value #PROPERTY} if set, else the environment
 * variable {@value #ENV}, else {@code ~/.integra/workspace.db}.
 */
public final class Workspaces {
  public static final String PROPERTY = "integra.workspace";
  public static final String ENV = "INTEGRA_WORKSPACE";

  private Workspaces() { }

  public static String defaultTarget() {
    String p = System.getProperty(PROPERTY);
    if (p != null && !p.isBlank()) return p;
    String e = System.getenv(ENV);
    if (e != null && !e.isBlank()) return e;
    return Path.of(System.getProperty("user.home"), ".integra", "workspace.db").toString();
  }

  /** Opens (creating and migrating as needed) and, on first use, seeds from the bundled case base. */
  public static Workspace open(String target) { return JdbcWorkspace.open(target, true); }

  /** Opens (creating and migrating as needed) without seeding: a new workspace stays empty (for import). */
  public static Workspace openEmpty(String target) { return JdbcWorkspace.open(target, false); }

  public static Workspace openDefault() { return open(defaultTarget()); }
}
