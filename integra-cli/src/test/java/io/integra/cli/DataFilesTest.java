package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The data shipped in data/ (issue 13 point 9): checksums hold, sources and licences are there. */
class DataFilesTest {
  @Test
  void everyShippedFileMatchesItsChecksumAndHasSourceAndLicence() throws Exception {
    Path data = TestData.data();
    List<String> lines = Files.readAllLines(data.resolve("SHA256SUMS")).stream().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    for (String line : lines) {
      String want = line.substring(0, 64);
      Path file = data.resolve(line.substring(66));
      assertThat(file).exists();
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      }
      assertThat(HexFormat.of().formatHex(md.digest())).as(file.toString()).isEqualTo(want);
      assertThat(file.resolveSibling("SOURCE.md")).exists();
      assertThat(file.resolveSibling("LICENSE.md")).exists();
    }
  }

  @Test
  void missingDataSkipsTheTestNamingTheFile() {
    Path nowhere = Path.of("no-such-dir", "no-such-file.csv").toAbsolutePath();
    assertThatThrownBy(() -> TestData.require(nowhere)).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("test data missing: " + nowhere);
  }
}
