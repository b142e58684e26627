package io.integra.casebase.readings;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The made-up fixture organisations (src/test/resources/fixtures/assess) with the bundled codebook. */
final class Fixtures {
  static final CaseBase BASE = load();

  private Fixtures() { }

  static Path folder() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/assess").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CaseBase load() { return CaseBaseLoader.load(List.of(folder()), false); }

  static IntegrationCase get(String id) { return BASE.find(id).orElseThrow(); }
}
