package io.integra.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `integra user`: accounts live in the workspace, passwords are checked, bad input is exit 2. */
class UserCommandTest {
  @TempDir Path tmp;

  private static Cli withStdin(String input, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void addListPasswdRemove() {
    String ws = tmp.resolve("ws.db").toString();
    Cli add = withStdin("correct horse battery\n", "user", "add", "ana", "--password-stdin", "--workspace", ws);
    assertThat(add.status()).as(add.err()).isZero();
    assertThat(add.out()).contains("added user ana");

    Cli again = withStdin("correct horse battery\n", "user", "add", "ana", "--password-stdin", "--workspace", ws);
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err()).contains("user 'ana' already exists").doesNotContain("Exception");

    Cli shortPw = withStdin("short\n", "user", "add", "bo", "--password-stdin", "--workspace", ws);
    assertThat(shortPw.status()).isEqualTo(2);
    assertThat(shortPw.err()).contains("password too short");

    Cli badName = withStdin("correct horse battery\n", "user", "add", "Bad Name", "--password-stdin", "--workspace", ws);
    assertThat(badName.status()).isEqualTo(2);
    assertThat(badName.err()).contains("is not valid");

    Cli list = Cli.run("user", "list", "--workspace", ws, "--format", "json");
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out()).contains("\"ana\"").doesNotContain("bo");

    Cli remove = Cli.run("user", "remove", "ana", "--workspace", ws);
    assertThat(remove.status()).as(remove.err()).isZero();
    assertThat(Cli.run("user", "list", "--workspace", ws, "--format", "json").out()).doesNotContain("\"ana\"");
  }
}
