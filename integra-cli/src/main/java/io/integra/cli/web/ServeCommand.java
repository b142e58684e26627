package io.integra.cli.web;

import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.Workspaces;
import io.integra.web.auth.PasswordHasher;
import io.integra.web.auth.UserStore;
import io.integra.web.data.Workbench;
import io.integra.web.server.WebConfig;
import io.integra.web.server.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the web workbench: browse, compare and code cases in the browser; JSON API under /api/ (OpenAPI at /openapi.json).",
        "Anyone who can reach the address may read; changing data needs an account ('integra user add')."})
public final class ServeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--workspace", paramLabel = "FILE|JDBC-URL", description = "The workspace (default: $INTEGRA_WORKSPACE or ~/.integra/workspace.db).")
  String workspace;

  @Option(names = "--max-request-bytes", defaultValue = "262144", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  /** json: one line {url, workspace, accounts} once the server listens (for scripts that start it on --port 0). */
  @Mixin FormatOption format;

  /** {@code serve --format json}: one line, the server's address, its workspace and how many accounts may change data. */
  record Started(String url, String workspace, int accounts) { }

  @Override public void run() {
    if (port < 0 || port > 65535) throw new CliException("--port " + port + " is not a TCP port; expected 0-65535");
    if (maxRequestBytes < 1024) throw new CliException("--max-request-bytes must be at least 1024");
    String target = workspace == null ? Workspaces.defaultTarget() : workspace;
    Workspace ws;
    try {
      ws = Workspaces.open(target);
    } catch (RuntimeException e) {
      throw new CliException("cannot open the workspace " + target + ": " + e.getMessage());
    }
    // the run's clock is the workbench's: its default dates, sessions and new accounts read it
    java.time.Clock clock = io.integra.cli.IntegraCommand.clock(spec);
    UserStore users = new UserStore(target, new PasswordHasher(), clock);
    WebServer server;
    try {
      server = WebServer.start(WebConfig.defaults().withHost(host).withPort(port).withMaxRequestBytes(maxRequestBytes), Workbench.of(ws, clock), users);
    } catch (RuntimeException e) {
      ws.close();
      throw new CliException("cannot start the server on " + host + ":" + port + ": " + rootMessage(e));
    }
    PrintWriter out = spec.commandLine().getOut();
    String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
    if (format.json()) {
      try { // one line, so a script that started the server (e.g. on --port 0) reads it with one readLine
        out.println(Json.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(new Started(url, target, users.list().size())));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out.println("Integra web workbench on " + url + "  (workspace: " + target + ")");
      if (users.list().isEmpty()) out.println("No accounts yet: anyone here may read; add one with 'integra user add NAME' to code cases.");
      out.println("Press Ctrl-C to stop.");
    }
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      ws.close();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
