package io.integra.cli.web;

import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.storage.workspace.Workspaces;
import io.integra.web.auth.PasswordHasher;
import io.integra.web.auth.UserStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Manage the accounts that may change data through the web workbench (passwords stored as PBKDF2-HMAC-SHA256 hashes).",
    subcommands = {UserCommand.Add.class, UserCommand.List.class, UserCommand.Remove.class, UserCommand.Passwd.class})
public final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--workspace", paramLabel = "FILE|JDBC-URL", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The workspace holding the accounts (default: $INTEGRA_WORKSPACE or ~/.integra/workspace.db).")
  String workspace;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  UserStore store() {
    String target = workspace == null ? Workspaces.defaultTarget() : workspace;
    try {
      // the whole workspace (seeded as on any first use), whose migrations hold the accounts table
      Workspaces.open(target).close();
      return new UserStore(target, new PasswordHasher(), io.integra.cli.IntegraCommand.clock(spec));
    } catch (RuntimeException e) {
      throw new CliException("cannot open the accounts in " + target + ": " + e.getMessage());
    }
  }

  /** Reads a password: from the terminal without echo (twice), or one line of standard input. */
  static char[] password(boolean fromStdin, String prompt) {
    if (fromStdin) {
      try {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) throw new CliException("no password on standard input");
        return line.toCharArray();
      } catch (IOException e) {
        throw new CliException("cannot read the password: " + e.getMessage());
      }
    }
    Console c = System.console();
    if (c == null) throw new CliException("no terminal to read the password from; use --password-stdin");
    char[] a = c.readPassword("%s: ", prompt);
    char[] b = c.readPassword("Again: ");
    if (a == null || b == null || !Arrays.equals(a, b)) throw new CliException("the two passwords differ");
    return a;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account (the name is also the coder name shown in the history).")
  static final class Add implements Runnable {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_' or '-'.") String name;
    @Option(names = "--password-stdin", description = "Read the password from one line of standard input.") boolean stdin;
    @Mixin FormatOption format;

    @Override public void run() {
      UserStore store = parent.store();
      if (name == null || !name.matches(UserStore.NAME_PATTERN)) {
        throw new CliException("user name '" + name + "' is not valid; expected lower-case letters, digits, '.', '_' or '-', starting with a letter, at most 40 characters");
      }
      char[] pw = password(stdin, "Password for " + name);
      try {
        store.add(name, pw);
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage());
      } finally {
        Arrays.fill(pw, '\0');
      }
      spec.commandLine().getOut().println(format.json() ? Json.write(java.util.Map.of("added", name)) : "added user " + name);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
  static final class List implements Runnable {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;
    @Mixin FormatOption format;

    @Override public void run() {
      PrintWriter out = spec.commandLine().getOut();
      java.util.List<UserStore.User> users = parent.store().list();
      if (format.json()) {
        out.println(Json.write(users.stream().map(u -> java.util.Map.of("name", u.name(), "created", u.created().toString())).toList()));
      } else {
        if (users.isEmpty()) out.println("no accounts");
        for (UserStore.User u : users) out.println(u.name() + "  (since " + u.created() + ")");
      }
      out.flush();
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account.")
  static final class Remove implements Runnable {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;
    @Mixin FormatOption format;

    @Override public void run() {
      if (!parent.store().remove(name)) throw new CliException("no user '" + name + "'");
      spec.commandLine().getOut().println(format.json() ? Json.write(java.util.Map.of("removed", name)) : "removed user " + name);
    }
  }

  @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set an account's password.")
  static final class Passwd implements Runnable {
    @ParentCommand UserCommand parent;
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--password-stdin", description = "Read the password from one line of standard input.") boolean stdin;
    @Mixin FormatOption format;

    @Override public void run() {
      UserStore store = parent.store();
      char[] pw = password(stdin, "New password for " + name);
      try {
        if (!store.setPassword(name, pw)) throw new CliException("no user '" + name + "'");
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage());
      } finally {
        Arrays.fill(pw, '\0');
      }
      spec.commandLine().getOut().println(format.json() ? Json.write(java.util.Map.of("password_changed", name)) : "password changed for " + name);
    }
  }
}
