package io.integra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's read answers byte for byte (key order, written nulls, number format) against files
 * recorded from the code before the typed views replaced the hand-built maps (issue 12 point 1):
 * scripts that read the API must see no change. To record them again after a documented change of
 * shape, run with {@code -Dintegra.golden.write=DIR} and copy the files into
 * {@code src/test/resources/io/integra/web/golden/}.
 */
class ApiGoldenTest {
  static TestServer ts;
  static Http http;

  /** "name path" per line; dates and years are fixed so that the answers do not depend on today. */
  static final String READS = """
      codebook /api/codebook
      cases /api/cases?at=2012-01-01
      case-test-union /api/cases/test-union?at=2012-01-01
      assess-test-union /api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01
      assess-test-union-zed /api/assess?case=test-union&lens=deutsch-1957&at=2012-01-01&coder=zed
      assess-test-pact /api/assess?case=test-pact&lens=deutsch-1957&at=2012-01-01
      assess-test-union-bv /api/assess?case=test-union&lens=buen-vivir&at=2012-01-01
      assess-test-union-li /api/assess?case=test-union&lens=liberal-intergovernmentalism&at=2012-01-01
      compare /api/compare?cases=test-union,test-pact&lens=deutsch-1957&at=2012-01-01
      timeline /api/timeline?case=test-union&lens=deutsch-1957&from=1995&to=2015
      overview /api/overview?at=2012-01-01
      robustness /api/robustness?case=test-union&lens=deutsch-1957&at=2012-01-01
      session /api/session
      """;

  @BeforeAll static void start() {
    ts = TestServer.start();
    http = new Http(ts);
  }

  @AfterAll static void stop() { ts.close(); }

  @Test void readAnswersAreUnchanged() throws IOException {
    String write = System.getProperty("integra.golden.write");
    for (String line : READS.strip().split("\n")) {
      String[] read = line.strip().split(" ");
      HttpResponse<String> r = http.get(read[1]);
      assertThat(r.statusCode()).as(read[1]).isEqualTo(200);
      if (write != null) {
        Files.createDirectories(Path.of(write));
        Files.writeString(Path.of(write, read[0] + ".json"), r.body());
        continue;
      }
      try (InputStream in = ApiGoldenTest.class.getResourceAsStream("golden/" + read[0] + ".json")) {
        assertThat(in).as("golden file for " + read[0]).isNotNull();
        assertThat(r.body()).as(read[1]).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
