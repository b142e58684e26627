package io.integra.casebase.readings;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.nio.file.Path;
import java.util.List;

/** The made-up fixture organisations (src/test/resources/fixtures/assess) with the bundled codebook. */
final class Fixtures {
  static final CaseBase BASE = load();

  private Fixtures() { }

  static Path folder() { return io.integra.casebase.Fixtures.folder("assess"); }

  private static CaseBase load() { return CaseBaseLoader.load(List.of(folder()), false); }

  static IntegrationCase get(String id) { return BASE.find(id).orElseThrow(); }
}
