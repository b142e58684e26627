package io.integra.web;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.Workspaces;
import io.integra.web.auth.PasswordHasher;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Workbench;
import io.integra.web.server.WebConfig;
import io.integra.web.server.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real server in-process on an ephemeral loopback port, over a fresh SQLite workspace in a
 * temporary folder holding the two made-up fixture cases, with one user account.
 */
public final class TestServer implements AutoCloseable {
  public static final String USER = "ada";
  public static final String PASSWORD = "correct horse battery";

  public final Path dir;
  public final Workspace workspace;
  public final UserStore users;
  public final WebServer server;

  private TestServer(Path dir, Workspace workspace, UserStore users, WebServer server) {
    this.dir = dir;
    this.workspace = workspace;
    this.users = users;
    this.server = server;
  }

  public static TestServer start() { return start(WebConfig.DEFAULT_MAX_REQUEST_BYTES); }

  public static TestServer start(long maxRequestBytes) { return start(maxRequestBytes, java.time.Clock.systemDefaultZone()); }

  /** A server whose "today" is read from {@code clock}. */
  public static TestServer start(java.time.Clock clock) { return start(WebConfig.DEFAULT_MAX_REQUEST_BYTES, clock); }

  public static TestServer start(long maxRequestBytes, java.time.Clock clock) {
    try {
      Path dir = Files.createTempDirectory("integra-web-test");
      Path db = dir.resolve("workspace.db");
      Workspace ws = Workspaces.openEmpty(db.toString());
      CaseBase base = CaseBaseLoader.load(List.of(fixture()), false);
      ws.importCaseBase(base, codebookText(), new ChangeNote("test", "fixture cases for the web tests"));
      UserStore users = new UserStore(db.toString(), new PasswordHasher(), clock);
      users.add(USER, PASSWORD.toCharArray());
      WebServer server = WebServer.start(WebConfig.defaults().withPort(0).withMaxRequestBytes(maxRequestBytes), Workbench.of(ws, clock), users);
      return new TestServer(dir, ws, users, server);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path fixture() {
    try {
      return Path.of(TestServer.class.getResource("/fixture").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String codebookText() throws IOException {
    try (InputStream in = CaseBaseLoader.class.getResourceAsStream("/io/integra/casebase/data/codebook.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public String url(String path) { return "http://127.0.0.1:" + server.port() + path; }

  @Override public void close() {
    server.close();
    server.workbench().close();
  }
}
